// Abbreviations a full stop ends without ending the sentence: Latin shorthands ("e.g.", "p. ej.", "approx."),
// company forms before more of the name ("Inc.", "Ltda.") and the titles that precede a person's name in EN, PT and ES
// ("founded by Dr. Lee", "fundado por el Lic. Pérez", "com a Profa. Lima").
const ABBREVIATION =
  /(?:^|[^\p{L}.])(?:e\.g|i\.e|etc|vs|cf|ex|approx|aprox|p\.\s?ex|p\.\s?ej|ej|dr|dra|drs|dras|mr|mrs|ms|mx|sr|sra|sras|srs|srta|jr|prof|profa|profs|ing|lic|licda|arq|eng|enga|mtro|mtra|rev|hon|capt|sgt|lt|col|gen|st|ste|av|ave|avda|inc|ltd|ltda|corp|cia|co|bros|dept|depto|dpto|tel|nº|n\.º)\.$/iu

// A lone capital after a short word in lower case ("na R. Brusque", "en la C. Mayor", "met J. Smith"): an initial or a
// street form, for a sentence does not end on a one-letter word after a preposition or an article.
const LONE_INITIAL = /(?:^|\s)\p{Ll}{1,4}\s+\p{Lu}\.$/u

/** True when the text before a sentence stop ends with an abbreviation, so the stop does not end a sentence. */
export function endsWithAbbreviation(before: string): boolean {
  return ABBREVIATION.test(before.slice(-10)) || LONE_INITIAL.test(before.slice(-12))
}
