import { normalizeText } from './normalize-text'
import { findRequirementPredicate, isQualificationLike, readInlineKind } from './posting-cues'

// People the job deals with, other than the reader and the employer, as the sentence's subject: clients, patients,
// students, guests, colleagues ("Clients change their minds", "Os pacientes chegam cedo", "Los huéspedes esperan
// …"). A determiner of number may stand before them ("Some clients", "Muitos alunos", "Algunos proveedores").
const OTHERS_SUBJECT =
  /^(?:(?:and|but|also|e|mas|y|pero)\s+)?(?:(?:the|some|many|most|all|a few|os|as|alguns|algumas|muitos|muitas|todos|todas|os nossos|las|los|algunos|algunas|muchos|muchas|todos los|todas las)\s+)?(?:clients|customers|patients|users|students|pupils|learners|guests|residents|visitors|members|stakeholders|managers|colleagues|coworkers|partners|suppliers|vendors|drivers|callers|families|kids|children|parents|buyers|tenants|owners|clientes|pacientes|usuarios|alunos|alumnos|estudantes|estudiantes|hospedes|huespedes|moradores|residentes|visitantes|membros|miembros|gestores|colegas|parceiros|socios|fornecedores|proveedores|motoristas|conductores|familias|criancas|ninos|pais|padres|compradores|inquilinos|donos|duenos)\s+(?!(?:must|should|need|will need|deve|devem|precisa|precisam|debe|deben|necesita|necesitan|who|that|que|quien|quienes)\b)\p{L}/u
// The reader named, or a verb of obligation: the sentence asks of them after all ("Clients expect you to …").
const READER_OR_OBLIGATION =
  /\b(?:you|your|yours|voce|voces|seu|sua|tu|tus|usted|ustedes|must|required|expected|expect|need to|have to|has to|tem que|tienen que|deben|devem|obrigatori\p{L}*|imprescindi\p{L}*|indispensa\p{L}*)\b/u

/**
 * True when a sentence tells what other people in the job do or are like ("Clients change their minds, and experts
 * miss meetings", "Os pacientes chegam ansiosos", "Los huéspedes piden mucho"): the job's people described, with
 * nothing asked of the candidate. The reader named, a cue of kind or a qualification keeps it an ask.
 */
export function tellsOfOthers(sentence: string): boolean {
  const folded = normalizeText(sentence.trim())
    .replace(/^[^\p{L}]+/u, '')
    .replace(/\s+/gu, ' ')
  return (
    OTHERS_SUBJECT.test(folded) &&
    !READER_OR_OBLIGATION.test(folded) &&
    readInlineKind(folded) === null &&
    findRequirementPredicate(sentence) === null &&
    !isQualificationLike(sentence)
  )
}
