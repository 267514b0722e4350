import { normalizeText } from './normalize-text'
import { findRequirementPredicate, readInlineKind } from './posting-cues'

// A telephone number: seven digits or more grouped by spaces, dashes, dots or brackets, in three groups or more
// ("976 55 12 09", "(16) 99741-2208", "+64 21 555 0101") or as one long run ("0800123456"). Two groups ("2019-2023",
// "8-13") are a span of years or hours, never a number to call.
const PHONE =
  /(?<![\p{L}\p{N}])\+?\(?\d{1,5}\)?(?:[ .-]{1,3}\(?\d{1,5}\)?){2,}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\d{9,}(?![\p{L}\p{N}])/gu
// A date ("05.12.2026", "5-12-26") is grouped like a number to call.
const DATE = /^\d{1,2}[.-]\d{1,2}[.-]\d{2,4}$/u

// The channels a number is given for, and the shorthand an ad names them with ("Tel.", "Whats", "cel", "móvil").
const CHANNEL =
  /^(?:tel|tels|telf|telef|tlf|fone|telefone|telefono|phone|ph|mob|mobile|cel|cell|celular|movil|whats|whatsapp|wpp|zap|wa|sms|text|call|ligar|llamar|al|ao|para|or|ou|o|y|e|and)$/u

/** Most other words a line that gives a number may hold: a name to ask for, a time to call. */
const FEWEST_OTHER_WORDS = 3

/**
 * True when a sentence is the ad's number to call ("Tel. 976 77 40 18.", "Tel/Whats (16) 99741-2208 falar c/ Ana."):
 * a telephone number with no more than a channel, a name or a time beside it and no ask of its own. A classified ad
 * closes on it, and a number names nothing the candidate must have.
 */
export function namesContactNumber(sentence: string): boolean {
  const numbers = [...sentence.matchAll(PHONE)].filter(
    (match) => (match[0].match(/\d/gu) ?? []).length >= 7 && !DATE.test(match[0].trim()),
  )
  if (numbers.length === 0) return false
  let rest = sentence
  for (const match of numbers) rest = rest.replace(match[0], ' ')
  const folded = normalizeText(rest)
  if (readInlineKind(folded) !== null || findRequirementPredicate(folded) !== null) return false
  const words = (folded.match(/\p{L}+/gu) ?? []).filter((word) => !CHANNEL.test(word) && word.length > 1)
  return words.length <= FEWEST_OTHER_WORDS
}
