// The complement a Portuguese or Spanish field takes after it ("cobranza *de tarjetas de crédito*", "gestão *de
// frotas*"): "de" and plain lower-case words, maybe another "de" phrase offered as a choice ("o de microcréditos"),
// up to a mark or a word that opens another phrase. Capitals, digits and brackets end it: they name or illustrate.
const COMPLEMENT =
  /^[ \t]+(?:de|do|da|dos|das|del)[ \t]+\p{Ll}[\p{Ll}-]*(?:[ \t]+(?:(?:de|do|da|dos|das|del)[ \t]+)?\p{Ll}[\p{Ll}-]*){0,3}?(?:[ \t]+(?:o|ou|u)[ \t]+(?:de|do|da|dos|das|del)[ \t]+\p{Ll}[\p{Ll}-]*){0,1}(?=[ \t]*(?:[,;.:!?()]|$|[ \t](?:y|e|o|ou|u|para|por|con|com|en|em|que|como|and)\b))/u

/**
 * The complement that follows a field's words in Portuguese or Spanish, as written, or '' when none does. Read up to
 * `limit`, so it never runs into the next item.
 */
export function readRomanceComplement(text: string, from: number, limit: number): string {
  const found = COMPLEMENT.exec(text.slice(from, limit))
  return found ? found[0].trim() : ''
}
