export type CandidateIdentity = { name: string | null; email: string | null; phone: string | null }

export type Redaction = {
  text: string
  /** Puts the original values back in place of the placeholders. */
  restore(text: string): string
  /** Placeholder -> original, e.g. `[EMAIL_1]` -> `ana@example.com`. */
  replacements: ReadonlyMap<string, string>
}

// Particles are shared by many names; replacing them would mangle ordinary words ("de", "da", "van").
const NAME_PARTICLES = new Set([
  'da',
  'das',
  'de',
  'del',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'e',
  'la',
  'le',
  'van',
  'von',
  'y',
  'bin',
  'al',
])

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu
const PROFILE_URL =
  /\b(?:https?:\/\/)?(?:www\.)?(?:linkedin\.com\/(?:in|pub)|github\.com|gitlab\.com|twitter\.com|x\.com|medium\.com\/@?|behance\.net|dribbble\.com|kaggle\.com|stackoverflow\.com\/users|instagram\.com|facebook\.com)\/?[^\s,;)>\]]+/giu
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}])\+?\(?\d{1,4}\)?(?:[\s.-]?\(?\d{1,5}\)?){2,6}(?![\p{L}\p{N}])/gu
const YEAR_RANGE = /^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$/
const STREET_FIRST =
  /\b(?:Rua|R\.|Avenida|Av\.|Alameda|Al\.|Travessa|Tv\.|Rodovia|Estrada|Praça|Calle|C\/|Carrera|Avda\.|Paseo|Camino|Plaza)\s+[^\n,\d]{2,60},?\s*(?:n[º°o]\.?\s*)?\d{1,6}[A-Za-z]?/gu
const NUMBER_FIRST =
  /\b\d{1,6}\s+(?:[A-Z][\p{L}.'-]*\s+){1,4}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Way|Court|Ct\.?|Place|Pl\.?)(?![\p{L}])/gu

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function wordPattern(text: string): RegExp {
  const body = escapeRegExp(text.trim()).replace(/\s+/g, '\\s+')
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu')
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, '')
}

/**
 * Replaces the candidate's personal details with placeholders before text leaves for a hosted model:
 * profile URLs, e-mails, phone numbers, street addresses, the full name and each part of it.
 */
export function redactCandidate(text: string, candidate: CandidateIdentity): Redaction {
  const replacements = new Map<string, string>()
  const byOriginal = new Map<string, string>()
  const counters = new Map<string, number>()
  const placeholderFor = (kind: string, original: string, numbered = true): string => {
    const key = `${kind}\u0000${original}`
    const existing = byOriginal.get(key)
    if (existing) return existing
    const count = (counters.get(kind) ?? 0) + 1
    counters.set(kind, count)
    const placeholder = numbered ? `[${kind}_${count}]` : `[${kind}]`
    byOriginal.set(key, placeholder)
    replacements.set(placeholder, original)
    return placeholder
  }

  let result = text
  result = result.replace(PROFILE_URL, (match) => placeholderFor('PROFILE_URL', match))
  result = result.replace(EMAIL, (match) => placeholderFor('EMAIL', match))
  if (candidate.email)
    result = result.replace(wordPattern(candidate.email), (match) => placeholderFor('EMAIL', match))

  const knownPhone = candidate.phone ? digitsOf(candidate.phone) : ''
  result = result.replace(PHONE_CANDIDATE, (match) => {
    const digits = digitsOf(match)
    const isKnown = knownPhone.length >= 6 && (digits.endsWith(knownPhone) || knownPhone.endsWith(digits))
    if (!isKnown && (digits.length < 9 || digits.length > 15 || YEAR_RANGE.test(match.trim()))) return match
    return placeholderFor('PHONE', match.trim())
  })
  result = result.replace(STREET_FIRST, (match) => placeholderFor('ADDRESS', match))
  result = result.replace(NUMBER_FIRST, (match) => placeholderFor('ADDRESS', match))

  const name = candidate.name?.trim()
  if (name) {
    result = result.replace(wordPattern(name), (match) => placeholderFor('CANDIDATE_NAME', match, false))
    const parts = name
      .split(/\s+/)
      .filter((part) => part.length >= 2 && !NAME_PARTICLES.has(part.toLowerCase()))
    // Longest first, so "Anabela" is not half-replaced by "Ana".
    for (const part of [...new Set(parts)].sort((left, right) => right.length - left.length)) {
      result = result.replace(wordPattern(part), (match) => placeholderFor('CANDIDATE_NAME_PART', match))
    }
  }

  const placeholders = [...replacements.keys()].sort((left, right) => right.length - left.length)
  const restorePattern =
    placeholders.length > 0 ? new RegExp(placeholders.map(escapeRegExp).join('|'), 'g') : null
  return {
    text: result,
    replacements,
    restore: (value) =>
      restorePattern
        ? value.replace(restorePattern, (placeholder) => replacements.get(placeholder) ?? placeholder)
        : value,
  }
}
