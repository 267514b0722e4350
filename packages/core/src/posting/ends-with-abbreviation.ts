// Abbreviations a full stop ends without ending the sentence: Latin shorthands ("e.g.", "p. ej.", "approx."),
// company forms before more of the name ("Inc.", "Ltda.") and the titles that precede a person's name in EN, PT and ES
// ("founded by Dr. Lee", "fundado por el Lic. Pérez", "com a Profa. Lima").
const ABBREVIATION =
  /(?:^|[^\p{L}.])(?:e\.g|i\.e|etc|vs|cf|ex|approx|aprox|p\.\s?ex|p\.\s?ej|ej|dr|dra|drs|dras|mr|mrs|ms|mx|sr|sra|sras|srs|srta|jr|prof|profa|profs|ing|lic|licda|arq|eng|enga|mtro|mtra|rev|hon|capt|sgt|lt|col|gen|st|ste|av|ave|avda|inc|ltd|ltda|corp|cia|co|bros|dept|depto|dpto|tel|nº|n\.º)\.$/iu

/** True when the text before a sentence stop ends with an abbreviation, so the stop does not end a sentence. */
export function endsWithAbbreviation(before: string): boolean {
  return ABBREVIATION.test(before.slice(-10))
}
