import { normalizeText } from './normalize-text'
import { findRequirementPredicate, isDutyLike, isQualificationLike } from './posting-cues'
import { statesNoticeProcedure } from './states-notice-procedure'
import { statesSelectionRule } from './states-selection-rule'

// The notices an employer or a board appends to every listing, whatever the job: the law the listing complies with,
// how applicants' data are kept, how to ask for adjustments to the process, who will hear back, where to read more.
// They tell the reader about the hiring, not what the candidate must bring, so none of it is a requirement. Each is
// read by what the sentence does, in EN, PT and ES; an obligation put on the candidate keeps the sentence.

// An obligation on the candidate: a sentence with one asks, whatever notice it also carries ("Under state law, you
// must hold a food handler card").
const OBLIGES =
  /\b(?:you (?:must|need|should|have to|will need)|you'll need|must|required|requires?|mandatory|debe[sn]?|deberas|deve[ms]?|devera|tiene que|tem que|precisa(?:ra)? (?:ter|possuir)|necesita(?:ra)? (?:tener|contar)|imprescindi\p{L}+|indispensa\p{L}+|obligatori\p{L}+|obrigatori\p{L}+|exigid\p{L}*|requerid\p{L}*|requisit\p{L}*)\b/u

// A statute named ("the … Act", "Law 1581", "la Ley …", "a Lei …", "GDPR", "LGPD", an ordinance, a regulation).
const STATUTE =
  /\b(?:act|acts|law|laws|ordinance|statute|directive|ley|leyes|lei|leis|decreto|portaria|gdpr|rgpd|lgpd|ccpa)\b/u
// A lead citing a statute as the ground of what follows ("Pursuant to", "In accordance with", "In compliance with",
// "As required by", "Conforme", "De acuerdo con", "En cumplimiento de", "Em cumprimento à", "Nos termos da").
const CITING_LEAD =
  /^(?:pursuant to|in accordance with|in compliance with|in line with|as (?:required|mandated) by|consistent with|under|per|conforme|de acuerdo (?:con|a)|de conformidad con|en cumplimiento (?:de|con)|segun|em cumprimento|em conformidade com|de acordo com|nos termos d[aoe]s?|atendendo)\b/u

// What a legal notice is about: the listing and its pay, the hiring, the applicants and their data, the employer.
const HIRING_TOPIC =
  /\b(?:pay|salary|range|compensation|wages?|applicants?|candidates?|applications?|position|role|vacancy|job|posting|listing|hiring|employer|employment|information|data|we|our|vaga|cargo|puesto|oferta|vacante|salario|remunerac\p{L}*|candidat\p{L}*|postulant\p{L}*|aspirant\p{L}*|dados|datos|informac\p{L}*|tratamiento|tratamento|pcd|deficien\p{L}*|discapacidad|disabilit\p{L}*|nuestr[oa]s?|noss[oa]s?|empresa|company)\b/u

/**
 * "Pursuant to the State Pay Transparency Act, the range above is a good-faith estimate", "Conforme a Lei 8.213, esta
 * vaga também é destinada a PcD", "De acuerdo con la Ley 1581, tus datos serán tratados …": a sentence grounded on a
 * statute its lead cites, asking nothing.
 */
function citesLaw(folded: string): boolean {
  const lead = CITING_LEAD.exec(folded)
  if (!lead) return false
  // The statute is named in the lead's own clause, before its comma.
  const clause = folded.slice(lead[0].length).split(/[,;:]/u)[0] ?? ''
  // What the statute grounds is the listing, its pay, the hiring or the applicants; "In accordance with the Act, lock
  // the cabinet at close" grounds a duty, which stays work.
  const rest = folded.slice(lead[0].length + clause.length)
  return STATUTE.test(clause) && HIRING_TOPIC.test(rest) && !isDutyLike(rest)
}

// The applicant's data or privacy, owned by the applicant ("your personal data", "the privacy of candidates", "tus
// datos", "seus dados pessoais", "la información que nos facilites").
const APPLICANT_DATA =
  /\b(?:(?:your|tu|tus|su|sus|seu|seus|sua|suas)\s+(?:personal\s+)?(?:data|information|details|privacy|datos|dados|informac\p{L}*|privacidad|privacidade)|(?:data|information|privacy|datos|dados|informac\p{L}*|privacidad|privacidade)(?:\s+(?:personal|personales|pessoais))?\s+(?:of|from|de|do|dos|das|del)\s+(?:the\s+|los\s+|las\s+|os\s+|as\s+)?(?:applicants?|candidates?|candidat[oa]s?|postulantes?|aspirantes?|interessad[oa]s?|interesad[oa]s?)|(?:applicant|candidate)(?:'s|s')?\s+(?:personal\s+)?(?:data|information|privacy)|(?:information|informacion|informacao|datos|dados)\s+(?:(?:you|que)\s+)?(?:provide|submit|share|nos (?:facilites|proporciones|envies|envie|forneca|compartilhe)|(?:fornec|proporcion|facilit|envi)\p{L}*))\b/u
// What the employer does with them: respects, protects, keeps, processes, uses, stores, deletes.
const KEEPS_DATA =
  /\b(?:respect\p{L}*|protect\p{L}*|treat\p{L}*|process\p{L}*|handl\p{L}*|stor\p{L}*|kept|keep|used?|retain\p{L}*|delet\p{L}*|confidential\p{L}*|respet\p{L}*|respeit\p{L}*|proteg\p{L}*|protej\p{L}*|tratad\p{L}*|tratar\p{L}*|tratamos|tratara\p{L}*|utiliz\p{L}*|usad[oa]s|guardad\p{L}*|armazenad\p{L}*|almacenad\p{L}*|conservad\p{L}*|mantid\p{L}*|resguard\p{L}*|eliminad\p{L}*|excluid\p{L}*|confidencial\p{L}*)\b/u

// Who will hear back: only those the employer picks ("only shortlisted candidates will be contacted", "solo se
// contactará a los preseleccionados", "somente os selecionados serão chamados").
// "Só" folds to "so", which English uses otherwise: it counts only before an article.
const ONLY = /\b(?:only|solo|solamente|unicamente|somente|apenas|so (?=os |as ))/u
const PICKED =
  /^(?:selected|shortlisted|successful|short-listed|chosen|those|seleccionad\p{L}*|preseleccionad\p{L}*|selecionad\p{L}*|pre-?selecionad\p{L}*|escogid\p{L}*|escolhid\p{L}*|finalistas|aprovad\p{L}*|aprobad\p{L}*|quienes|aquell\p{L}*|aquel\p{L}*|quem)\b/u
const HEAR_BACK =
  /\b(?:contact\p{L}*|notif\p{L}*|hear back|be called|receive a (?:reply|response)|respond\p{L}*|replied|contactar\p{L}*|contactad\p{L}*|contatad\p{L}*|contatar\p{L}*|contactaremos|contataremos|llamad\p{L}*|chamad\p{L}*|avisad\p{L}*|comunicad\p{L}*|respuesta|resposta|retorno|en contacto|em contato)\b/u
// A criterion the candidate must meet to be picked ("Only candidates with a CDL will be contacted"): an ask, kept.
const CRITERION =
  /\b(?:with|who (?:have|has|hold|meet|speak)|that (?:have|meet)|meeting|holding|con|com|que (?:tengan|tenham|cumplan|cumpram|posean|possuam|cuenten|hablen|falem|vivan|morem))\b/u

function limitsWhoHearsBack(folded: string): boolean {
  const only = ONLY.exec(folded)
  if (!only) return false
  // Who is picked comes within a few words of "only" ("only those selected", "solo nos pondremos en contacto con
  // los preseleccionados").
  const after = folded
    .slice(only.index + only[0].length)
    .split(/\s+/u)
    .filter((word) => word.length > 0)
    .slice(0, 7)
  const picked = after.some((word) => PICKED.test(word))
  // Being put in touch with someone is hearing back, not a criterion ("en contacto con", "em contato com").
  const criterionFree = folded.replace(
    /\b(?:in|en|em) (?:contact|contacto|contato) (?:with|con|com)\b/gu,
    ' ',
  )
  return picked && HEAR_BACK.test(folded) && !CRITERION.test(criterionFree)
}

// The reader's need for an adjustment to the hiring ("If you need an accommodation during the application process",
// "Se precisar de adaptações no processo seletivo", "Si necesitas ajustes para la entrevista").
const IF = /^(?:if|should you|where|se|si|caso)\b/u
const ADJUSTMENT =
  /\b(?:accommodat\p{L}*|adjustments?|alternative (?:methods?|formats?|arrangements?|means)|assistance|support|adaptac\p{L}*|adaptaç\p{L}*|ajustes?|acomodac\p{L}*|accesib\p{L}*|acessib\p{L}*|apoio|apoyo|asistencia|assistencia|formatos? alternativos?|metodos alternativos)\b/u
const HIRING =
  /\b(?:application|applying|apply|screening|interviews?|hiring|recruit\p{L}*|selection|assessments?|candidatura|candidatar\p{L}*|postulac\p{L}*|postular\p{L}*|inscri\p{L}*|entrevistas?|proceso|processo|seleccion|selecao|seletivo|reclutamiento|recrutamento|pruebas|provas)\b/u

function offersAdjustments(folded: string): boolean {
  return IF.test(folded) && ADJUSTMENT.test(folded) && HIRING.test(folded) && !isAskedTrait(folded)
}

// "If you need support with X, you must be self-sufficient": nothing like it is known, but a trait asked in the same
// breath ("you must be able to …") is a requirement, whatever else the sentence says.
function isAskedTrait(folded: string): boolean {
  return /\b(?:must be able|debe(?:ra)? ser capaz|deve(?:ra)? ser capaz|must have|debe tener|deve ter)\b/u.test(
    folded,
  )
}

// More on the job or the employer to be read elsewhere ("Additional information about benefits can be found on our
// careers page", "Mais informações em nosso site", "Encuentra más detalles en nuestra web").
const MORE_INFO =
  /\b(?:(?:additional|more|further|full|detailed) (?:information|info|details)|(?:mais|mas|otras|outras) (?:informac\p{L}*|info|detalles|detalhes)|informac\p{L}* (?:adicional\p{L}*|complementar\p{L}*))\b/u
const ELSEWHERE = /\b(?:page|site|website|web|link|portal|url|pagina|sitio|enlace|https?|www)\b/u

function pointsElsewhere(folded: string): boolean {
  return MORE_INFO.test(folded) && ELSEWHERE.test(folded) && folded.split(/\s+/u).length <= 20
}

/**
 * True when a sentence is a notice about the hiring, not an ask: a statute cited as its ground, how the applicants'
 * data are kept, an offer of adjustments to the process, who alone will hear back, or where to read more.
 * "Must be able to pass a background check", "Disponibilidade para entrevistas presenciais" ask, and stay.
 */
export function statesHiringNotice(sentence: string): boolean {
  const folded = normalizeText(sentence.trim())
    .replace(/^[^\p{L}]+/u, '')
    .replace(/\s+/gu, ' ')
  // An offer of adjustments tells the reader what they "must" do to get one: the obligation is the process's.
  if (offersAdjustments(folded)) return true
  // A rule of the selection names the requirements it rules on, which the obligation words below would take as asks.
  if (statesSelectionRule(folded)) return true
  // A clause of a notice that rules the process (enrolment, tests, ties, vacancies) asks nothing of the candidate,
  // though it may name the papers or the qualifications the process looks at.
  if (statesNoticeProcedure(sentence)) return true
  if (OBLIGES.test(folded) || isQualificationLike(sentence)) return false
  if (citesLaw(folded) || limitsWhoHearsBack(folded) || pointsElsewhere(folded)) return true
  return APPLICANT_DATA.test(folded) && KEEPS_DATA.test(folded) && findRequirementPredicate(sentence) === null
}
