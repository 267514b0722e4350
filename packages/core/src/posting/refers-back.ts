import { normalizeText } from './normalize-text'

// A pronoun that takes up what the verb before the joint governs: a part of it ("juggle deadlines and stay calm when
// two of them clash", "vários deles", "varios de ellos"), or the second verb's whole object ("log complaints and
// resolve them", "cumpri-los", "resolverlos"). The second verb goes on the first ask.
const REFERS_BACK =
  /\b(?:(?:of|among) them|deles|delas|de ellos|de ellas|entre ellos|entre ellas)\b|^\p{L}+(?:\s+(?:them|it)\b|-(?:los|las|lo|la)\b)|^\p{L}{3,}r(?:los|las)\b/u
/** True when the words after a joint take up, by a pronoun, what the verb before it governs ("… e manter a calma quando vários deles vencem"). */
export function refersBack(after: string): boolean {
  return REFERS_BACK.test(normalizeText(after))
}
