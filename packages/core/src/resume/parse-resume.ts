import { findSkills, type Taxonomy } from '../taxonomy'
import type { ResumeProfile, ResumeSection, SkillExperience, SkillMention, TextSpan } from '../types'
import { extractContact } from './extract-contact'
import { type DatedEntry, extractExperience, mergedMonths } from './extract-experience'
import { findSections, sectionAt } from './find-sections'
import { isListLine } from './is-list-line'
import { splitLines, type TextLine } from './split-lines'

export type ParseResumeOptions = {
  /** Stands for "now": open-ended ranges ("Present", "atual") end here, so results are reproducible. */
  referenceDate: Date
}

function lineAt(lines: TextLine[], offset: number): TextLine | undefined {
  let low = 0
  let high = lines.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const line = lines[middle]
    if (!line) break
    if (offset < line.start) high = middle - 1
    else if (offset > line.end) low = middle + 1
    else return line
  }
  return undefined
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}

function contains(outer: TextSpan, inner: TextSpan): boolean {
  return inner.start >= outer.start && inner.end <= outer.end
}

/**
 * Turns resume text into a profile: contact details, sections, dated experience entries and skills with the
 * years of the entries that mention them. Deterministic for a given text, taxonomy and reference date.
 */
export function parseResume(text: string, taxonomy: Taxonomy, options: ParseResumeOptions): ResumeProfile {
  const lines = splitLines(text)
  const sections: ResumeSection[] = findSections(text, lines)
  const contact = extractContact(text, lines, taxonomy)
  const dated: DatedEntry[] = extractExperience(text, lines, sections, options.referenceDate)
  const referenceYear = options.referenceDate.getUTCFullYear()

  // "github.com/jane" or "jane@kafka.dev" name a host, not a skill the person has.
  const addressSpans = [
    ...text.matchAll(/\S+@\S+|(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|org|io|dev|net)\/\S*/gu),
  ].map((match) => ({ start: match.index, end: match.index + match[0].length }))
  const insideAddress = (span: TextSpan) => addressSpans.some((address) => contains(address, span))
  const mentions: SkillMention[] = findSkills(text, taxonomy)
    .filter((match) => !insideAddress(match))
    .map((match) => {
      const section = sectionAt(sections, match.start)?.name ?? 'other'
      const line = lineAt(lines, match.start)
      const listed = section === 'skills' || (line !== undefined && isListLine(line.text))
      return {
        start: match.start,
        end: match.end,
        skillId: match.skillId,
        surface: match.surface,
        section,
        source: listed ? 'skills_list' : 'described_work',
      }
    })

  const bySkill = new Map<string, SkillMention[]>()
  for (const mention of mentions) {
    const list = bySkill.get(mention.skillId) ?? []
    list.push(mention)
    bySkill.set(mention.skillId, list)
  }
  const skills: SkillExperience[] = [...bySkill.entries()].map(([skillId, skillMentions]) => {
    const entries = dated.filter((item) => skillMentions.some((mention) => contains(item.entry, mention)))
    const intervals = entries.flatMap((item) => (item.interval ? [item.interval] : []))
    const endYears = entries.map((item) =>
      item.entry.current ? referenceYear : Number(item.entry.endDate?.slice(0, 4) ?? Number.NaN),
    )
    const validYears = endYears.filter((year) => Number.isFinite(year))
    return {
      skillId,
      years: round(mergedMonths(intervals) / 12),
      lastUsedYear: validYears.length > 0 ? Math.max(...validYears) : null,
      mentions: skillMentions,
    }
  })

  const allIntervals = dated.flatMap((item) => (item.interval ? [item.interval] : []))
  return {
    name: contact.name,
    headline: contact.headline,
    email: contact.email,
    phone: contact.phone,
    links: contact.links,
    sections,
    experiences: dated.map((item) => item.entry),
    skills,
    totalYears: round(mergedMonths(allIntervals) / 12),
  }
}
