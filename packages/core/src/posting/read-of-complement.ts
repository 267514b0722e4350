// What a Portuguese or Spanish field is of, after it: "cobranza de tarjetas de crédito", "manutenção de empilhadeiras".
// Up to three words after "de"; a second "de" may go on the phrase ("de tarjetas de crédito").
const OF_COMPLEMENT =
  /^[ \t]+((?:de|do|da|dos|das|del)[ \t]+(?:(?:el|la|los|las|o|a|os|as)[ \t]+)?\p{Ll}[\p{Ll}-]*(?:[ \t]+(?:de[ \t]+)?\p{Ll}[\p{Ll}-]*){0,2})/u
// Words that end the phrase: joints, relatives, verbs of being, words of degree or time.
const ENDS_PHRASE = /^(?:e|y|ou|o|u|que|com|con|em|en|para|por|como|ser|es|son|anos?|años?|meses|mes)$/u

/**
 * The "de" complement after a field written in lower case, up to the limit, without the words that end the phrase;
 * '' when none.
 */
export function readOfComplement(text: string, end: number, limit: number): string {
  const found = OF_COMPLEMENT.exec(text.slice(end, limit))?.[1] ?? ''
  const words: string[] = []
  for (const word of found.split(/[ \t]+/u)) {
    if (words.length > 1 && ENDS_PHRASE.test(word)) break
    words.push(word)
  }
  while (words.length > 0 && /^(?:de|do|da|dos|das|del|el|la|los|las|o|a|os|as)$/u.test(words.at(-1) ?? ''))
    words.pop()
  return words.length >= 2 ? words.join(' ') : ''
}
