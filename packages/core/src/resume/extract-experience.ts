import type { ExperienceEntry, ResumeSection } from '../types'
import { type DateRange, findDateRanges, type MonthPoint } from './find-date-ranges'
import { classifyHeading } from './find-sections'
import { bulletPattern, type TextLine } from './split-lines'
import { roleFromHeaderLines, splitRoleHeader } from './split-role-header'

/** An experience entry plus the month interval it covers, [fromMonth, toMonth) in months since year 0. */
export type DatedEntry = { entry: ExperienceEntry; interval: [number, number] | null }

function monthIndex(point: MonthPoint): number {
  return point.year * 12 + (point.month - 1)
}

function toIso(index: number): string {
  const year = Math.floor(index / 12)
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`
}

/**
 * Month interval of a range. A bare end year counts from its January ("2016 - 2018" is about two years),
 * except when it equals the start year, which then covers that whole year.
 */
export function rangeInterval(range: DateRange, referenceDate: Date): { from: number; last: number } {
  const now = referenceDate.getUTCFullYear() * 12 + referenceDate.getUTCMonth()
  const from = Math.min(monthIndex(range.from), now)
  let last: number
  if (range.to === null) last = now
  else if (!range.to.monthKnown && range.to.year === range.from.year) last = range.to.year * 12 + 11
  else last = monthIndex(range.to)
  last = Math.min(Math.max(last, from), Math.max(now, from))
  return { from, last }
}

const durationPattern = /\(?\s*\d+\s*(?:yrs?|years?|mos?|months?|anos?|años?|meses?)\b[^)]*\)?/giu

// Blank lines, bullets, headings and prose sentences end the search for a header above a date line.
function isHeaderLine(line: string): boolean {
  const trimmed = line.trim()
  if (!trimmed || bulletPattern.test(line) || classifyHeading(line)) return false
  return trimmed.length <= 90 && !/[.!?]$/.test(trimmed)
}

// A link alone on a line is a page footer or a profile address, never part of a header.
const linkLine = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i

function isSkippableLine(line: string): boolean {
  return line.trim() === '' || linkLine.test(line)
}

/** Lines that may separate two header lines (or a header and its dates) without ending the header. */
const maxBlankRun = 4

const experienceLike = new Set(['experience', 'other', 'contact', 'summary'])

/** Finds dated experience entries (title, employer, dates) inside the experience sections. */
export function extractExperience(
  text: string,
  lines: TextLine[],
  sections: ResumeSection[],
  referenceDate: Date,
): DatedEntry[] {
  const hasExperienceSection = sections.some((section) => section.name === 'experience')
  const scopes = sections.filter((section) =>
    hasExperienceSection ? section.name === 'experience' : experienceLike.has(section.name),
  )
  const results: DatedEntry[] = []
  for (const scope of scopes) {
    const scopeLines = lines.filter((line) => line.start >= scope.start && line.start < scope.end)
    type Anchor = {
      /** The line where the dates end; the next entry's header cannot reach above it. */
      lineIndex: number
      range: DateRange
      headerStart: number
      header: string[]
      /** Text after the dates and the line below them, where some layouts put the employer or the role. */
      following: { text: string; start: number }[]
    }
    const anchors: Anchor[] = []
    const lineIndexAt = (offset: number) =>
      scopeLines.findIndex((line) => offset >= line.start && offset <= line.end)
    // Search the whole scope, not line by line: some layouts break "June 2015 / to / May 2017" over three lines.
    for (const range of findDateRanges(text.slice(scope.start, scope.end), scope.start)) {
      const lineIndex = lineIndexAt(range.start)
      const lastLineIndex = lineIndexAt(range.end)
      const line = scopeLines[lineIndex]
      const lastLine = scopeLines[lastLineIndex]
      const lastAnchor = anchors[anchors.length - 1]
      if (!line || !lastLine || bulletPattern.test(line.text)) continue
      // One entry per line: a second range on the same line is a detail of the first.
      if (lastAnchor && lineIndex <= lastAnchor.lineIndex) continue
      const before = text.slice(line.start, range.start).trim()
      const after = text.slice(range.end, lastLine.end).replace(durationPattern, ' ').trim()
      const following: Anchor['following'] = []
      // Dates inside a sentence ("based in Pune since 2014 to date.") repeat an entry's dates; the words around
      // them are not a header.
      if (!isHeaderLine(line.text) || !isHeaderLine(lastLine.text)) {
        anchors.push({ lineIndex: lastLineIndex, range, headerStart: line.start, header: [], following })
        continue
      }
      if (/\p{L}{2,}/u.test(after)) following.push({ text: after, start: range.end })
      const below = scopeLines[lastLineIndex + 1]
      if (below && isHeaderLine(below.text) && findDateRanges(below.text).length === 0) {
        following.push({ text: below.text, start: below.start })
      }
      // "Senior Engineer, Acme   Jan 2019 – Present": the header precedes the dates on the same line.
      if (/\p{L}{2,}/u.test(before)) {
        anchors.push({
          lineIndex: lastLineIndex,
          range,
          headerStart: line.start,
          header: [before],
          following,
        })
        continue
      }
      // Otherwise the role and employer sit on the one or two lines just above the dates. Exported profiles put
      // blank lines (and sometimes page-footer links) between them: "Title", "", "Employer - City -", "", dates.
      const header: string[] = []
      let headerStart = line.start
      let blankRun = 0
      for (let index = lineIndex - 1; index >= 0 && header.length < 2; index--) {
        const previous = scopeLines[index]
        if (lastAnchor && index <= lastAnchor.lineIndex) break
        if (!previous) break
        if (isSkippableLine(previous.text)) {
          blankRun += 1
          if (blankRun > maxBlankRun) break
          continue
        }
        blankRun = 0
        if (!isHeaderLine(previous.text)) break
        header.unshift(previous.text)
        headerStart = previous.start
      }
      anchors.push({ lineIndex: lastLineIndex, range, headerStart, header, following })
    }
    anchors.forEach((anchor, index) => {
      const next = anchors[index + 1]
      let end = next ? next.headerStart : scope.end
      while (end > anchor.headerStart && /\s/.test(text[end - 1] ?? '')) end--
      const { from, last } = rangeInterval(anchor.range, referenceDate)
      const following = anchor.following.filter((item) => !next || item.start < next.headerStart)
      let { title, employer } = roleFromHeaderLines(anchor.header)
      if (anchor.header.length === 0) {
        // Nothing above the dates: the header follows them ("2019 – 2021 Engineer at Acme", or the next line).
        ;({ title, employer } = roleFromHeaderLines(following.map((item) => item.text)))
      } else if (employer === null && following[0]) {
        // "Engineer\nJan 2019 – Present\nAcme Corp": the employer sits below the dates.
        employer = splitRoleHeader(following[0].text).title
      }
      results.push({
        entry: {
          start: anchor.headerStart,
          end,
          title,
          employer,
          startDate: toIso(from),
          endDate: toIso(last),
          current: anchor.range.to === null,
        },
        interval: [from, last + 1],
      })
    })
  }
  return results
}

/** Total months covered by intervals, counting overlaps once. */
export function mergedMonths(intervals: [number, number][]): number {
  const sorted = [...intervals].sort((left, right) => left[0] - right[0])
  let total = 0
  let current: [number, number] | null = null
  for (const interval of sorted) {
    if (current && interval[0] <= current[1]) current[1] = Math.max(current[1], interval[1])
    else {
      if (current) total += current[1] - current[0]
      current = [...interval]
    }
  }
  if (current) total += current[1] - current[0]
  return total
}
