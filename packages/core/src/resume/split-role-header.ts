import { loadWordNet } from '../scoring/load-wordnet'
import { bulletPattern, foldCase } from './split-lines'

/** The role and the employer an experience header names; either may be missing. */
export type RoleHeader = { title: string | null; employer: string | null; location?: string }

const titleWords =
  /\b(engineer|developer|programmer|architect|manager|analyst|scientist|designer|consultant|lead|director|head|intern|specialist|administrator|admin|officer|assistant|coordinator|technician|researcher|founder|cto|ceo|vp|president|owner|associate|sre|devops|trainee|tester|accountant|teacher|nurse|supervisor|clerk|representative|agent|executive|member|advisor|adviser|auditor|editor|writer|instructor|lecturer|professor|tutor|trainer|operator|attendant|cashier|chef|cook|driver|mechanic|electrician|pharmacist|therapist|counselor|counsellor|recruiter|buyer|planner|strategist|expert|worker|volunteer|fellow|partner|principal|chief|secretary|receptionist|banker|broker|lawyer|attorney|paralegal|advocate|journalist|photographer|artist|producer|investigator|inspector|estimator|surveyor|dietitian|physician|doctor|linguist|transcriptionist|guard|rep|dba|smts|mts|employee|freelancer|self[- ]employed|engenheiro|engenheira|desenvolvedor|desenvolvedora|programador|programadora|analista|gerente|cientista|diretor|diretora|estagiario|estagiaria|coordenador|coordenadora|consultor|consultora|arquiteto|arquiteta|tecnico|tecnica|ingeniero|ingeniera|desarrollador|desarrolladora|jefe|jefa|directora|becario|becaria|lider|especialista)s?\b/

// "Cisco Systems, Inc.": a legal form after a comma finishes the company's name; it is not a second part. Forms
// that double as region codes ("Denver, CO", "Aarau, AG") are left out.
const legalFormWords =
  '(?:inc|incorporated|ltd|limited|llc|llp|plc|corp|corporation|gmbh|pvt\\.?\\s*ltd|private\\s+limited)\\.?'
const legalForm = new RegExp(`^${legalFormWords}$`, 'i')
const endsWithLegalForm = new RegExp(`,\\s*${legalFormWords}$`, 'i')

const statedSeparators = [/\s+at\s+/i, /\s+@\s+/]
// U+FFFD stands for a character the text lost (see repair-mojibake.ts); between words it was punctuation.
const strongSeparator = /\s+[|–—\uFFFD]\s+/u
const separators = [...statedSeparators, strongSeparator, /\s+-\s+/, /,\s+/, /\s+em\s+/i, /\s+en\s+/i]

// "Pune, Maharashtra", "Austin, TX", "São Paulo, SP, Brasil": capitalised words around commas name a place.
const placeWord = "\\p{Lu}[\\p{L}.'’]*"
const placeName = `${placeWord}(?:\\s+(?:${placeWord}|of|and|&|de|do|da|del))*`
const placePattern = new RegExp(`^${placeName}(?:\\s*,\\s*${placeName}){1,2}$`, 'u')

/** True when a header segment reads as a place ("Pune, Maharashtra", "Remote") rather than a role or employer. */
export function isPlace(segment: string): boolean {
  const trimmed = segment.trim()
  if (hasTitleWord(trimmed) || endsWithLegalForm.test(trimmed)) return false
  return /^(?:remote|remoto|home office)$/i.test(trimmed) || placePattern.test(trimmed)
}

/** True when a line names a role ("Senior Consultant", "Analista de Dados"). */
export function hasTitleWord(value: string): boolean {
  return titleWords.test(foldCase(value))
}

// Grades and levels that follow a role's head word ("Accountant III", "Engineer 2", "Analyst (Contract)").
const titleLevel = /^(?:[ivx]{1,4}|\d|sr\.?|jr\.?|\(.*\))$/iu
// Words that carry a role's name on past its head ("Director of Development"): the role's end is then unknown.
const titleConnective = /^(?:of|for|and|&|to|in|de|da|do|del|y|e)$/iu

/**
 * True when one word is the head of a role: a listed role word, or a noun whose most common sense (WordNet's
 * noun.person) is a person ("Coach", "Detective", "Plumber"). Only the first sense counts, so "Target" stays a name.
 */
export function isRoleHead(word: string): boolean {
  const folded = foldCase(word).replace(/[^\p{L}]/gu, '')
  if (!folded) return false
  if (titleWords.test(folded)) return true
  const wordNet = loadWordNet()
  return wordNet.lemmas(folded).some((lemma) => wordNet.isPerson(lemma, 1))
}

/**
 * "Creative Director Acme Studios", "Accountant III Northwind": a role run together with its employer, as resume
 * builders print "Title Employer – City, ST". Roles end on their head noun in English, so the role is everything up
 * to the last role head (and its grade), the employer the capitalised words after it. Null when the split point is
 * unsure: no head, nothing after it, a connective after it ("Director of …"), or lower-case words (a sentence).
 */
export function splitRunTogetherRole(value: string): { title: string; employer: string } | null {
  const words = value.trim().split(/\s+/u)
  let head = -1
  for (let index = words.length - 1; index >= 0; index--) {
    if (isRoleHead(words[index] ?? '')) {
      head = index
      break
    }
  }
  if (head < 0) return null
  let end = head + 1
  while (end < words.length && titleLevel.test(words[end] ?? '')) end++
  const rest = words.slice(end)
  if (rest.length === 0 || titleConnective.test(rest[0] ?? '')) return null
  if (!rest.every((word) => /^[\p{Lu}\p{N}&(]/u.test(word))) return null
  return { title: words.slice(0, end).join(' '), employer: rest.join(' ') }
}

// "Dallas, TX", "City , State": a place whose region is a postal code, or which the text extraction spaced before its
// comma, the way resume builders lay out "Employer City , ST" — never an employer followed by its city.
const regionPlace = /^\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*)*(?:\s+,\s*\p{Lu}[\p{L}.'’]*|,\s*\p{Lu}{2})$/u

// "Acme Corp Dallas , TX Sales Associate": employer, place and role on one line with no separator but the place's
// comma. The region is one word; the city the one word before the comma.
const inlinePlace = /^(.+?)\s+(\p{Lu}[\p{L}.'’]*(?:\s+,\s*|,\s*(?=\p{Lu}{2}\s))\p{Lu}[\p{L}.'’]*)\s+(.+)$/u

function readInlinePlace(line: string): HeaderLine | null {
  const match = inlinePlace.exec(line)
  if (!match) return null
  const [, employer = '', place = '', title = ''] = match
  const titleWordsRead = title.split(/\s+/u)
  if (hasTitleWord(employer) || !titleWordsRead.some(isRoleHead)) return null
  return { title, employer, location: place, employerLine: false }
}

// A header line that ends on a dangling separator ("Infosys Limited -") or carries a place after one names the
// employer: the common "Employer - City, State -" line of exported profiles.
// `statedEmployer`: the line names its employer with "at" or "@" ("Support Executive at Infosys"), the one form that
// cannot be a team or a product.
type HeaderLine = RoleHeader & { employerLine: boolean; statedEmployer?: boolean }

function clean(value: string): string {
  return value
    .replace(bulletPattern, '')
    .replace(/[\s,|–—()-]+$/, '')
    .replace(/^[\s,|–—()-]+/, '')
    .trim()
}

/**
 * "Nubank, São Paulo" after a role and a dash or pipe ("ML Engineer — Nubank, São Paulo — 2021 – Present"), or after
 * "at": a one-line header that names its role names its employer next, so the first part is the employer and the
 * rest its place. Exported profiles write "Data Analyst - Austin, TX" with a plain hyphen for a role and its place;
 * that form keeps its old reading.
 */
function employerWithPlace(title: string, segment: string): HeaderLine | null {
  const comma = segment.indexOf(',')
  if (comma < 0 || !hasTitleWord(title) || regionPlace.test(segment.trim())) return null
  const employer = segment.slice(0, comma).trim()
  const location = segment.slice(comma + 1).trim()
  if (!employer || !location) return null
  return { title, employer, location, employerLine: true, statedEmployer: true }
}

// "Acme — Lisbon": a dash or pipe inside an employer stated with "at" sets off its place or team.
function splitEmployerPlace(employer: string): { employer: string; location?: string } {
  const match = strongSeparator.exec(employer)
  if (!match) return { employer }
  const rest = employer.slice(match.index + match[0].length).trim()
  const head = employer.slice(0, match.index).trim()
  if (!head || !rest || hasTitleWord(rest) || /\d/.test(rest)) return { employer }
  return { employer: head, location: rest }
}

function readHeaderLine(header: string): HeaderLine {
  const dangling = /\s[-–—|\uFFFD]\s*$/u.test(header)
  let cleaned = clean(header)
  if (!cleaned) return { title: null, employer: null, employerLine: false }
  // Drop trailing places: "Acme Corp -  Pune, Maharashtra" names Acme Corp.
  let hadPlace = false
  let location: string | undefined
  for (;;) {
    const last = [...cleaned.matchAll(/\s+[-|–—\uFFFD]\s+/gu)].pop()
    const place = last ? cleaned.slice(last.index + last[0].length) : ''
    if (!last || !isPlace(place)) break
    const before = clean(cleaned.slice(0, last.index))
    // "ML Engineer — Nubank, São Paulo": the role stands alone before the place, which then holds the employer.
    // "Sales Clerk Walgreens – Dallas , TX": the role and its employer run together before a place of their own.
    if (last[0].trim() !== '-' && !separators.some((separator) => separator.test(before))) {
      const runTogether = regionPlace.test(place.trim()) ? splitRunTogetherRole(before) : null
      if (runTogether) return { ...runTogether, location: place, employerLine: false, statedEmployer: true }
      const read = employerWithPlace(before, place)
      if (read) return read
    }
    location = location ? `${place}, ${location}` : place
    cleaned = before
    hadPlace = true
  }
  if (!hadPlace) {
    const inline = readInlinePlace(cleaned)
    if (inline) return inline
  }
  if (isPlace(cleaned)) return { title: null, employer: null, employerLine: true }
  // "Microsoft - Redmond -": on a dangling line, what follows the employer is its place.
  const dash = /\s+-\s+/.exec(cleaned)
  if (dangling && dash && !hasTitleWord(cleaned)) {
    return { title: null, employer: cleaned.slice(0, dash.index).trim(), employerLine: true }
  }
  for (const separator of separators) {
    const match = separator.exec(cleaned)
    if (!match) continue
    const first = cleaned.slice(0, match.index).trim()
    const second = cleaned.slice(match.index + match[0].length).trim()
    if (!first || !second || legalForm.test(second)) continue
    const stated = statedSeparators.includes(separator)
    if (isPlace(second)) {
      const read = stated || separator === strongSeparator ? employerWithPlace(first, second) : null
      return read ?? withLocation(single(first, dangling, true), location)
    }
    const secondIsTitle = hasTitleWord(second) && !hasTitleWord(first)
    const split = secondIsTitle ? { title: second, employer: first } : { title: first, employer: second }
    const employer = stated ? splitEmployerPlace(split.employer) : { employer: split.employer }
    return withLocation(
      {
        title: split.title,
        employer: employer.employer,
        employerLine: dangling || hadPlace,
        statedEmployer: stated,
      },
      employer.location ?? location,
    )
  }
  return withLocation(single(cleaned, dangling, hadPlace), location)
}

function withLocation(line: HeaderLine, location: string | undefined): HeaderLine {
  return location ? { ...line, location } : line
}

// One name before a dangling separator is an employer; one beside a place is too, unless it names a role.
function single(value: string, dangling: boolean, hadPlace: boolean): HeaderLine {
  const employerLine = dangling || (hadPlace && !hasTitleWord(value))
  return employerLine
    ? { title: null, employer: value, employerLine }
    : { title: value, employer: null, employerLine }
}

/**
 * Splits one header line into role and employer: "Engineer at Acme", "Acme | Engineer", "Engineer, Acme",
 * "Acme - Pune, Maharashtra -" (an employer and its place).
 */
export function splitRoleHeader(header: string): RoleHeader {
  const { title, employer, location } = readHeaderLine(header)
  return location ? { title, employer, location } : { title, employer }
}

/** Reads role, employer and place from the one or two header lines above (or below) an entry's dates. */
export function roleFromHeaderLines(lines: readonly string[]): RoleHeader {
  const parts = lines.map((line) => line.trim()).filter(Boolean)
  if (parts.length === 0) return { title: null, employer: null }
  if (parts.length === 1) return splitRoleHeader(parts[0] ?? '')
  const [first = '', second = ''] = parts.slice(-2)
  const firstLine = readHeaderLine(first)
  const secondLine = readHeaderLine(second)
  const role = roleFromTwoLines(firstLine, secondLine, first, second)
  const location = firstLine.location ?? secondLine.location
  return location ? { ...role, location } : role
}

function roleFromTwoLines(
  firstLine: HeaderLine,
  secondLine: HeaderLine,
  first: string,
  second: string,
): RoleHeader {
  // "Senior Consultant" over "Oracle -  Bangalore, Karnataka -": the marked line names the employer.
  if (firstLine.employerLine !== secondLine.employerLine) {
    const [roleLine, employerLine] = firstLine.employerLine
      ? [secondLine, firstLine]
      : [firstLine, secondLine]
    // "Support Executive at Infosys" over "Development - Chennai -": the role line states its employer outright, so
    // the marked line below names a department or a client.
    if (roleLine.statedEmployer && roleLine.title && roleLine.employer)
      return { title: roleLine.title, employer: roleLine.employer }
    return {
      title: roleLine.title ?? roleLine.employer,
      employer: employerLine.employer ?? employerLine.title,
    }
  }
  for (const line of [firstLine, secondLine]) {
    if (line.title && line.employer) return { title: line.title, employer: line.employer }
  }
  // Two lines: one names the role, the other the employer.
  const firstText = firstLine.title ?? firstLine.employer ?? first
  const secondText = secondLine.title ?? secondLine.employer ?? second
  const secondIsTitle = hasTitleWord(secondText) && !hasTitleWord(firstText)
  return secondIsTitle
    ? { title: secondText, employer: firstText }
    : { title: firstText, employer: secondText }
}
