import type { Taxonomy } from './load-taxonomy'
import type { Token } from './tokenize-text'

/** Longest word whose accents tell it from another word of the same letters ("acá" and ACA, "más" and MAS). */
const SHORT_WORD = 5

/** True when the whitespace-delimited run around `start`..`end` is an e-mail address, a web address or a handle. */
function sitsInAddress(text: string, start: number, end: number): boolean {
  const before = /\S*$/u.exec(text.slice(Math.max(0, start - 80), start))?.[0] ?? ''
  const after = /^\S*/u.exec(text.slice(end, end + 80))?.[0] ?? ''
  const run = `${before}${text.slice(start, end)}${after}`
  // "hr@company.ca", "@sales_team", "https://…/careers", "www.sap-jobs.com": the letters name a mailbox or a page.
  return run.includes('@') || /:\/\/|^www\./iu.test(run)
}

/**
 * True when lower-case letters after a count end in an abbreviation's dot ("casa de 2 qts.", "3 hrs. por dia"): a
 * unit or counted noun cut short, not an acronym, which is written in capitals and takes no dot.
 */
function abbreviatesWord(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const start = (tokens[first] as Token).start
  const end = (tokens[last] as Token).end
  const surface = text.slice(start, end)
  if (!/^\p{Ll}+$/u.test(surface) || text[end] !== '.') return false
  return tokens[first - 1]?.kind === 'digits'
}

function stripMarks(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '')
}

/**
 * True when a short word carries an accent that none of the skill's names carries ("acá" read as an alias "aca"):
 * in Portuguese and Spanish the accent tells a word of the sentence from the letters of an acronym.
 */
function accentedOtherWord(surface: string, skillId: string, taxonomy: Taxonomy): boolean {
  if (surface.length > SHORT_WORD || stripMarks(surface) === surface) return false
  const skill = taxonomy.skills.get(skillId)
  const names = [skill?.name ?? '', ...(skill?.aliases ?? [])].map((name) => name.toLowerCase())
  return !names.includes(surface.toLowerCase())
}

/**
 * True when the letters of a mention are written as another kind of token than a skill's name: part of an address
 * or handle, a counted abbreviation, or a short word whose accent makes it another word.
 */
export function writtenAsOtherToken(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  skillId: string,
  taxonomy: Taxonomy,
): boolean {
  const start = (tokens[first] as Token).start
  const end = (tokens[last] as Token).end
  return (
    sitsInAddress(text, start, end) ||
    abbreviatesWord(text, tokens, first, last) ||
    accentedOtherWord(text.slice(start, end), skillId, taxonomy)
  )
}
