// A classified ad opens on its title in capitals and runs on into its text on the same line ("CHOFER GRÚA AUXILIO
// MECÁNICO. Emp. de auxilio busca…", "MOTOQUEROS c/ moto propia…", "EXPERIENCED ROOFER wanted for…"): the newspaper's
// way of heading an ad it cannot set apart by layout. The capitals are the ad's name for the job, not an ask.

// A word in capitals: letters with no lower case, with the dots and slashes of shorthand ("CAT.", "P/", "C").
const CAPITALS_WORD = /^[\p{Lu}\p{N}./&'’-]+$/u

/** The title run a line opens with: its words in capitals, up to the first word in lower case. */
export function readAdTitleRun(line: string): string | null {
  const words = line.trim().split(/\s+/u)
  let count = 0
  while (
    count < words.length &&
    CAPITALS_WORD.test(words[count] as string) &&
    /\p{Lu}/u.test(words[count] ?? '')
  )
    count += 1
  const run = words.slice(0, count)
  // A title names the job: at least one word of four letters or more, all in capitals.
  if (!run.some((word) => (word.match(/\p{Lu}/gu)?.length ?? 0) >= 4)) return null
  // The ad runs on after its title: several words in lower case on the same line.
  const rest = words.slice(count)
  if (rest.filter((word) => /\p{Ll}{2}/u.test(word)).length < 4) return null
  return run.join(' ')
}

/**
 * True when a sentence is only an ad's title in capitals, cut from the head of a line that runs on in mixed case
 * ("CHOFER GRÚA AUXILIO MECÁNICO." before "Emp. de auxilio…", "SOLDADOR TIG." before "Metalúrgica contrata…").
 * A title of one word or a run closed by a colon ("REQUISITOS:") heads something else and is left to the headings.
 */
export function readsAsAdTitle(sentence: string, line: string): boolean {
  const said = sentence.trim()
  if (!line.trim().startsWith(said) || said.length >= line.trim().length) return false
  if (/\p{Ll}/u.test(said) || /:$/u.test(said) || /[,;]/u.test(said)) return false
  const words = said.replace(/[.!]+$/u, '').split(/\s+/u)
  return words.length >= 2 && readAdTitleRun(line) !== null
}
