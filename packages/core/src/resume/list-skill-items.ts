import type { ResumeProfile } from '../types'
import { enumeratesItems, isListLabel, labelPrefix, listLabelPattern } from './is-list-line'
import { bulletPattern, splitLines, type TextLine } from './split-lines'

// "(Less than 1 year)", "(3 years)", "- 2 yrs": how long, not what.
const durationPattern =
  /\(?\s*(?:less than\s+)?\d+(?:\.\d+)?\+?\s*(?:yrs?|years?|mos?|months?|anos?|años?|meses?)\s*\)?/giu
const maxItemWords = 5
const maxItemLength = 40
const minWrapWidth = 40

function cleanItem(raw: string): string | null {
  const item = raw
    .replace(durationPattern, ' ')
    .replace(labelPrefix, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—:.*]+|[\s\-–—:.*]+$/gu, '')
    .trim()
  if (item.length < 1 || item.length > maxItemLength || !/\p{L}/u.test(item)) return null
  // A link or an address is contact data a page footer left in the list.
  if (/\/\/|@|\bwww\./iu.test(item)) return null
  if (item.split(' ').length > maxItemWords) return null
  // "1 year" or "less than" left over from a duration broken over two lines.
  if (/^(?:less than|less|than|years?\)?|yrs?\)?)$/i.test(item)) return null
  return item
}

// Separators between the items of a list line. A parenthesis opens more items ("Cloud (AWS, Azure)") or spells an
// item out another way ("CCNA (Cisco Certified Network Associate)"); either way what it holds is listed on its own,
// rather than as the broken halves "Cloud (AWS" and "Azure)".
const itemSeparator = /\s*[,;•●▪|()]\s*|\s+-\s+/u

// "Technologies - Visual Studio, Azure": a label before a dash when a list follows it.
const dashLabelPattern = /^[^,;:：()•●▪|-]{2,30}?\s+[-–—]\s*(?=[^,]+,)/u

/**
 * The list without its label: "Tools: Jira, Git", "Tools - Jira, Git" and a table row "Tools Jira, Git" all list
 * Jira and Git.
 */
function stripLabel(body: string): string {
  const trimmed = body.trim()
  if (labelPrefix.test(trimmed)) return trimmed.replace(labelPrefix, '').replace(/^[-–—]\s*/u, '')
  if (dashLabelPattern.test(trimmed)) return trimmed.replace(dashLabelPattern, '')
  return trimmed.replace(listLabelPattern, '')
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** Text copied out of HTML keeps its entities ("R&amp;D"); their ";" would otherwise split an item in two. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => entities[name] ?? '')
}

/** The line length text wraps at: long lines near it were broken by the page, not by the writer. */
function wrapWidth(lines: readonly TextLine[]): number {
  const lengths = lines
    .map((line) => line.text.trimEnd().length)
    .filter((length) => length > 0)
    .sort((a, b) => a - b)
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0
}

/**
 * Joins a line broken by the page to the one before it: a PDF wraps "DNS (Less" / "than 1 year), EIGRP" mid-item,
 * so judging the physical lines alone would cut items and misread wrapped sentences as lists.
 */
function continuesLine(previous: TextLine, line: TextLine, width: number): boolean {
  const before = previous.text.trimEnd()
  const text = line.text.trim()
  if (bulletPattern.test(line.text) || labelPrefix.test(text) || /[.:：!?]$/.test(before)) return false
  if (/[,(&/]$|\b(?:and|or|e|y)$/iu.test(before)) return true
  // A line opening in lower case carries on a sentence ("… strategy to action by" / "suggesting right processes").
  if (/^\p{Ll}/u.test(text) && /\p{L}$/u.test(before)) return true
  // Below a narrow column's width, short lines are items of their own, not wrapped text.
  return width >= minWrapWidth && before.length >= width * 0.8
}

/**
 * The items a resume lists in its skills sections, as written ("Tools: Jira, Git" gives Jira and Git), without
 * labels or durations. Covers skills the taxonomy does not know.
 */
export function listSkillItems(text: string, profile: ResumeProfile): string[] {
  const skillSections = profile.sections.filter((section) => section.name === 'skills')
  const lines = splitLines(text)
  const width = wrapWidth(lines)
  const entries: string[] = []
  let previous: TextLine | null = null
  for (const line of lines) {
    const section = skillSections.find(
      (candidate) => line.start >= candidate.start && line.start < candidate.end,
    )
    const trimmed = line.text.trim()
    // The heading's own line may carry the first items ("SKILL SET • ASP.NET, C#").
    const content =
      section?.heading && line.start === section.start && trimmed.startsWith(section.heading)
        ? trimmed.slice(section.heading.length).replace(/^\s*[:：]/u, '')
        : trimmed
    if (!section || content.trim() === '') {
      previous = null
      continue
    }
    // A section's first line never carries on the last line of the section before it.
    if (line.start === section.start) previous = null
    if (previous && entries.length > 0 && continuesLine(previous, line, width)) {
      entries[entries.length - 1] += ` ${content}`
    } else entries.push(content)
    previous = line
  }
  const items: string[] = []
  const seen = new Set<string>()
  for (const entry of entries) {
    const body = decodeEntities(entry).replace(bulletPattern, '').replace(durationPattern, ' ')
    // A label alone on its line ("Operating Systems:", or "Build Tools" in a table's first column) is not a skill.
    if (/[:：]\s*$/.test(body) || isListLabel(body)) continue
    const list = stripLabel(body)
    // A sentence in a skills section describes rather than lists; only its list-like lines are split.
    if (!enumeratesItems(list) && list.split(/\s+/).length > maxItemWords) continue
    for (const raw of list.split(itemSeparator)) {
      const item = cleanItem(raw)
      if (!item) continue
      const key = item.toLowerCase()
      if (seen.has(key)) continue
      seen.add(key)
      items.push(item)
    }
  }
  return items
}
