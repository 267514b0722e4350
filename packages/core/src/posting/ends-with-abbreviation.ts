// Words written short with a stop that a capitalised name or word follows inside one sentence: titles before a
// person's name ("Dr.", "Sra.", "Ing.", "Lic."), company forms before more of the name ("Inc.", "Ltda."), and the
// short forms of Latin and of "for example" / "approximately" ("e.g.", "p. ej.", "approx.", "aprox.") in EN, PT and ES.
const ABBREVIATION =
  /(?:^|[^\p{L}.])(?:e\.g|i\.e|etc|vs|cf|approx|aprox|p\.\s?ex|p\.\s?ej|ej|dr|dra|drs|dras|mr|mrs|ms|mx|sr|sra|sras|srs|srta|jr|prof|profa|profs|ing|lic|licda|arq|eng|enga|mtro|mtra|rev|hon|capt|sgt|lt|col|gen|st|ste|av|ave|avda|inc|ltd|ltda|corp|cia|co|bros|dept|depto|dpto|tel|nº|n\.º)\.$/iu

/** True when the text up to a stop ends with a short form ("fundado por el Dr."), so the stop ends no sentence. */
export function endsWithAbbreviation(before: string): boolean {
  return ABBREVIATION.test(before.slice(-10))
}
