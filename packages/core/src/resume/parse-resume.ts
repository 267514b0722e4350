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

/** Index of the last span starting at or before `offset` in spans sorted by start; -1 when none does. */
function lastStartingAtOrBefore(spans: readonly TextSpan[], offset: number): number {
  let low = 0
  let high = spans.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((spans[middle] as TextSpan).start <= offset) low = middle + 1
    else high = middle
  }
  return low - 1
}

type EntryIndex = {
  dated: readonly DatedEntry[]
  sorted: { item: DatedEntry; order: number }[]
  starts: TextSpan[]
  maxEnd: number[]
}

/** Entries sorted by start with the running maximum of their ends, so containment is a binary search. */
function indexEntries(dated: readonly DatedEntry[]): EntryIndex {
  const sorted = dated
    .map((item, order) => ({ item, order }))
    .sort((left, right) => left.item.entry.start - right.item.entry.start || left.order - right.order)
  const maxEnd: number[] = []
  for (const { item } of sorted) maxEnd.push(Math.max(maxEnd[maxEnd.length - 1] ?? -1, item.entry.end))
  return { dated, sorted, starts: sorted.map(({ item }) => item.entry), maxEnd }
}

/**
 * The entries that contain at least one of the mentions, in their original order. Walks back from the last entry
 * starting before each mention only while an earlier entry could still reach it (entries rarely overlap), instead
 * of testing every entry against every mention.
 */
function entriesContaining(index: EntryIndex, mentions: readonly TextSpan[]): DatedEntry[] {
  const found = new Set<number>()
  for (const mention of mentions) {
    for (let position = lastStartingAtOrBefore(index.starts, mention.start); position >= 0; position--) {
      if ((index.maxEnd[position] ?? -1) < mention.end) break
      const candidate = index.sorted[position]
      if (candidate && contains(candidate.item.entry, mention)) found.add(candidate.order)
    }
  }
  return [...found].sort((left, right) => left - right).flatMap((order) => index.dated[order] ?? [])
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
  // Each alternative may only start where its run of characters starts: otherwise a long run with no '@' or '.com'
  // is rescanned from every one of its positions, which is quadratic.
  const addressSpans = [
    ...text.matchAll(
      /(?<!\S)\S+@\S+|(?:https?:\/\/|www\.)\S+|(?<![\w-])[\w-]+\.(?:com|org|io|dev|net)\/\S*/gu,
    ),
  ].map((match) => ({ start: match.index, end: match.index + match[0].length }))
  // The spans are sorted and disjoint: only the last one starting at or before a mention can contain it.
  const insideAddress = (span: TextSpan) => {
    const address = addressSpans[lastStartingAtOrBefore(addressSpans, span.start)]
    return address !== undefined && contains(address, span)
  }
  // A long line can hold thousands of mentions; judge it once.
  const listLines = new Map<number, boolean>()
  const isListed = (line: TextLine) => {
    let listed = listLines.get(line.index)
    if (listed === undefined) {
      listed = isListLine(line.text)
      listLines.set(line.index, listed)
    }
    return listed
  }
  const mentions: SkillMention[] = findSkills(text, taxonomy)
    .filter((match) => !insideAddress(match))
    .map((match) => {
      const section = sectionAt(sections, match.start)?.name ?? 'other'
      const line = lineAt(lines, match.start)
      const listed = section === 'skills' || (line !== undefined && isListed(line))
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
  const entryIndex = indexEntries(dated)
  const skills: SkillExperience[] = [...bySkill.entries()].map(([skillId, skillMentions]) => {
    const entries = entriesContaining(entryIndex, skillMentions)
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
