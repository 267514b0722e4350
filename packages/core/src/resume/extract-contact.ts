import type { Taxonomy } from '../taxonomy'
import { classifyHeading } from './find-sections'
import { endsLikeHeading, namesRoleOrHeading } from './names-role-or-heading'
import type { TextLine } from './split-lines'
import { hasTitleWord, isPlace, type RoleHeader, splitRoleHeader } from './split-role-header'
import { tidyRoleHeader } from './tidy-role-header'

export type ContactDetails = {
  name: string | null
  /** The role line under the name ("Test Engineer - Infosys Limited"): how the candidate titles themself now. */
  headline: RoleHeader | null
  email: string | null
  phone: string | null
  links: string[]
}

// Linear by construction: a match may only start where a run of address characters starts (the lookbehind), and
// every part is bounded (local part 64, domain 253, top-level label 63, as RFC 5321 allows), so a long run without
// an '@' costs one pass instead of one scan per position.
const emailPattern = /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]{1,64}@[\p{L}\d.-]{1,253}\.\p{L}{2,63}/u
const linkPattern =
  /\b(?:https?:\/\/[^\s|,;()<>]+|(?:www\.)?(?:linkedin\.com|github\.com|gitlab\.com|bitbucket\.org|behance\.net|dribbble\.com|stackoverflow\.com|medium\.com|kaggle\.com|indeed\.com\/r)\/[^\s|,;()<>]+)/giu
const phonePattern =
  /(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{1,5}(?:[\s.-]\d{1,5}){1,5}(?![\w])/g
const yearRangePattern = /^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$/

// The contact block sits at the top; dates and numbers further down are not phone numbers.
const contactLineWindow = 12

function findPhone(lines: TextLine[]): string | null {
  for (const line of lines.slice(0, contactLineWindow)) {
    const withoutLinks = line.text.replace(linkPattern, ' ').replace(emailPattern, ' ')
    for (const match of withoutLinks.matchAll(phonePattern)) {
      const candidate = match[0].trim()
      const digits = candidate.replace(/\D/g, '').length
      if (digits < 8 || digits > 15 || yearRangePattern.test(candidate)) continue
      return candidate
    }
  }
  return null
}

function titleCase(value: string): string {
  return value
    .toLowerCase()
    .replace(/(^|[\s'-])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase())
}

function looksLikeName(candidate: string): boolean {
  const words = candidate.split(/\s+/).filter(Boolean)
  if (words.length < 2 || words.length > 5 || candidate.length > 60) return false
  if (/[\d@/:]/.test(candidate) || classifyHeading(candidate)) return false
  // Every word starts with a capital letter (particles like "da", "de", "van" excepted).
  return words.every(
    (word) =>
      /^\p{Lu}/u.test(word) || /^(da|de|do|dos|das|del|della|di|van|von|der|la|le|y|e|bin|al)$/.test(word),
  )
}

function findName(lines: TextLine[], taxonomy?: Taxonomy): { name: string; line: TextLine } | null {
  for (const line of lines.slice(0, 6)) {
    const text = line.text.trim()
    if (!text) continue
    // "Jane Doe | jane@example.com | +1 555 ..." keeps the name in the first field.
    const first = text.split(/\s*[|•·,]\s*|\s{2,}/)[0]?.trim() ?? ''
    // A job title above the name ("Registered Nurse") is skipped; a heading ("Executive Profile") ends the search.
    if (looksLikeName(first) && !namesRoleOrHeading(first, taxonomy))
      return { name: first === first.toUpperCase() ? titleCase(first) : first, line }
    if (classifyHeading(text) || endsLikeHeading(first)) return null
  }
  return null
}

const maxHeadlineWords = 10

/**
 * The line right under the name when it names a role ("Senior Consultant - Oracle"), split into title and
 * employer. Contact data, places, headings and sentences are not headlines.
 */
function findHeadline(lines: TextLine[], nameLine: TextLine): RoleHeader | null {
  const next = lines.slice(nameLine.index + 1).find((line) => line.text.trim() !== '')
  const text = next?.text.trim() ?? ''
  if (!text || text.split(/\s+/).length > maxHeadlineWords || /[.!?]$/.test(text)) return null
  if (
    emailPattern.test(text) ||
    /https?:|www\.|\d{5}/i.test(text) ||
    classifyHeading(text) ||
    isPlace(text)
  ) {
    return null
  }
  const header = tidyRoleHeader(splitRoleHeader(text))
  return header.title && hasTitleWord(header.title) ? header : null
}

/** Reads name, email, phone and profile links from the top of a resume. */
export function extractContact(text: string, lines: TextLine[], taxonomy?: Taxonomy): ContactDetails {
  const email = emailPattern.exec(text)?.[0] ?? null
  const links = new Set<string>()
  for (const match of text.matchAll(linkPattern)) links.add(match[0].replace(/[.,;:)\]]+$/, ''))
  const name = findName(lines, taxonomy)
  return {
    name: name?.name ?? null,
    headline: name ? findHeadline(lines, name.line) : null,
    email,
    phone: findPhone(lines),
    links: [...links],
  }
}
