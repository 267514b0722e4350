import { normalizeText } from './normalize-text'
import { findRequirementPredicate } from './posting-cues'

// The reader put under an obligation, or a qualification named: what makes a line about pay or the process an ask
// after all ("Must accept a base of $18/h", "Salary depends on a degree in …").
const ASKS =
  /\b(?:you (?:must|need|should|have to)|you'll need|must|required|requisit\p{L}*|obrigatori[oa]|imprescindi\p{L}+|indispensa\p{L}+|experience[ds]?|experiencia|degree|diploma|knowledge|conhecimento|conocimiento|skills?|certifi\p{L}*|formacao|formacion|ability|able to)\b/u
// How a pay range scales ("DOE", "conforme experiência", "según perfil"): the employer's terms, not an ask.
const PAY_SCALE =
  /\b(?:depending on|based on|according to|commensurate with|conforme|de acordo com|dependendo d[ae]|segun|acorde a|acorde con|dependiendo de)\s+(?:a |o |la |el |your |sua |su |tu )?(?:experience|experiencia|perfil|profile|qualifications?|qualificacoes|calificaciones)\b|\bdoe\b/gu
// An amount of money: a currency sign, code or name by a figure ("$45,000", "R$ 2.400", "EUR 0.10", "S/ 4,500",
// "24.000€", "3.500 reais").
const MONEY =
  /(?:\p{Sc}|\b(?:usd|eur|gbp|brl|mxn|cop|clp|ars|pen|cad|aud|chf|s\/))\s?\d|\d[\d.,]*\s?(?:\p{Sc}|(?:usd|eur|gbp|brl|mxn|cop|clp|ars|pen|reais|pesos|soles|euros|dollars|dolares|libras|pounds)\b)/u
// Nouns of what the employer pays or gives for the work.
const PAY_NOUN =
  /\b(?:salary|salaries|salario|salarios|compensation|compensacao|compensacion|pay|paid|wages?|base|commissions?|comision(?:es)?|comissao|comissoes|earnings|ote|rates?|tarifas?|remuneracao|remuneracion|sueldo|bonus|bonos?|bonificac\p{L}*|gorjetas?|propinas?|tips|stipend|pension|401\(?k\)?|rrsp|holidays?|vacations?|ferias|vacaciones|pto|benefits|beneficios|plr|vale|vales|prestaciones|aguinaldo|contratacao|contratacion|contract|contrato)\b/u
// Schemes of pay counted in a share or a figure ("a pension matched up to 8%", "bonus of 15% of salary").
const PAY_SCHEME =
  /\b(?:pension|401\(?k\)?|rrsp|bonus|bono|commissions?|comision|comissao|plr|match(?:ed|ing)?)\b/u

/** True when a line names pay, a perk paid for, or a rate per unit of time ("per hour", "/mes"). */
export function namesPay(line: string): boolean {
  const folded = normalizeText(line)
  return (
    PAY_NOUN.test(folded) ||
    /(?:\/|\bper |\bpor |\bal |\bao |\ba )\s?(?:h|hr|hour|hora|day|dia|week|semana|month|mes|year|ano|annum)\b/u.test(
      folded,
    )
  )
}

/**
 * "$45,000 base + uncapped commission", "The salary is £62,000 to £70,000 with a 10% bonus", "Contratação PJ,
 * remuneração entre R$ 5.500 e R$ 7.000 conforme experiência", "a pension matched up to 8%": what the job pays, told
 * by an amount of money beside a noun of pay (or a share beside a scheme of pay), with nothing asked of the candidate.
 */
export function statesPay(sentence: string): boolean {
  const folded = normalizeText(sentence.trim()).replace(PAY_SCALE, ' ')
  if (ASKS.test(folded) || findRequirementPredicate(sentence) !== null) return false
  if (MONEY.test(folded) && PAY_NOUN.test(folded)) return true
  return PAY_SCHEME.test(folded) && /\d\s?%/u.test(folded) && folded.split(/\s+/u).length <= 12
}

// A label with the papers to bring after it ("Documentos: INE, CURP …", "Documents required: …"): the hiring's
// paperwork. Alone on its line, the label is a heading.
const DOCUMENTS_LABEL =
  /^(?:documents?|documentos?|documentacao|documentacion|papeles|paperwork)(?:\s+[\p{L}]+){0,3}\s*:\s*\S/u
// Interviews named as the sentence's subject ("Entrevistas de lunes a viernes en …", "Interviews are held on …").
const INTERVIEWS = /^(?:the |las |los |as |os |our |nuestras |nossas )?(?:interviews?|entrevistas?)\b/u
// A warning against fraud: the employer never charges money, or the reader is asked to report suspicious offers.
const ANTI_FRAUD =
  /\b(?:never|nunca|jamas|jamais|not|no|nao|won't)\b[^.!]{0,30}\b(?:ask|charge|request|pedir\p{L}*|pediremos|cobr\p{L}*|solicit\p{L}*|ped\p{L}*)\b[^.!]{0,30}\b(?:money|dinero|dinheiro|fees?|payments?|pagos?|pagamentos?|taxas?|cuotas?|deposits?|depositos?)\b|\b(?:report|denuncia|denuncie|denunciar)\b[^.!]{0,30}\b(?:suspicious|sospechos\p{L}*|suspeit\p{L}*|fraud\p{L}*|scams?|estafas?|golpes?)\b/u
// Verbs that tell the reader how to get in touch ("Text your name to …", "Llama al …", "Mande mensagem para …").
const CONTACT_VERB =
  /^(?:please\s+)?(?:text|call|phone|ring|email|e-mail|send|message|whatsapp|dm|write|stop by|drop by|come by|walk in|llama|llamanos|escribe|escribenos|envia|envianos|manda|mandanos|mande|envie|ligue|liga|escreva|chame|passe|pasa|ven|venha)\b/u
// A way to reach the employer: a phone number or an e-mail address.
const CONTACT_POINT = /\+?\(?\d{2,4}\)?[\s.-]?\d{3,5}[\s.-]?\d{3,5}|[\w.+-]+@[\w-]+\.[\w.]+/u
// The ways the employer will not be reached ("Não atendemos ligações", "No calls please", "No se atienden llamadas").
const NO_CONTACT =
  /\b(?:no|nao|not|sin|don't|do not)\b[^.!]{0,25}\b(?:calls?|phone calls|ligacoes|telefonemas|llamadas|walk-ins|visitas)\b/u
// Papers to bring to the interview ("Please bring your ID to the interview", "Traer INE y CURP a la entrevista").
const BRING_TO_INTERVIEW =
  /^(?:please\s+|favor\s+|por favor\s+)?(?:bring|trae|traiga|traer|traga|trazer|levar|leve|presenta|presente|apresente|apresentar)\b[^.!]{0,80}\b(?:interview|entrevista)\b/u
// A label with the steps of the hiring after it ("Selection process: CV, test, interview", "Etapas do processo seletivo:
// …"). Alone on its line, such a label is a heading, whose block the reader must still tell apart from the asks.
const PROCESS_LABEL =
  /^(?:(?:our|the|o|nosso|el|nuestro)\s+)?(?:(?:selection|hiring|recruitment|recruiting|interview|application) process|processo seletivo|etapas do processo(?: seletivo)?|proceso de seleccion|etapas del proceso(?: de seleccion)?)\s*:\s*\S/u
// A label over a way to reach the employer ("Contact: …", "Contato: …", "WhatsApp: …", "Tel.: …").
const CONTACT_LABEL =
  /^(?:contact|contato|contacto|phone|telephone|telefone|telefono|tel|whatsapp|e-?mail|correo)\.?\s*:\s*\S/u

// Who posted or handles the listing ("Recruiter: Ana Lima", "Publicado por: RH Acme", "Hiring manager: …") and until
// when it takes applications ("Closing date: 30 June", "Inscrições até 15/12", "Postulaciones hasta el viernes").
const LISTING_PEOPLE_OR_DEADLINE =
  /^(?:(?:recruiter|recrutador[a]?|reclutador[a]?|hiring manager|contact person|posted by|publicado por|publicada por|anunciado por|closing date|application deadline|deadline|prazo(?: de| para)? (?:inscricao|inscricoes|candidatura)|fecha (?:limite|de cierre))\s*:\s*\S|(?:applications?|candidaturas?|inscricoes|inscripciones|postulaciones)\s+(?:close|closes|closing|until|ate|hasta|abertas ate|abiertas hasta)\b)/u

// The listing said to take applications until a date ("This role accepts applications until 3 May", "Esta vaga recebe
// candidaturas até 31/12", "La oferta recibe postulaciones hasta el viernes").
const TAKES_APPLICATIONS_UNTIL =
  /\b(?:accepts|receives|takes|recebe|aceita|recibe|acepta)\s+(?:\p{L}+\s+)?(?:applications?|candidaturas?|inscricoes|inscripciones|postulaciones|curriculos)\s+(?:until|till|through|ate|hasta)\b/u

// A rating of the employer on a review site ("☆ 4.3 on Glassdoor (88 reviews)", "4,0 ★★★★☆ 56 evaluaciones").
const RATING = /\b\d[.,]\d\b/u
const RATING_WORD =
  /\b(?:reviews?|ratings?|rated|evaluaciones|avaliacoes|resenas|opiniones|stars|estrelas|estrellas|glassdoor|indeed)\b|[★☆]/u

/**
 * Lines about the hiring process rather than the candidate: the documents to bring, when and where interviews take
 * place, warnings against fraud, how to get in touch and how not to, and the employer's rating on review sites.
 */
export function runsHiringProcess(sentence: string): boolean {
  const folded = normalizeText(sentence.trim()).replace(/^[^\p{L}\p{N}]+/u, '')
  const words = folded.split(/\s+/u).length
  if (DOCUMENTS_LABEL.test(folded) || ANTI_FRAUD.test(folded)) return true
  if (/\b(?:must|required|obligatori[oa]|obrigatori[oa]|indispensable|imprescindible)\b/u.test(folded))
    return false
  if (INTERVIEWS.test(folded) && !/\b(?:experience|experiencia|conducting|realizar|conducir)\b/u.test(folded))
    return true
  if ((CONTACT_VERB.test(folded) || CONTACT_LABEL.test(folded)) && CONTACT_POINT.test(folded)) return true
  if (
    BRING_TO_INTERVIEW.test(folded) ||
    PROCESS_LABEL.test(folded) ||
    LISTING_PEOPLE_OR_DEADLINE.test(folded) ||
    TAKES_APPLICATIONS_UNTIL.test(folded)
  )
    return true
  if (NO_CONTACT.test(folded) && words <= 8) return true
  return RATING.test(folded) && RATING_WORD.test(folded) && words <= 12
}

// Sharing the listing with someone, or referring a friend ("Compartilhe com quem precisa!", "Refer a friend",
// "Comparte esta oferta", "Por favor compartir"): the page asks its reader to pass the listing on.
const SHARE =
  /^(?:please\s+|por favor\s+)?(?:share|compartilhe|compartilha|compartir|comparte|compartan|repost|reenvie|reenvia|forward|refer|indique|indica|recomienda|recomende|marque|tag)\b(?:\s+(?:(?:it|this|esta|este|essa|esse|a|o|la|el|the|with|com|con|a|um|uma|un|una|to|aquele|aquela|your|seu|sua|tu)\s+){0,3}(?:quem|quien|who|anyone|someone|alguem|alguien|amig\p{L}*|friends?|colleagues?|colegas?|network|rede|red|contatos|contactos|vaga|oferta|job|post|publicacao|publicacion|aviso))?\s*[!.]*$/u
const SHARE_WITH =
  /^(?:please\s+|por favor\s+)?(?:share|compartilhe|compartilha|compartir|comparte)\b.*\b(?:com|con|with)\s+(?:(?:a|an|um|uma|un|una|your|seu|sua|seus|suas|tu|tus)\s+)?(?:quem|quien|who|anyone|someone|alguem|alguien|amig\p{L}*|friends?|colleagues?|colegas?)/u
// "Ver quem você conhece", "See who you know": the site's own network widget.
const WHO_YOU_KNOW =
  /^(?:see|ver|veja|mira)\s+(?:quem|who|a quien)\s+(?:voce\s+|you\s+|tu\s+)?(?:conhece|know|conoces)\b/u
// "Receba vagas como esta no seu e-mail", "Get jobs like this by email", "Ver todas as vagas de …": alerts and links
// to other listings.
const LISTINGS =
  '(?:jobs?|roles?|positions?|openings?|listings?|vacanc(?:y|ies)|vagas?|empleos?|ofertas?|vacantes?|trabajos?|oportunidades)'
const OTHER_LISTINGS_LINK = new RegExp(
  `^(?:(?:receba|recibe|reciba|receive|get|recebe)\\b[^.]{0,20}\\b${LISTINGS}\\b|(?:ver|veja|see|view|browse|explore|mira|descubre)\\s+(?:all|todas?|todos|more|mais|mas|other|outras|otras)\\b(?:\\s+(?:as|os|las|los|the|our|nossas|nuestras))?\\s+${LISTINGS}\\b)`,
  'u',
)

/** A widget of the job board: share, refer a friend, see who you know, job alerts, links to the employer's listings. */
export function isBoardWidget(line: string): boolean {
  const segments = normalizeText(line.trim())
    .split(/\s+[·|•]\s+/u)
    .map((segment) => segment.replace(/^[^\p{L}\p{N}]+/u, '').trim())
    .filter((segment) => segment.length > 0)
  if (segments.length === 0 || segments.some((segment) => segment.split(/\s+/u).length > 12)) return false
  return segments.every(
    (segment) =>
      SHARE.test(segment) ||
      SHARE_WITH.test(segment) ||
      WHO_YOU_KNOW.test(segment) ||
      OTHER_LISTINGS_LINK.test(segment),
  )
}

// A label naming the person the work is for ("Paciente: senhora de 84 anos …", "Client: a family of four"): the
// client described, which the candidate does not have to be.
const CLIENT_LABEL =
  /^(?:the |o |a |la |el )?(?:patients?|pacientes?|clients?|clientes?|residents?|residentes?|beneficiar\p{L}*|idos[oa]s?|senior|usuari[oa]s?|users?)\s*:\s*\S/u

/** True when a line describes the person cared for or served rather than the candidate. */
export function describesClient(line: string): boolean {
  return CLIENT_LABEL.test(normalizeText(line.trim()).replace(/^[^\p{L}\p{N}]+/u, ''))
}
