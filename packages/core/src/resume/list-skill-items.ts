import type { ResumeProfile } from '../types'
import { findDateRanges } from './find-date-ranges'
import { isListLine } from './parse-resume'
import { bulletPattern, splitLines } from './split-lines'

// "(Less than 1 year)", "(3 years)", "- 2 yrs": how long, not what.
const durationPattern =
  /\(?\s*(?:less than\s+)?\d+(?:\.\d+)?\+?\s*(?:yrs?|years?|mos?|months?|anos?|años?|meses?)\s*\)?/giu
const labelPattern = /^[^:：]{1,30}[:：]\s*/u
const maxItemWords = 5
const maxItemLength = 40

function cleanItem(raw: string): string | null {
  const item = raw
    .replace(durationPattern, ' ')
    .replace(labelPattern, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—:.*]+|[\s\-–—:.*]+$/gu, '')
    .trim()
  if (item.length < 1 || item.length > maxItemLength || !/\p{L}/u.test(item)) return null
  if (item.split(' ').length > maxItemWords) return null
  // "1 year" or "less than" left over from a duration broken over two lines.
  if (/^(?:less than|less|than|years?\)?|yrs?\)?)$/i.test(item)) return null
  return item
}

/**
 * The items a resume lists in its skills sections, as written ("Tools: Jira, Git" gives Jira and Git), without
 * labels or durations. Covers skills the taxonomy does not know.
 */
export function listSkillItems(text: string, profile: ResumeProfile): string[] {
  const skillSections = profile.sections.filter((section) => section.name === 'skills')
  const items: string[] = []
  const seen = new Set<string>()
  for (const line of splitLines(text)) {
    if (line.text.trim() === '') continue
    const section = skillSections.find(
      (candidate) => line.start >= candidate.start && line.start < candidate.end,
    )
    const isHeading =
      section !== undefined && section.heading !== null && line.text.trim() === section.heading
    if (isHeading) continue
    if (!section) continue
    const body = line.text.replace(bulletPattern, '').replace(durationPattern, ' ')
    // A sentence in a skills section describes rather than lists; only its list-like lines are split.
    if (section && !isListLine(body) && body.split(/\s+/).length > maxItemWords) continue
    // Dates and a label alone on its line ("Operating Systems:") are not skills.
    if (findDateRanges(body).length > 0 || /[:：]\s*$/.test(body)) continue
    for (const raw of body.replace(labelPattern, '').split(/\s*[,;•●▪|]\s*|\s+-\s+/u)) {
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
