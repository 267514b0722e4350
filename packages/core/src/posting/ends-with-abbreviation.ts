// Abbreviations a full stop ends without ending the sentence: Latin shorthands ("e.g.", "p. ej.", "approx."),
// company forms before more of the name ("Inc.", "Ltda.") and the titles that precede a person's name in EN, PT and ES
// ("founded by Dr. Lee", "fundado por el Lic. Pérez", "com a Profa. Lima").
const ABBREVIATION =
  /(?:^|[^\p{L}.])(?:e\.g|i\.e|etc|vs|cf|ex|approx|aprox|p\.\s?ex|p\.\s?ej|ej|dr|dra|drs|dras|mr|mrs|ms|mx|sr|sra|sras|srs|srta|jr|prof|profa|profs|ing|lic|licda|arq|eng|enga|mtro|mtra|rev|hon|capt|sgt|lt|col|gen|st|ste|av|ave|avda|inc|ltd|ltda|corp|cia|co|bros|dept|depto|dpto|tel|nº|n\.º)\.$/iu

// The shorthands a classified ad or a notice clips its asks with, in EN, PT and ES: a bound ("min.", "mín.", "máx."),
// a category or class ("cat.", "categ.", "cl."), experience, preference and requirement ("exp.", "pref.", "req.",
// "exig."), the firm ("emp."), and the parts of a week or a day ("sem.", "noct.", "hs."). The word a stop after them
// clips goes on in the same sentence ("exp. mín. 2 años", "libreta prof. cat. G").
const CLIPPED_WORD =
  /(?:^|[^\p{L}.])(?:min|mín|max|máx|cat|categ|cl|exp|exper|pref|req|reqs|exig|emp|sem|noct|hs|hrs|aprox|disp|resid|conoc|cert|excl|obs|nro|núm|num|aux|téc|tec|doc|docs|seg|sex|qtd|cond|carg)\.$/iu

// A lone capital after a short word in lower case ("na R. Brusque", "en la C. Mayor", "met J. Smith"): an initial or a
// street form, for a sentence does not end on a one-letter word after a preposition or an article.
const LONE_INITIAL = /(?:^|\s)\p{Ll}{1,4}\s+\p{Lu}\.$/u

/**
 * True when the text before a sentence stop ends with an abbreviation, so the stop does not end a sentence. A clipped
 * word may end its sentence too ("…obra de 15 pavtos. Nec. disp."): given the text after the stop, it holds the
 * sentence open only before a figure or a word in lower case ("exp. mín. 2 años", "guardias noct. y fin de semana").
 */
export function endsWithAbbreviation(before: string, after?: string): boolean {
  const clipped =
    CLIPPED_WORD.test(before.slice(-10)) && (after === undefined || /^\s*[\p{Ll}\p{N}]/u.test(after))
  return ABBREVIATION.test(before.slice(-10)) || clipped || LONE_INITIAL.test(before.slice(-12))
}

// A capital consonant standing alone: a grade, a class or a category ("cat. G vigente", "CAT. C P/ REPARTO", "Class
// B licence"). No sentence in EN, PT or ES opens on a one-letter word but a vowel ("A", "I", "E", "O", "Y").
const GRADE_LETTER = /^[B-DF-HJ-NP-TV-XZ](?:[\s/,;)]|$)/u

/** True when the text after a stop opens with a lone capital consonant, a grade letter, so no new sentence opens. */
export function opensWithGradeLetter(after: string): boolean {
  return GRADE_LETTER.test(after)
}
