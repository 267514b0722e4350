import { classifyHeading, findSections } from '../resume/find-sections'
import { splitLines } from '../resume/split-lines'
import { isPlace } from '../resume/split-role-header'

export type IdentifyingKind = 'name' | 'email' | 'phone' | 'link' | 'address' | 'birth' | 'graduation_year'
export type IdentifyingSpan = { start: number; end: number; kind: IdentifyingKind }

/** What the application already knows about the candidate: found anywhere in the text, not only where expected. */
export type KnownIdentity = { names: ReadonlyArray<string | null>; emails: ReadonlyArray<string | null> }

// Shared by many names; masking them would blank ordinary words ("de", "da", "van").
const NAME_PARTICLES = new Set('da das de del della der di do dos du e la le van von y bin al'.split(' '))

// Bounded parts (RFC 5321 lengths) and a lookbehind keep these linear on long runs of address characters.
const EMAIL = /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]{1,64}@[\p{L}\d.-]{1,253}\.\p{L}{2,63}/gu
const LINK =
  /(?:\bhttps?:\/\/[^\s|,;()<>]+|\b(?:www\.)[^\s|,;()<>]+|\b(?:linkedin\.com|github\.com|gitlab\.com|bitbucket\.org|behance\.net|dribbble\.com|stackoverflow\.com|medium\.com|kaggle\.com|twitter\.com|x\.com|instagram\.com|facebook\.com|indeed\.com\/r)\/[^\s|,;()<>]+)/giu
const PHONE = /(?<![\p{L}\p{N}+])\+?\(?\d{1,4}\)?(?:[\s.-]?\(?\d{1,5}\)?){2,6}(?![\p{L}\p{N}])/gu
const YEAR_RUN = /^(?:(?:19|20)\d{2}[\s.–-]*)+$/
const STREET_FIRST =
  /\b(?:Rua|R\.|Avenida|Av\.|Alameda|Travessa|Rodovia|Estrada|Praça|Calle|Carrera|Avda\.|Paseo|Camino|Plaza)\s+[^\n,\d]{2,60},?\s*(?:n[º°o]\.?\s*)?\d{1,6}[A-Za-z]?/gu
const NUMBER_FIRST =
  /\b\d{1,6}\s+(?:[A-Z][\p{L}.'-]*\s+){1,4}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Way|Court|Ct\.?|Place|Pl\.?)(?![\p{L}])/gu
const POSTAL_CODE = /\b(?:\d{5}-\d{3}|[A-Z]{2}\s+\d{5}(?:-\d{4})?)\b/gu
// A labelled personal line, label and value to the end of the line.
const LABELLED_ADDRESS =
  /\b(?:address|home address|location|endereço|endereco|localização|localizacao|dirección|direccion|domicilio|ubicación|ubicacion|residence|residência)\s*[:：-]\s*[^\n]+/giu
const LABELLED_BIRTH =
  /\b(?:date of birth|birth ?date|birthday|d\.?o\.?b\.?|data de nascimento|nascimento|fecha de nacimiento|nacimiento|age|idade|edad)\s*[:：]\s*[^\n|•·]{1,40}/giu
const BORN = /\b(?:born(?: on| in)?|nascid[oa] em|nacid[oa] el)\s+[^\n|•·]{0,30}?(?:19|20)\d{2}\b/giu
// Only phrases that can mean nothing but an age ("10 años" alone is often experience).
const AGE_PHRASE = /\b\d{2}\s*(?:years? old|y\/o|anos de idade|años de edad)(?![\p{L}])/giu
const GRADUATION_PHRASE =
  /\b(?:class of|graduated(?: in)?|graduation(?: year)?|grad\.?|formad[oa] em|conclus[ãa]o(?: em)?|egresad[oa] en|promoci[óo]n)\s*[:：-]?\s*(?:19|20)\d{2}\b/giu
const YEAR = /\b(?:19|20)\d{2}\b/g
const CONTACT_WINDOW = 12
/** What a masked character reads as. */
export const MASK = '█'

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function wordPattern(text: string, flags = 'giu'): RegExp {
  const body = escapeRegExp(text.trim()).replace(/\s+/g, '\\s+')
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, flags)
}

function collect(text: string, pattern: RegExp, kind: IdentifyingKind, spans: IdentifyingSpan[]): void {
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0
    const value = match[0].replace(/[.,;:)\]\s]+$/, '')
    if (value.length > 0) spans.push({ start, end: start + value.length, kind })
  }
}

/** The first `count` lines with their offsets, without splitting the whole text. */
function firstLines(text: string, count: number): Array<{ start: number; text: string }> {
  const lines: Array<{ start: number; text: string }> = []
  let start = 0
  while (lines.length < count && start <= text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    lines.push({ start, text: text.slice(start, end) })
    if (newline === -1) break
    start = newline + 1
  }
  return lines
}

/** Name parts long enough to be names rather than initials or particles. */
function nameParts(names: ReadonlyArray<string | null>): string[] {
  const parts = new Set<string>()
  for (const name of names) {
    for (const part of name?.split(/[\s,]+/) ?? []) {
      const word = part.replace(/[.]/g, '')
      if (word.length >= 2 && !NAME_PARTICLES.has(word.toLowerCase())) parts.add(word)
    }
  }
  return [...parts]
}

/**
 * Where a resume says who the candidate is: names (the known ones, and each part), e-mails, phone numbers, profile
 * and other links, addresses and places in the contact block, birth dates and ages, and graduation years (any year
 * in the education section, and "class of 2012" anywhere). What blind review masks; spans may overlap.
 */
export function findIdentifyingSpans(
  text: string,
  known: KnownIdentity,
  /** The resume's sections as parsing stored them; found again when absent (slower on long texts). */
  sections?: ReadonlyArray<{ name: string; start: number; end: number }>,
): IdentifyingSpan[] {
  const spans: IdentifyingSpan[] = []
  collect(text, LINK, 'link', spans)
  collect(text, EMAIL, 'email', spans)
  for (const email of known.emails) if (email?.trim()) collect(text, wordPattern(email), 'email', spans)
  for (const match of text.matchAll(PHONE)) {
    const value = match[0].trim()
    const digits = value.replace(/\D/g, '').length
    if (digits < 8 || digits > 15 || YEAR_RUN.test(value)) continue
    const start = (match.index ?? 0) + match[0].indexOf(value)
    spans.push({ start, end: start + value.length, kind: 'phone' })
  }
  collect(text, STREET_FIRST, 'address', spans)
  collect(text, NUMBER_FIRST, 'address', spans)
  collect(text, POSTAL_CODE, 'address', spans)
  collect(text, LABELLED_ADDRESS, 'address', spans)
  collect(text, LABELLED_BIRTH, 'birth', spans)
  collect(text, BORN, 'birth', spans)
  collect(text, AGE_PHRASE, 'birth', spans)
  collect(text, GRADUATION_PHRASE, 'graduation_year', spans)
  for (const name of known.names) if (name?.trim()) collect(text, wordPattern(name), 'name', spans)
  // A part alone only as a name is written ("Silva", "SILVA"), so "Will" the name leaves "will" the word alone.
  for (const part of nameParts(known.names)) {
    collect(text, wordPattern(part, 'gu'), 'name', spans)
    collect(text, wordPattern(part.toUpperCase(), 'gu'), 'name', spans)
  }

  // The contact block: lines above the first heading. A place there ("São Paulo, SP") is where the candidate lives.
  for (const line of firstLines(text, CONTACT_WINDOW)) {
    if (classifyHeading(line.text.trim())) break
    let offset = line.start
    for (const field of line.text.split(/(\s*[|•·]\s*|\s{2,})/)) {
      const trimmed = field.trim()
      if (trimmed && isPlace(trimmed)) {
        const start = offset + field.indexOf(trimmed)
        spans.push({ start, end: start + trimmed.length, kind: 'address' })
      }
      offset += field.length
    }
  }
  for (const section of sections ?? findSections(text, splitLines(text))) {
    if (section.name !== 'education') continue
    for (const match of text.slice(section.start, section.end).matchAll(YEAR)) {
      const start = section.start + (match.index ?? 0)
      spans.push({ start, end: start + match[0].length, kind: 'graduation_year' })
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end)
}

/**
 * The text with every span's characters replaced by `█`, keeping its length (and line breaks) so offsets into the
 * original, such as evidence quotes', still point at the same places.
 */
export function maskSpans(text: string, spans: readonly IdentifyingSpan[]): string {
  if (spans.length === 0) return text
  const ordered = [...spans].sort((a, b) => a.start - b.start)
  const pieces: string[] = []
  let cursor = 0
  for (const span of ordered) {
    const start = Math.max(cursor, span.start)
    const end = Math.min(text.length, span.end)
    if (end <= start) continue
    pieces.push(text.slice(cursor, start))
    // Per UTF-16 unit (no `u` flag), so the length and every offset are kept even outside the BMP.
    pieces.push(text.slice(start, end).replace(/\S+/g, (run) => MASK.repeat(run.length)))
    cursor = end
  }
  pieces.push(text.slice(cursor))
  return pieces.join('')
}
