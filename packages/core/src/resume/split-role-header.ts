import { bulletPattern, foldCase } from './split-lines'

/** The role and the employer an experience header names; either may be missing. */
export type RoleHeader = { title: string | null; employer: string | null }

const titleWords =
  /\b(engineer|developer|programmer|architect|manager|analyst|scientist|designer|consultant|lead|director|head|intern|specialist|administrator|admin|officer|assistant|coordinator|technician|researcher|founder|cto|ceo|vp|president|owner|associate|sre|devops|trainee|tester|accountant|teacher|nurse|supervisor|clerk|representative|agent|executive|member|advisor|adviser|auditor|editor|writer|instructor|lecturer|professor|tutor|trainer|operator|attendant|cashier|chef|cook|driver|mechanic|electrician|pharmacist|therapist|counselor|counsellor|recruiter|buyer|planner|strategist|expert|worker|volunteer|fellow|partner|principal|chief|secretary|receptionist|banker|broker|lawyer|attorney|paralegal|advocate|journalist|photographer|artist|producer|investigator|inspector|estimator|surveyor|dietitian|physician|doctor|linguist|transcriptionist|guard|rep|dba|smts|mts|employee|freelancer|self[- ]employed|engenheiro|engenheira|desenvolvedor|desenvolvedora|programador|programadora|analista|gerente|cientista|diretor|diretora|estagiario|estagiaria|coordenador|coordenadora|consultor|consultora|arquiteto|arquiteta|tecnico|tecnica|ingeniero|ingeniera|desarrollador|desarrolladora|jefe|jefa|directora|becario|becaria|lider|especialista)s?\b/

// "Cisco Systems, Inc.": a legal form after a comma finishes the company's name; it is not a second part. Forms
// that double as region codes ("Denver, CO", "Aarau, AG") are left out.
const legalFormWords =
  '(?:inc|incorporated|ltd|limited|llc|llp|plc|corp|corporation|gmbh|pvt\\.?\\s*ltd|private\\s+limited)\\.?'
const legalForm = new RegExp(`^${legalFormWords}$`, 'i')
const endsWithLegalForm = new RegExp(`,\\s*${legalFormWords}$`, 'i')

const statedSeparators = [/\s+at\s+/i, /\s+@\s+/]
const separators = [...statedSeparators, /\s+[|–—]\s+/, /\s+-\s+/, /,\s+/, /\s+em\s+/i, /\s+en\s+/i]

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

function readHeaderLine(header: string): HeaderLine {
  const dangling = /\s[-–—|]\s*$/.test(header)
  let cleaned = clean(header)
  if (!cleaned) return { title: null, employer: null, employerLine: false }
  // Drop trailing places: "Acme Corp -  Pune, Maharashtra" names Acme Corp.
  let hadPlace = false
  for (;;) {
    const last = [...cleaned.matchAll(/\s+[-|–—]\s+/gu)].pop()
    if (!last || !isPlace(cleaned.slice(last.index + last[0].length))) break
    cleaned = clean(cleaned.slice(0, last.index))
    hadPlace = true
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
    if (isPlace(second)) return single(first, dangling, true)
    const secondIsTitle = hasTitleWord(second) && !hasTitleWord(first)
    const split = secondIsTitle ? { title: second, employer: first } : { title: first, employer: second }
    return {
      ...split,
      employerLine: dangling || hadPlace,
      statedEmployer: statedSeparators.includes(separator),
    }
  }
  return single(cleaned, dangling, hadPlace)
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
  const { title, employer } = readHeaderLine(header)
  return { title, employer }
}

/** Reads role and employer from the one or two header lines above (or below) an entry's dates. */
export function roleFromHeaderLines(lines: readonly string[]): RoleHeader {
  const parts = lines.map((line) => line.trim()).filter(Boolean)
  if (parts.length === 0) return { title: null, employer: null }
  if (parts.length === 1) return splitRoleHeader(parts[0] ?? '')
  const [first = '', second = ''] = parts.slice(-2)
  const firstLine = readHeaderLine(first)
  const secondLine = readHeaderLine(second)
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
