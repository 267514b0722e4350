import { normalizeText } from './normalize-text'
import { classifyHeading, findRequirementPredicate, isQualificationLike } from './posting-cues'
import { asksOutrightInAnyClause } from './read-employer-text'

// What a recruiter or a board tells every reader of every listing, whatever the job: warnings against fraud, how
// applications are handled, the board comparing the reader's profile with the listing, the board's own index rows.
// None of it is asked of the candidate, so none of it may become a requirement. Each rule is read by what the sentence
// does (its subject, its verb, its object), in EN, PT and ES, not by a board's wording.

function wordCount(text: string): number {
  return text
    .trim()
    .split(/\s+/u)
    .filter((word) => word.length > 0).length
}

// An obligation or a qualification the sentence puts on the reader: a warning or a notice never carries one.
const OBLIGES_READER =
  /\b(?:you (?:must|need|should|have to)|you'll need|must|required|requisit\p{L}*|obrigatori[oa]|imprescindi\p{L}+|indispensa\p{L}+|exclu(?:yente|dente))\b/u
// A condition set on what the reader sends ("Applications without a portfolio …", "CVs only if …"): an ask.
const SETS_CONDITION = /\b(?:without|sem|sin|unless|only if|apenas se|solo si|somente se|que no|que nao)\b/u

// A charge: what a fraudster asks the reader to pay.
const CHARGE_NOUN =
  '(?:fees?|charges?|costs?|payments?|deposits?|taxas?|tarifas?|cobrancas?|custos?|pagamentos?|depositos?|cuotas?|cobros?|costos?|pagos?)'
// Money, or the details that reach it: what a fraudster asks the reader for.
const MONEY_NOUN = `(?:${CHARGE_NOUN}|money|cash|bank|banking|credit cards?|card details|account details|dinheiro|valor(?:es)?|quantias?|dados bancarios|cartao|dinero|datos bancarios|tarjetas?)`
// A word of the same clause: no punctuation that would end it.
const WORD = '[^\\s,;:.!?]+'
// Verbs of asking for or taking money ("asks", "charges", "cobra", "pide", "solicita", "exige").
const TAKING_VERB =
  '(?:ask\\p{L}*|charg\\p{L}*|request\\p{L}*|demand\\p{L}*|collect\\p{L}*|requir\\p{L}*|take\\p{L}*|cobr\\p{L}*|ped\\p{L}*|pid\\p{L}*|pedir\\p{L}*|solicit\\p{L}*|exig\\p{L}*|recib\\p{L}*|receb\\p{L}*)'
// The employer refusing to take money: a negation, at most one word ("will never ask", "não solicita"), a verb of
// taking, up to a few words, money. A wider gap reads a quality ("not afraid to ask customers for payment").
const REFUSES_MONEY = new RegExp(
  `\\b(?:never|not|no|nao|nunca|jamas|jamais|won't|doesn't|don't|does not|do not|will not)\\b(?:\\s+${WORD}){0,1}?\\s+${TAKING_VERB}\\b(?:\\s+${WORD}){0,4}?\\s+(?:${MONEY_NOUN}\\b|(?:to pay|pagar|que pagues|que pague|que pagues|a pagar)\\b)`,
  'u',
)
// A charge denied as a noun phrase ("No registration fee", "Sem taxa de inscrição", "Sin costo para el postulante",
// "Free of charge"), or the process declared free ("O processo é gratuito", "The process is completely free").
const NO_CHARGE = new RegExp(
  `^(?:(?:and|e|y|also|tambem|tambien)\\s+)?(?:no|zero|sem|sin|without|nenhuma?|ninguna?|ningun)\\s+(?:${WORD}\\s+){0,2}?${CHARGE_NOUN}\\b`,
  'u',
)
const FREE =
  /\b(?:free of charge|at no cost|sem (?:nenhum )?custo|sin (?:ningun )?costo|gratuit[oa]|gratis|free)\b/u
// What the free or uncharged thing is: the hiring, never the work ("free parking" is a perk, not a warning).
const HIRING_NOUN =
  /\b(?:process|processo|proceso|recruit\p{L}*|recrutamento|reclutamiento|seleccion|selecao|application|applying|candidatura|postulacion|inscri\p{L}*|registration|registro|cadastro|interviews?|entrevistas?|hiring|contratacion|contratacao|placement|colocacion|candidates?|candidat[oa]s?|postulantes?|applicants?)\b/u
// An imperative warning opening the sentence ("Be careful", "Beware", "Watch out", "Cuidado", "Atenção", "Ojo").
const WARNING_LEAD =
  /^(?:please\s+|por favor,?\s+)?(?:be careful|be aware|beware|caution|warning|watch out|stay safe|stay alert|fraud alert|scam alert|atencao|cuidado|alerta|ojo|precaucion|advertencia|fique atento|fique atenta|este atento|esta atento|mantente alerta)\b/u
// The danger named: a fraud, a fraudster, or handing over money or private details.
const FRAUD_NOUN =
  /\b(?:fraud\p{L}*|scam\p{L}*|imposters?|impostors?|fake|phishing|golpes?|golpistas?|falsos?|falsas?|fraude\p{L}*|estafa\p{L}*|enganos?|suplanta\p{L}*|impostor\p{L}*)\b/u
// The reader told not to hand over money or private details ("Don't provide your bank details", "Não envie dinheiro",
// "No compartas tus datos bancarios", "Never pay to apply").
const DO_NOT_HAND_OVER = new RegExp(
  `\\b(?:don't|do not|never|nao|nunca|no|jamas|jamais)\\s+(?:${WORD}\\s+){0,1}?(?:provide|give|share|send|pay|make|transfer|disclose|realiz\\p{L}*|efetu\\p{L}*|efectu\\p{L}*|hacer|fazer|forne\\p{L}*|envi\\p{L}*|mand\\p{L}*|pag\\p{L}*|transfi\\p{L}*|compart\\p{L}*|proporcion\\p{L}*|entreg\\p{L}*)\\b(?:\\s+${WORD}){0,5}?\\s+(?:${MONEY_NOUN}|personal (?:details|data|information)|passwords?|dados pessoais|datos personales|senhas?|contrasenas?|documents?|documentos)\\b`,
  'u',
)

/**
 * "Acme never charges candidates a fee", "No registration fee.", "Beware of imposters!", "Be careful – don't provide
 * your bank details when applying", "A empresa não cobra nenhuma taxa", "Cuidado con las ofertas falsas": a warning
 * against fraud. Told by what it warns of (money taken, private details handed over, a fraudster) and how (the
 * employer refusing, a charge denied, an imperative warning), never by a board's phrase.
 */
export function warnsOfFraud(sentence: string): boolean {
  const folded = normalizeText(sentence.trim())
    .replace(/^[^\p{L}]+/u, '')
    .replace(/\s+/gu, ' ')
  if (OBLIGES_READER.test(folded)) return false
  if (REFUSES_MONEY.test(folded) || DO_NOT_HAND_OVER.test(folded)) return true
  // A warning on its own ("Be careful!") leads into the next sentence, which says what of.
  // "Atenção a detalhes", "Cuidado con el detalle" ask a quality: the lead alone is a warning, not the lead with more.
  const lead = WARNING_LEAD.exec(folded)
  if (
    lead &&
    (FRAUD_NOUN.test(folded) ||
      new RegExp(`\\b${MONEY_NOUN}\\b`, 'u').test(folded) ||
      /^[^\p{L}\p{N}]*$/u.test(folded.slice(lead[0].length)))
  )
    return true
  if (FRAUD_NOUN.test(folded) && /\b(?:report|denunci\p{L}*|avis\p{L}*|inform\p{L}*)\b/u.test(folded))
    return true
  // A charge denied opening a short sentence speaks of the hiring by itself; "free" must name the hiring.
  if (NO_CHARGE.test(folded)) return wordCount(folded) <= 8 || HIRING_NOUN.test(folded)
  return FREE.test(folded) && HIRING_NOUN.test(folded)
}

// What the reader sends: applications, CVs, résumés, candidacies.
const APPLICATION_NOUN =
  '(?:applications?|cvs?|resumes?|submissions?|candidaturas?|curriculos?|curriculums?|postulaciones|solicitudes|inscricoes|inscripciones|hojas de vida)'
// Verbs of reviewing, reading or answering them, in any form ("reviewed", "analisadas", "se revisan").
const REVIEW_VERB =
  '(?:review\\p{L}*|sent|forwarded|encouraged|welcomed?|enviad\\p{L}*|encaminhad\\p{L}*|remitid\\p{L}*|read|reads|consider\\p{L}*|assess\\p{L}*|screen\\p{L}*|process\\p{L}*|evaluat\\p{L}*|answer\\p{L}*|respond\\p{L}*|analis\\p{L}*|analiz\\p{L}*|avali\\p{L}*|revis\\p{L}*|evalu\\p{L}*|examin\\p{L}*|lid[oa]s|leid[oa]s|leen|leem|contest\\p{L}*)'
// The employer reviewing, by its pronoun or a verb in the first person plural ("We review", "Revisamos", "Lemos").
const EMPLOYER_REVIEWS = `(?:we(?:'ll| will| are|'re)?\\s+(?:${WORD}\\s+){0,2}?${REVIEW_VERB}|(?:revis|analis|analiz|avali|evalu|respond|contest|examin|consider)\\p{L}*(?:amos|emos|imos)|lemos|leemos)`
// Applications as the subject of a verb of reviewing ("Applications reviewed as they come in", "As candidaturas são
// analisadas por ordem de chegada", "Las postulaciones se revisan a diario"), or the object of the employer's
// reviewing ("We review applications weekly", "Revisamos los CV", "Lemos todos os currículos").
// Who answers applications on the board's record ("Recruiter usually replies within 2 days", "Responded to 80% of
// applications", "Recrutador responde em até 3 dias").
const REPLIES =
  '(?:respond(?:s|ed)?|repl(?:y|ies|ied)|answer(?:s|ed)?|responde|responder|respondeu|respondio|contesta|contestar|contesto)'
const APPLICATIONS_REVIEWED = new RegExp(
  `^(?:(?:the|your|our|o|a|el|la|tu|seu|sua)\\s+)?(?:recruiters?|hiring (?:manager|team)|employer|company|this company|empresa|esta empresa|recrutador\\p{L}*|reclutador\\p{L}*|empleador\\p{L}*|empregador\\p{L}*)\\s+(?:(?:usually|typically|often|generally|normalmente|geralmente|suele|costuma|tends to)\\s+)?${REPLIES}\\b|^${REPLIES}\\s+(?:to\\s+|a\\s+|al\\s+)?(?:${WORD}\\s+){0,4}?${APPLICATION_NOUN}\\b|^(?:shortlisting|screening|selection|triagem|preseleccion|pre-seleccion|seleccion|selecao)\\s+(?:${WORD}\\s+){0,2}?(?:begins?|starts?|will (?:begin|start|take place)|takes place|comeca|comecara|inicia\\p{L}*|empieza|empezara|comienza|comenzara)\\b|^(?:(?:all|the|every|each|our|your|as|os|las|los|todas?|todos|cada|sua|tu|tus|suas|early|late|new|internal|external|incomplete|further)\\s+){0,2}${APPLICATION_NOUN}\\s+(?:${WORD}\\s+){0,3}?${REVIEW_VERB}\\b|^${EMPLOYER_REVIEWS}\\s+(?:${WORD}\\s+){0,3}?${APPLICATION_NOUN}\\b`,
  'u',
)

/**
 * "Applications reviewed as they come in.", "We review every CV within a week", "As candidaturas são analisadas por
 * ordem de chegada", "Las postulaciones se revisan a medida que llegan": how the employer handles applications, which
 * the candidate does not have to meet. A sentence that sets a condition on them ("Applications without a portfolio
 * will not be considered") asks, and stays.
 */
export function statesApplicationHandling(sentence: string): boolean {
  const folded = normalizeText(sentence.trim())
    .replace(/^[^\p{L}]+/u, '')
    .replace(/\s+/gu, ' ')
  return (
    APPLICATIONS_REVIEWED.test(folded) &&
    wordCount(folded) <= 20 &&
    !isQualificationLike(sentence) &&
    !OBLIGES_READER.test(folded) &&
    !SETS_CONDITION.test(folded) &&
    findRequirementPredicate(sentence) === null
  )
}

// The reader's own record on the board: a profile, a résumé, skills on file.
const READER_RECORD =
  /\b(?:your|seu|sua|tu|tus|su)\s+(?:(?:\p{L}+)\s+)?(?:profile|resume|cv|skills|background|perfil|curriculo|curriculum|habilidades|competencias|hoja de vida)\b/u
// A verb of comparing or fitting ("align", "match", "compare", "fit", "combina", "encaja", "coincide").
const FITTING =
  /\b(?:align\p{L}*|match\p{L}*|compar\p{L}*|fit\p{L}*|stack\p{L}* up|combin\p{L}*|corresponde\p{L}*|encaj\p{L}*|encaix\p{L}*|coincid\p{L}*|ajust\p{L}*|adequ\p{L}*|adecu\p{L}*)\b/u

/**
 * "Here's how the job qualifications align with your profile", "See how your CV matches this job", "Veja como seu
 * perfil combina com a vaga", "Descubre si tu perfil encaja": the board comparing the reader's record with the
 * listing, a widget with nothing asked.
 */
export function comparesReaderProfile(sentence: string): boolean {
  const folded = normalizeText(sentence.trim()).replace(/\s+/gu, ' ')
  return (
    READER_RECORD.test(folded) &&
    FITTING.test(folded) &&
    wordCount(folded) <= 16 &&
    !OBLIGES_READER.test(folded) &&
    // "If your background fits, …", "Your CV should match …": a condition or an obligation on the reader. "Find out
    // if", "Descubre si" ask nothing: the board offers to tell.
    !/\b(?:if|se|si|when|quando|cuando|should|deve|debe|tiene que|tem que|precisa)\b/u.test(
      folded.replace(
        /\b(?:see|find out|check|discover|descubr\p{L}*|vej\p{L}*|confir\p{L}*|averigu\p{L}*|mir\p{L}*|comprueb\p{L}*|saiba)\s+(?:if|se|si|whether)\b/u,
        ' ',
      ),
    )
  )
}

// What a board indexes beside a listing: other listings, pay figures, employers, searches, reviews.
const INDEX_NOUN =
  /\b(?:jobs?|vacanc(?:y|ies)|openings?|listings?|careers|salar(?:y|ies)|vagas?|empregos?|salarios?|empleos?|ofertas?|vacantes?|trabajos?|sueldos?|avisos?|anuncios?|companies|empresas|reviews?|avaliacoes|opiniones|searches|pesquisas|buscas|busquedas)\b/u

/**
 * "Cook jobs in Leeds · Cook salaries · Jobs at Acme", "Vagas de Caixa em Recife | Salários de Caixa": a row of the
 * board's links, each a short phrase of what it indexes (listings, pay figures, employers, searches), with nothing in
 * it that asks.
 */
export function linksBoardIndex(line: string): boolean {
  const trimmed = line.trim()
  if (/^[-•●▪◦‣*+]\s/u.test(trimmed) || /[.!?;]$/u.test(trimmed)) return false
  const segments = trimmed.split(/\s+[·|•]\s+/u).filter((segment) => segment.trim().length > 0)
  if (segments.length < 2) return false
  return segments.every((segment) => {
    const folded = normalizeText(segment)
    return (
      INDEX_NOUN.test(folded) &&
      wordCount(segment) <= 8 &&
      !isQualificationLike(segment) &&
      findRequirementPredicate(segment) === null
    )
  })
}

// A label of a page's field ("Role", "Industry Type", "Employment Type", "Departamento"): up to three words, the first
// capitalised, before a colon.
const FIELD_LABEL = /(?:^|\s{2,}|\s[·|•]\s)(\p{Lu}[\p{L}'&/-]*(?:\s[\p{L}'&/-]+){0,2}):(?=\s+\S)/gu

/**
 * "Role: Cook   Industry Type: Hospitality   Department: Kitchen   Employment Type: Full Time": several labelled
 * fields of the listing on one line, the board's record of it. No label may name what is asked ("Requirements:",
 * "Experiência:"), since a row of those is the posting's own asks.
 */
export function listsLabelledFields(line: string): boolean {
  const trimmed = line.trim()
  if (/^[-•●▪◦‣*+]\s/u.test(trimmed)) return false
  const labels = [...trimmed.matchAll(FIELD_LABEL)].map((match) => match[1] ?? '')
  if (labels.length < 3 || !trimmed.startsWith(labels[0] ?? '\u0000')) return false
  // Each value is short: a row of fields, not a sentence that happens to hold colons.
  const values = trimmed.split(FIELD_LABEL).filter((_, index) => index % 2 === 0)
  if (values.some((value) => wordCount(value) > 8)) return false
  return labels.every(
    (label) =>
      classifyHeading(label) === null &&
      !isQualificationLike(label) &&
      !QUALIFICATION_LABEL.test(normalizeText(label)),
  )
}

// Labels of what a candidate brings ("Idiomas", "Carné", "Escolaridade", "Licence"): a row of them is the posting's
// own asks laid out as fields, not the board's record.
const QUALIFICATION_LABEL =
  /\b(?:education|schooling|studies|languages?|licen[cs]es?|certifications?|courses?|qualifications?|requirements?|skills?|tools?|vehicle|estudios?|escolaridade|escolaridad|formacao|formacion|idiomas?|linguas?|carne|carnet|cnh|licencias?|certificac\p{L}*|cursos?|requisitos?|habilidades|competencias|herramientas|ferramentas|vehiculo|veiculo|conhecimentos?|conocimientos?)\b/u

/**
 * "Education   UG: B.Sc in any field", "Key Skills   Highlighted skills are preferred": a row of a table the page was
 * copied from, a short label cell and its value cell parted by a wide gap. Read only beside the listing's record.
 */
export function opensTableRow(line: string): boolean {
  const match = /^(\p{Lu}[\p{L}'&/-]*(?:\s[\p{L}'&/-]+){0,2}) {3,}\S/u.exec(line.trim())
  return match !== null && wordCount(match[1] ?? '') <= 3
}

// A participle of founding with what it takes ("founded in 1994", "fundado por el Dr. …", "fundada em 2001",
// "established by two nurses"): only an organisation is founded, so the sentence tells the employer's history.
const FOUNDED =
  /\b(?:founded|co-founded|established|fundad[oa]s?|cofundad[oa]s?|fundou|fundaram|fundo|fundaron)\s+(?:(?:in|by|em|en|por|pelo|pela|no|na|el|la|the|a|ano|ano de|year)\s+)+\S/u

/**
 * "Estudio con más de 40 años de trayectoria, fundado por el Dr. Pérez en 1983", "Founded in 1994 by two nurses, Acme
 * runs …", "Fundada em 2001, a rede tem …": the employer's founding, a blurb whatever else the sentence counts. A clause
 * that asks ("You have founded a company", "experience in a start-up founded in …") keeps it a requirement.
 */
export function tellsFounding(sentence: string): boolean {
  const folded = normalizeText(sentence.trim()).replace(/\s+/gu, ' ')
  return (
    FOUNDED.test(folded) && !asksOutrightInAnyClause(folded) && !/\b(?:you|voce|tu|usted)\b/u.test(folded)
  )
}

// Alerts the board offers ("Get notified about new jobs like this", "Receba alertas de vagas", "Recibe avisos por
// correo"): a verb of receiving with a noun of notice.
const JOB_ALERT =
  /^(?:please\s+)?(?:get|be|receive|sign up for|set up|turn on|create|receba|receber|ative|crie|recibe|recibir|activa|crea)\s+(?:(?:job|new|free|email|e-mail|daily|weekly|an?|um|uma|un|una)\s+){0,2}(?:notified|notifications?|alerts?|alertas?|notificac\p{L}*|avisos?)\b/u
// Who posted the listing ("Posted by Talent Team", "Publicado por Recursos Humanos", "Anunciada por …"), where the
// board took it from ("This job is sourced from a partner site"), and where applying takes the reader ("You will be
// redirected to the employer's site", "Serás redirigido al sitio de la empresa").
const POSTED_BY =
  /^(?:(?:re)?posted|published|listed|publicad[oa]|anunciad[oa]|postad[oa]|divulgad[oa])\s+(?:by|por|pela|pelo)\b|\b(?:sourced|aggregated|imported)\s+from\b|\b(?:redirect\p{L}*|redirig\p{L}*|redirecion\p{L}*)\b/u

/** "Get notified about new roles like this", "Publicado por RH": the board's alerts and its note of who posted. */
export function notesListingByBoard(line: string): boolean {
  const folded = normalizeText(line.trim())
    .replace(/^[^\p{L}]+/u, '')
    .replace(/\s+/gu, ' ')
  return (JOB_ALERT.test(folded) || POSTED_BY.test(folded)) && wordCount(folded) <= 12
}

// The employer's hiring as a status of the listing ("Actively recruiting", "Urgently hiring", "Hiring multiple
// candidates", "Hiring in progress", "Contratando agora"): a gerund of hiring with an adverb or a count, no person asked.
const HIRING_STATUS =
  /^(?:(?:actively|urgently|now|currently|still|agora|ahora|urgente(?:mente)?|ativamente|activamente)\s+)?(?:hiring|recruiting|contratando|recrutando|reclutando|seleccionando)(?:\s+(?:now|urgently|in progress|multiple (?:candidates|people|roles)|several (?:candidates|people|roles)|\d+\s+(?:candidates|people|roles|pessoas|personas)|agora|ahora|ya|ja|urgente|em andamento|en curso|varias pessoas|varias personas))?$/u

/** True when a short line is the listing's hiring status, not a requirement. */
export function statesHiringStatus(line: string): boolean {
  const folded = normalizeText(line.trim())
    .replace(/^[^\p{L}]+/u, '')
    .replace(/[.!]+$/u, '')
    .replace(/\s+/gu, ' ')
  return HIRING_STATUS.test(folded)
}

// Hearing back: a verb or noun of replying or contacting ("we are unable to reply", "heard from us", "retorno",
// "se contactará").
const HEARING_BACK =
  /\b(?:repl(?:y|ies|ied)|respond\p{L}*|response|heard from|hear from|contact\p{L}*|retorno|resposta|respuesta|responder\p{L}*|contat\p{L}*|notific\p{L}*|feedback)\b/u
// Who or what hears back: the applicant, the application, the selection ("unsuccessful", "preseleccionadas").
const APPLICANT_SIDE =
  /\b(?:applicants?|applications?|candidates?|candidat\p{L}*|postula\p{L}*|preseleccionad\p{L}*|pre-?selecionad\p{L}*|shortlisted|unsuccessful|perfil|profile|process|processo|proceso|selection|selecao|seleccion)\b/u
// The listing closed ("This vacancy has now closed", "Esta vaga foi encerrada", "Esta oferta ya no está disponible").
const LISTING_CLOSED =
  /^(?:this|the|esta|este|essa|esse|a|o|la|el)\s+(?:vacancy|job|position|listing|role|posting|opening|vaga|oferta|aviso|puesto|empleo|vacante|anuncio)\s+(?:has\s+(?:now\s+)?(?:closed|expired)|is\s+(?:now\s+)?(?:closed|expired|no longer (?:available|open|accepting\b.*))|(?:foi|esta)\s+(?:encerrada|fechada|expirada)|expirou|nao esta mais disponivel|ya no esta disponible|no esta disponible|ha (?:caducado|expirado|finalizado|cerrado)|esta cerrad[oa]|(?:se )?cerro)\b/u
// A placement agency telling its role ("Harbour Staffing is acting as an employment agency for this vacancy").
// An employer disclosing which part it plays ("Calder Ltd is acting as an employer", "atua como empregadora") is the
// same notice.
const AGENCY_ROLE =
  /\b(?:acting as|acts as|atua(?:ndo)? como|actua(?:ndo)? como)\s+(?:(?:an?|uma?|una?)\s+)?(?:employment|recruitment|staffing)?\s*(?:agency|business|employer|recruiter|agencia|consultoria|consultora|empregador\p{L}*|empleador\p{L}*|intermediar\p{L}*)\b/u
// Consent to the handling of the applicant's data ("By applying, you consent to …", "Ao se candidatar, você concorda
// com o tratamento dos seus dados").
const DATA_CONSENT =
  /\b(?:consent\p{L}*|agree\p{L}*|accept\p{L}*|authori[sz]\p{L}*|concord\p{L}*|aceit\p{L}*|autoriz\p{L}*|acept\p{L}*|consient\p{L}*)\b/u
const PERSONAL_DATA =
  /\b(?:personal (?:data|information|details)|data protection|privacy|gdpr|rgpd|lgpd|dados pessoais|seus dados|tratamento (?:de|dos) (?:seus )?dados|privacidade|datos personales|tus datos|tratamiento de (?:tus )?datos|privacidad|proteccion de datos|protecao de dados)\b/u
// Everyone declared welcome ("Todas as pessoas são bem-vindas", "All applicants are welcome", "Todas las personas son
// bienvenidas"): an inclusion statement of the employer, asking nothing.
const ALL_WELCOME =
  /\b(?:all|every|everyone|todas? as|todos os|todas las|todos los|toda|todo)\b[^.!?]{0,40}?\b(?:are|is|sao|e|son|es)\s+(?:very\s+|muito\s+|muy\s+)?(?:welcome|bem-vind\p{L}*|bienvenid\p{L}*)\b/u

/**
 * What the employer or its agent tells every applicant about the hiring itself: who will hear back and when ("Due to
 * the volume of applications we cannot reply to everyone", "Caso não receba retorno em 15 dias…", "Solo se contactará
 * a las personas preseleccionadas"), that the listing has closed, that an agency handles it, that applying consents to
 * the handling of data, that everyone is welcome. None of it is asked of the candidate.
 */
export function notesHiringTerms(sentence: string): boolean {
  const folded = normalizeText(sentence.trim())
    .replace(/^[^\p{L}]+/u, '')
    .replace(/\s+/gu, ' ')
  // "If you have not heard from us" has the reader's "you have" of a qualification, and asks nothing.
  const qualification = isQualificationLike(folded.replace(/\byou have(?: not|n't)?\b/gu, ' '))
  if (OBLIGES_READER.test(folded) || qualification || wordCount(folded) > 30) return false
  if (LISTING_CLOSED.test(folded) || AGENCY_ROLE.test(folded) || ALL_WELCOME.test(folded)) return true
  if (DATA_CONSENT.test(folded) && PERSONAL_DATA.test(folded)) return true
  return HEARING_BACK.test(folded) && APPLICANT_SIDE.test(folded) && NOTICE_VOICE.test(folded)
}

// The voice of a notice: the employer speaking ("we", a first person plural verb), a future or a limit on hearing back
// ("only", "within 14 days", "if …"). Without it, "Saber responder candidatos" or "Answering applicants' queries" is
// work the role does.
const NOTICE_VOICE =
  /\b(?:we|us|our|nos|nosotros|nuestro|nuestra|nosso|nossa|\p{L}+(?:amos|emos|imos)|will|shall|sera|serao|seran|\p{L}+ara|only|solo|solamente|unicamente|somente|apenas|unable|cannot|can't|not|nao|no|if|se|si|caso|within|ate|dentro de|en un plazo)\b/u

// A list the board cut short ("Skills: Payroll, Excel, +6 more", "Competências: SQL, +3 mais"): the board's tags for
// the listing, shown in part, not the posting's own list.
const TRUNCATED_LIST = /(?:^|[\s,;·|])\+\s?\d+\s+(?:more|others?|mais|outr[oa]s|mas|otr[oa]s)\b/u

/** True when a line is a list the board truncated with "+N more". */
export function truncatesBoardList(line: string): boolean {
  return TRUNCATED_LIST.test(normalizeText(line.trim()))
}

// An employer described by a noun phrase with no verb, as listings hiding the employer's name do ("Empresa de grande
// porte do setor varejista", "Multinational company in the food sector", "Compañía líder en logística").
const EMPLOYER_NOUN_PHRASE =
  /^(?:(?:a|an|the|uma?|una?)\s+)?(?:(?:leading|large|small|medium-sized|growing|global|international|national|regional|family-owned|lider|grande|pequena|pequena|media|mediana|renomada|reconocida|importante|solida|consolidada|multinacional)\s+)*(?:company|firm|organi[sz]ation|business|employer|multinational|empresa|companhia|compania|organizacao|organizacion|multinacional|industria|rede|cadena|grupo)\b/u

const EMPLOYER_TRAIT =
  /\b(?:porte|setor|sector|segmento|segment|ramo|industry|lider|leader|leading|presenca|presencia|nacional|multinacional|international|internacional|global|renome|reconhecida|reconocida|atuante|actuante|operating|especializada|especializado|specialized|specialised|specializing|specialising|dedicada|dedicated)\b/u

/** True when a short line describes the employer by a noun phrase and asks nothing. */
export function describesEmployerByNoun(line: string): boolean {
  const folded = normalizeText(line.trim())
    .replace(/^[^\p{L}]+/u, '')
    .replace(/[.!]+$/u, '')
  const noun = EMPLOYER_NOUN_PHRASE.exec(folded)
  return (
    noun !== null &&
    // What describes an employer after its noun: its size, field, standing or reach ("de grande porte", "in the food
    // sector", "líder en …"); "Company car licence" or "Empresa propia" name something else.
    EMPLOYER_TRAIT.test(folded.slice(noun[0].length)) &&
    wordCount(folded) <= 14 &&
    !/[:;?]/u.test(folded) &&
    !isQualificationLike(line) &&
    findRequirementPredicate(line) === null &&
    !OBLIGES_READER.test(folded) &&
    !/\b(?:you|your|voce|tu|usted|must|need|deve|debe|precisa)\b/u.test(folded)
  )
}
