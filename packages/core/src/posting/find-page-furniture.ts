import type { Taxonomy } from '../taxonomy'
import { findSkills } from '../taxonomy'
import { normalizeText } from './normalize-text'
import { classifyHeading, isQualificationLike } from './posting-cues'

/** Why a line of a pasted page was set aside instead of being read as part of the posting. */
export type FurnitureReason =
  | 'navigation'
  | 'numbers'
  | 'salary'
  | 'interface'
  | 'title-list'
  | 'question'
  | 'answer'
  | 'title'
  | 'narrative'
  | 'company'

export type SetAside = { start: number; end: number; text: string; reason: FurnitureReason }

export type PageLine = { start: number; end: number; text: string; blankBefore: boolean; blankAfter: boolean }

const BULLET = /^\s*(?:[-•●▪◦‣*+·]|\d{1,2}[.)])\s/u
/** Emoji and pictographs used as bullets by pasted pages ("✅ 3+ years of Go"). */
const EMOJI_BULLET = /^\s*[\p{Extended_Pictographic}\p{Emoji_Presentation}][\uFE0F\u200D]*\s*/u

/** Splits a posting into its non-empty lines, noting which ones stand between blank lines. */
export function readPageLines(text: string): PageLine[] {
  const lines: PageLine[] = []
  const pattern = /[^\r\n]*/g
  let previousBlank = true
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const blank = match[0].trim().length === 0
    const last = lines[lines.length - 1]
    if (blank) {
      if (last) last.blankAfter = true
    } else {
      lines.push({
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        blankBefore: previousBlank,
        blankAfter: false,
      })
    }
    previousBlank = blank
    pattern.lastIndex = match.index + match[0].length + 1
    if (pattern.lastIndex > text.length) break
  }
  const last = lines[lines.length - 1]
  if (last) last.blankAfter = true
  return lines
}

/** True when a line is a bullet item, whether marked with a dash, a number or an emoji. */
export function isBulletLine(line: string): boolean {
  return BULLET.test(line) || EMOJI_BULLET.test(line)
}

function words(line: string): string[] {
  return line
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0)
}

/** Share of a line's characters covered by taxonomy skills. */
function skillShare(line: string, taxonomy: Taxonomy): number {
  const letters = line.replace(/[^\p{L}\p{N}]/gu, '').length
  if (letters === 0) return 0
  const covered = findSkills(line, taxonomy).reduce(
    (sum, match) => sum + match.surface.replace(/[^\p{L}\p{N}]/gu, '').length,
    0,
  )
  return covered / letters
}

/** Lines with no words (item numbers, dates, counters) carry nothing a candidate can meet. */
function isNumbersOnly(line: string): boolean {
  const letters = (line.match(/\p{L}/gu) ?? []).length
  const digits = (line.match(/\p{N}/gu) ?? []).length
  return letters === 0 || (digits >= 4 && letters <= 2)
}

/**
 * Salary rows: a currency sign or an ISO-style code in brackets, with figures making up much of the line.
 * Sentences that merely mention money ("R$ 1 billion in savings") have far more letters than figures.
 */
function isMoneyRow(line: string): boolean {
  const currency = /\p{Sc}|\(\p{Lu}{3}\)|\b\p{Lu}{3}\s?\d/u.test(line)
  if (!currency) return false
  const digits = (line.match(/\p{N}/gu) ?? []).length
  const letters = (line.match(/\p{L}/gu) ?? []).length
  return digits >= 4 && digits >= letters * 0.5
}

/**
 * Breadcrumbs: three or more short segments joined by path separators ("Home/Roles/Data Engineer") that are not a
 * list of skills ("Python/Scala/C++").
 */
function isBreadcrumb(line: string, taxonomy: Taxonomy): boolean {
  if (isBulletLine(line) || /[.!?;:,]$/.test(line.trim())) return false
  const segments = line.trim().split(/\s*(?:\/|>|›|»|\|)\s*/u)
  if (
    segments.length < 3 ||
    segments.some((segment) => words(segment).length > 5 || !/^[\p{Lu}\p{N}]/u.test(segment))
  )
    return false
  const skillSegments = segments.filter((segment) => skillShare(segment, taxonomy) >= 0.6).length
  return skillSegments < segments.length / 2
}

/**
 * Buttons and tabs pasted without spaces ("Start for FreeView Plans", "TechnologyHigh Demand"): a word where a
 * lower-case letter runs into a capitalised word, which the taxonomy does not know as one name (PyTorch, GitHub).
 */
function hasGluedWords(line: string, taxonomy: Taxonomy): boolean {
  for (const word of words(line)) {
    if (!/\p{Ll}\p{Lu}\p{Ll}/u.test(word)) continue
    const bare = word.replace(/^[^\p{L}]+|[^\p{L}\p{N}+#]+$/gu, '')
    const matches = findSkills(bare, taxonomy)
    const whole = matches.some((match) => match.surface.length >= bare.length - 1)
    if (!whole) return true
  }
  return false
}

/** A short line reading as a title or label: no sentence punctuation, no bullet, few words. */
function isShortLabel(line: string): boolean {
  const trimmed = line.trim()
  return (
    words(trimmed).length <= 6 &&
    !/[.!?;:,]$/.test(trimmed) &&
    !isBulletLine(trimmed) &&
    /^\p{Lu}/u.test(trimmed)
  )
}

/** A short label line standing alone between blank lines, the shape of an undecorated web-page heading. */
export function isStandaloneLabel(line: PageLine): boolean {
  const trimmed = line.text.trim()
  return (
    line.blankBefore &&
    line.blankAfter &&
    words(trimmed).length <= 8 &&
    !/[.!?;,]$/.test(trimmed) &&
    !isBulletLine(trimmed) &&
    /^[\p{Lu}\p{N}]/u.test(trimmed)
  )
}

/** The words of a line, lower-cased and accent-folded, three letters or more. */
function contentWords(line: string): string[] {
  return (normalizeText(line).match(/\p{L}{3,}/gu) ?? []).filter((word) => word.length >= 3)
}

/**
 * Runs of three or more consecutive short label lines that repeat a word ("Junior ML Engineer", "Senior ML
 * Engineer", ...) are a career ladder or a list of related roles, not requirements: a list of skills rarely repeats
 * a word from line to line.
 */
function findTitleRuns(lines: readonly PageLine[], taxonomy: Taxonomy): Set<number> {
  const found = new Set<number>()
  let index = 0
  while (index < lines.length) {
    let end = index
    while (
      end < lines.length &&
      isShortLabel((lines[end] as PageLine).text) &&
      !isQualificationLike((lines[end] as PageLine).text) &&
      (end === index || !(lines[end] as PageLine).blankBefore)
    )
      end += 1
    const run = lines.slice(index, end)
    if (run.length >= 3) {
      const counts = new Map<string, number>()
      for (const line of run)
        for (const word of new Set(contentWords(line.text))) counts.set(word, (counts.get(word) ?? 0) + 1)
      const repeated = Math.max(0, ...counts.values())
      const skillLike = run.filter((line) => skillShare(line.text, taxonomy) >= 0.8).length
      if (repeated >= Math.ceil(run.length * 0.6) && skillLike < run.length / 2)
        for (let position = index; position < end; position += 1) found.add(position)
    }
    index = Math.max(end, index + 1)
  }
  return found
}

function isQuestion(line: string): boolean {
  return /\?\s*$/.test(line.trim()) && !isBulletLine(line)
}

/**
 * Finds the lines of a pasted page that are not the posting: navigation, figures, salary tables, glued buttons,
 * career ladders and question-and-answer blocks. Works on the shape of lines, not on page phrases, so it holds on
 * pages it has never seen. `isHeading` lets a question that names a known section ("Who are you?") stay a heading.
 */
export function findPageFurniture(
  lines: readonly PageLine[],
  taxonomy: Taxonomy,
): Map<number, SetAside['reason']> {
  const reasons = new Map<number, SetAside['reason']>()
  const titleRuns = findTitleRuns(lines, taxonomy)
  let answering = false
  for (const [index, line] of lines.entries()) {
    const text = line.text.trim()
    if (isNumbersOnly(text)) {
      reasons.set(index, 'numbers')
      continue
    }
    if (isMoneyRow(text)) {
      reasons.set(index, 'salary')
      continue
    }
    if (isBreadcrumb(text, taxonomy)) {
      reasons.set(index, 'navigation')
      continue
    }
    if (
      words(text).length <= 8 &&
      !isBulletLine(text) &&
      !isQualificationLike(text) &&
      hasGluedWords(text, taxonomy)
    ) {
      reasons.set(index, 'interface')
      continue
    }
    if (titleRuns.has(index)) {
      reasons.set(index, 'title-list')
      continue
    }
    if (isQuestion(text)) {
      answering = classifyHeading(text.replace(/\?\s*$/, '')) === null
      if (answering) reasons.set(index, 'question')
      continue
    }
    // A brand name above everything else ("ACMEHR" over the breadcrumbs) is the site's, not the role's title.
    if (index === 0 && lines.length > 1 && /^\p{Lu}{3,}$/u.test(text) && skillShare(text, taxonomy) < 0.8) {
      reasons.set(index, 'navigation')
      continue
    }
    // The prose after a question, up to the next standalone label or bullet list, is its answer.
    if (answering && !isBulletLine(text) && !isStandaloneLabel(line)) {
      reasons.set(index, 'answer')
      continue
    }
    answering = false
  }
  return reasons
}
