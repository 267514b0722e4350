import type { ExperienceEntry, ResumeSection } from '../types'
import { type DateRange, findDateRanges, type MonthPoint } from './find-date-ranges'
import { classifyHeading } from './find-sections'
import { bulletPattern, firstLineFrom, linesStartingIn, type TextLine } from './split-lines'
import { hasTitleWord, isRoleHead, roleFromHeaderLines, splitRoleHeader } from './split-role-header'
import { tidyRoleHeader } from './tidy-role-header'

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

/**
 * How surely a value names a role: 2 with a listed role word ("Payroll Specialist"), 1 when it ends on a word whose
 * first sense is a person ("Head Groundskeeper"; English roles end on their head noun), else 0. Employers' names
 * may hold a person word inside ("Blue Heron Inn", "Smith & Sons Ltd"), rarely at the end and a listed one rarely.
 */
function roleStrength(value: string): number {
  if (hasTitleWord(value)) return 2
  const words = value.trim().split(/[\s/,]+/u)
  return isRoleHead(words[words.length - 1] ?? '') ? 1 : 0
}

// "Global IT Project Manager 05/2013 to Current Acme Corp Austin , TX Led the…": a role may open a date line that
// goes on into prose. What precedes the dates is then a header when it is short, names a role and is no sentence.
function readsAsLeadingRole(value: string): boolean {
  const trimmed = value.trim()
  return (
    trimmed.length > 0 &&
    trimmed.length <= 70 &&
    trimmed.split(/\s+/u).length <= 8 &&
    /^[\p{Lu}\p{N}]/u.test(trimmed) &&
    !/[.!?;:]/u.test(trimmed) &&
    roleStrength(trimmed) > 0
  )
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
  // A work history found inside another section has no heading of its own; it does not make the resume one with
  // an experience section, whose absence sends the search to the other sections too.
  const hasExperienceSection = sections.some(
    (section) => section.name === 'experience' && section.heading !== null,
  )
  const scopes = sections.filter(
    (section) => section.name === 'experience' || (!hasExperienceSection && experienceLike.has(section.name)),
  )
  const results: DatedEntry[] = []
  for (const scope of scopes) {
    const scopeFirstResult = results.length
    const scopeLines = linesStartingIn(lines, scope.start, scope.end)
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
    // The line holding an offset (its end included), by binary search: a scope can hold thousands of ranges.
    const lineIndexAt = (offset: number) => {
      const index = firstLineFrom(scopeLines, offset, 'end')
      const line = scopeLines[index]
      return line && line.start <= offset ? index : -1
    }
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
        const header = line === lastLine && readsAsLeadingRole(before) ? [before] : []
        anchors.push({ lineIndex: lastLineIndex, range, headerStart: line.start, header, following })
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
      let { title, employer, location } = roleFromHeaderLines(anchor.header)
      if (anchor.header.length === 0) {
        // Nothing above the dates: the header follows them ("2019 – 2021 Engineer at Acme", or the next line).
        ;({ title, employer, location } = roleFromHeaderLines(following.map((item) => item.text)))
      } else if (employer === null && following[0]) {
        // "Engineer\nJan 2019 – Present\nAcme Corp": the employer sits below the dates.
        const below = splitRoleHeader(following[0].text)
        employer = below.title ?? below.employer
      }
      // "Acme Corp July 2011 to May 2014 Accountant": some builders print the employer before the dates and the
      // role after them. A role names a kind of work or person; an employer does not, so the one that names a
      // role is the role, whichever side of the dates it sits on.
      if (
        title &&
        employer &&
        roleStrength(employer) > roleStrength(title) &&
        employer.split(/\s+/u).length <= 8
      ) {
        ;[title, employer] = [employer, title]
      }
      results.push({
        entry: {
          start: anchor.headerStart,
          end,
          title,
          employer,
          ...(location ? { location } : {}),
          startDate: toIso(from),
          endDate: toIso(last),
          current: anchor.range.to === null,
        },
        interval: [from, last + 1],
      })
    })
    if (scope.name === 'experience') {
      const leading = readLeadingEntry(text, scopeLines, anchors[0]?.headerStart ?? scope.end)
      if (leading) results.splice(scopeFirstResult, 0, leading)
    }
    applyLabelledFields(scopeLines, results, scopeFirstResult)
  }
  return results.map((item) => ({ ...item, entry: { ...item.entry, ...tidyRoleHeader(item.entry) } }))
}

function trimmedEnd(text: string, start: number, end: number): number {
  let position = end
  while (position > start && /\s/.test(text[position - 1] ?? '')) position--
  return position
}

/**
 * An undated first entry: "Software Developer", "Microsoft", then a description, right under the heading. Only a
 * header that names a role counts, so a summary paragraph is not mistaken for a job.
 */
function readLeadingEntry(text: string, scopeLines: TextLine[], limit: number): DatedEntry | null {
  const header: TextLine[] = []
  let blankRun = 0
  for (const [index, line] of scopeLines.entries()) {
    if (line.start >= limit || header.length === 2) break
    if (index === 0 && classifyHeading(line.text)) continue
    if (isSkippableLine(line.text)) {
      blankRun += 1
      if (blankRun > maxBlankRun) break
      continue
    }
    blankRun = 0
    if (!isHeaderLine(line.text) || findDateRanges(line.text).length > 0) break
    header.push(line)
  }
  const first = header[0]
  if (!first) return null
  const { title, employer } = roleFromHeaderLines(header.map((line) => line.text))
  if (!title || !hasTitleWord(title)) return null
  return {
    entry: {
      start: first.start,
      end: trimmedEnd(text, first.start, limit),
      title,
      employer,
      startDate: null,
      endDate: null,
      current: false,
    },
    interval: null,
  }
}

const titleLabel =
  /^\s*(?:current\s+)?(?:designation|position|role|job\s+title|title|cargo|puesto)\s*[:：]\s*(\S.*)$/iu
const employerLabel =
  /^\s*(?:current\s+)?(?:company(?:\s+name)?|organi[sz]ation|employer|empresa)\s*[:：]\s*(\S.*)$/iu

// "QuadGen Wireless Pvt. Ltd., Bangalore." names QuadGen Wireless Pvt. Ltd.: the value ends at a comma or sentence.
function labelValue(raw: string): string | null {
  const value = raw.split(/[,;(]|\s[-–]\s|\.$/u)[0]?.trim()
  return value && value.length >= 2 && value.length <= 80 ? value : null
}

/**
 * "Designation: Associate Consultant" and "Company: Acme" lines fill the entry they sit in, or form an undated
 * entry of their own when they sit outside every dated one.
 */
function applyLabelledFields(scopeLines: TextLine[], results: DatedEntry[], scopeFirstResult: number): void {
  let pending: { entry: DatedEntry; lineIndex: number } | null = null
  for (const [lineIndex, line] of scopeLines.entries()) {
    const titleMatch = titleLabel.exec(line.text)
    const employerMatch = titleMatch ? null : employerLabel.exec(line.text)
    const value = labelValue((titleMatch ?? employerMatch)?.[1] ?? '')
    if (!value) continue
    const field = titleMatch ? 'title' : 'employer'
    const containing = results
      .slice(scopeFirstResult)
      .find(
        (item) =>
          item.entry.start <= line.start && line.start < Math.max(item.entry.end, item.entry.start + 1),
      )
    if (containing) {
      if (containing.entry[field] === null) containing.entry[field] = value
      continue
    }
    // A role and its employer written on nearby lines belong to one entry.
    if (pending && pending.entry.entry[field] === null && lineIndex - pending.lineIndex <= 3) {
      pending.entry.entry[field] = value
      pending.entry.entry.end = Math.max(pending.entry.entry.end, line.end)
      continue
    }
    const entry: DatedEntry = {
      entry: {
        start: line.start,
        end: line.end,
        title: field === 'title' ? value : null,
        employer: field === 'employer' ? value : null,
        startDate: null,
        endDate: null,
        current: false,
      },
      interval: null,
    }
    const insertAt = results.findIndex(
      (item, index) => index >= scopeFirstResult && item.entry.start > line.start,
    )
    if (insertAt < 0) results.push(entry)
    else results.splice(insertAt, 0, entry)
    pending = { entry, lineIndex }
  }
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
