import { normalizeText } from './normalize-text'

// Verbs of wanting or holding that a run of qualities is the object of ("Above all we need compassion, discretion
// and ...", "O perfil ideal tem cordialidade, agilidade e ...", "Valoramos la honestidad y ..."): a closed class in
// each language, as the verbs a posting asks with are few.
const WANTING =
  /^(?:need|needs|want|wants|value|values|seek|seeks|expect|expects|require|requires|has|have|bring|brings|precisamos|precisa|queremos|quer|buscamos|busca|procuramos|procura|valorizamos|valoriza|pedimos|pede|esperamos|espera|exigimos|exige|tem|ter|possuir|necesitamos|necesita|quiere|valoramos|valora|pide|tiene|tener|tengas|tenha)$/u
// The copula in the infinitive or the imperative ("Ser caprichosa, pontual e ...", "É importante ser discreto, ...",
// "You must be calm, tidy and ..."): what follows describes the person, as after a person word.
const COPULA = /^(?:be|ser|seas|sejas|sea|seja)$/u
// A lead-in is the few words of a frame, not a clause of its own.
const MOST_LEAD_WORDS = 6

/**
 * Where a run of qualities begins after a short lead-in that frames it, and whether the frame is a copula: the offset
 * after a verb of wanting or holding, or after "be" / "ser", within the line's first words. Null when the line opens
 * with no such frame.
 */
export function findQualityLeadIn(text: string): { at: number; copula: boolean } | null {
  const words = [...text.matchAll(/[\p{L}'’-]+/gu)].slice(0, MOST_LEAD_WORDS + 1)
  for (const [index, word] of words.entries()) {
    // A comma or a full stop before the verb ends the lead-in: the verb is in a clause of its own.
    if (/[,.;:]/u.test(text.slice(0, word.index))) return null
    const folded = normalizeText(word[0])
    const copula = COPULA.test(folded)
    if (!copula && !WANTING.test(folded)) continue
    const at = word.index + word[0].length
    if (index === words.length - 1 && at >= text.length) return null
    // An adverb after the verb grades the wanting ("Valorizamos muito curiosidade"), not the quality.
    const space =
      /^\s*(?:(?:muito|mucho|muy|really|also|especially|tambem|também|tambien|también|bastante)\s+)?/u
    return { at: at + (space.exec(text.slice(at))?.[0].length ?? 0), copula }
  }
  return null
}

// A predicate that closes a run of qualities, said of all of them ("... are non-negotiable", "... são essenciais",
// "... es fundamental"): a copula and a few words, with no comma after it.
// A copula after a pronoun is a clause of its own ("..., who is happy to work alone").
const CLOSING_PREDICATE =
  /(?<!\b(?:who|that|which|it|he|she|they|we|you|que|quien|quienes|ele|ela|eles|elas))\s+(?:are|is|matter|count|são|é|son|es)\s+[^,;:]{1,40}$/u
// A clause of reason gives why the qualities are asked ("..., ya que trabajamos en viviendas habitadas", "..., as
// you will meet families"), and asks nothing itself.
const REASON_CLAUSE =
  /,?\s+(?:ya que|puesto que|dado que|porque|pues|já que|pois|uma vez que|since|because|as (?:you|we|the|our)\b)\s/u

/** Where a predicate said of a whole run of qualities, or a clause of its reason, begins; else the text's length. */
export function findClosingPredicate(text: string): number {
  // An aside in brackets is said of the quality before it ("a booking tool (we use X, but Y is fine)").
  const outside = (at: number) =>
    (text.slice(0, at).match(/\(/gu) ?? []).length === (text.slice(0, at).match(/\)/gu) ?? []).length
  const reason = REASON_CLAUSE.exec(text)
  const rest = reason && outside(reason.index) ? text.slice(0, reason.index) : text
  const predicate = CLOSING_PREDICATE.exec(rest.replace(/[^\p{L})]+$/u, ''))
  return predicate && outside(predicate.index) ? predicate.index : rest.length
}
