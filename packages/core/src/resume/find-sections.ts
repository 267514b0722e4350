import type { ResumeSection, ResumeSectionName } from '../types'
import { findDateRanges } from './find-date-ranges'
import { enumeratesItems, isLabelledRow, labelPrefix } from './is-list-line'
import { bulletPattern, firstLineFrom, foldCase, linesStartingIn, type TextLine } from './split-lines'

// Heading words in English, Portuguese and Spanish, accent-folded.
const sectionKeywords: Record<Exclude<ResumeSectionName, 'contact' | 'other'>, string[]> = {
  summary: [
    'summary',
    'profile',
    'about',
    'objective',
    'overview',
    'resumo',
    'perfil',
    'sobre',
    'objetivo',
    'resumen',
    'acerca',
  ],
  experience: [
    'experience',
    'experiences',
    'employment',
    'history',
    'experiencia',
    'experiencias',
    'trayectoria',
    'historico',
    'historial',
  ],
  education: [
    'education',
    'educational',
    'academic',
    'qualifications',
    'educacao',
    'formacao',
    'escolaridade',
    'educacion',
    'formacion',
    'estudios',
  ],
  skills: [
    'skills',
    'skill',
    'competencies',
    'competences',
    'technologies',
    'stack',
    'tools',
    'expertise',
    'skillset',
    'skillsets',
    'abilities',
    'proficiency',
    'proficiencies',
    'habilidades',
    'competencias',
    'conhecimentos',
    'tecnologias',
    'aptitudes',
    'herramientas',
    'ferramentas',
  ],
  projects: ['projects', 'project', 'projetos', 'projeto', 'proyectos', 'proyecto', 'portfolio'],
  certifications: [
    'certifications',
    'certification',
    'certificates',
    'licenses',
    'courses',
    'certificacoes',
    'certificados',
    'certificaciones',
    'cursos',
  ],
  languages: ['languages', 'idiomas', 'linguas', 'lenguas', 'lenguajes'],
}

// Headings of sections the parser has no use for; recognising them ends the section above (a skills list does not
// run on into "Additional information" or "Links").
const otherKeywords = [
  'information',
  'info',
  'links',
  'publications',
  'awards',
  'achievements',
  'accomplishments',
  'contributions',
  'honors',
  'honours',
  'rewards',
  'recognitions',
  'recognition',
  'interests',
  'interest',
  'hobby',
  'hobbies',
  'references',
  'declaration',
  'activities',
  'volunteering',
  'patents',
  'informacoes',
  'informaciones',
  'referencias',
  'premios',
  'publicacoes',
  'publicaciones',
]

// Words that may surround a heading keyword without making the line a sentence.
const fillerWords = new Set([
  'and',
  '&',
  'of',
  'the',
  'my',
  'e',
  'y',
  'de',
  'da',
  'do',
  'das',
  'dos',
  'del',
  'la',
  'las',
  'los',
  'en',
  'em',
  'professional',
  'profissional',
  'profesional',
  'profissionais',
  'profesionales',
  'work',
  'working',
  'relevant',
  'technical',
  'tecnicas',
  'tecnicos',
  'tecnicas',
  'key',
  'core',
  'academic',
  'academica',
  'academico',
  'additional',
  'other',
  'selected',
  'personal',
  'history',
  'laboral',
  'laborales',
  'career',
  'complementar',
  'complementaria',
  'principais',
  'principales',
  'me',
  'mim',
  'mi',
  'spoken',
  'set',
  'undertaken',
  'areas',
  'area',
  'computer',
  'it',
  'details',
  'handled',
  'executed',
  'certificates',
  'awards',
  'training',
  'and/or',
  'hard',
  'soft',
  'software',
  'programming',
  'coding',
  'idiomas',
  'summary',
])

const keywordToSection = new Map<string, ResumeSectionName>()
for (const [name, keywords] of Object.entries(sectionKeywords)) {
  for (const keyword of keywords) keywordToSection.set(keyword, name as ResumeSectionName)
}
for (const keyword of otherKeywords) keywordToSection.set(keyword, 'other')

/** True for a word resume headings are made of ("profile", "summary", "professional"), accent- and case-blind. */
export function isHeadingWord(word: string): boolean {
  const folded = foldCase(word)
  return keywordToSection.has(folded) || fillerWords.has(folded)
}

/** True when a word names a section on its own ("Profile", "Experiência"), not just a filler around one. */
export function isSectionKeyword(word: string): boolean {
  return keywordToSection.has(foldCase(word))
}

// Keywords that end a heading whatever qualifies them ("Teaching Experience", "Executive Profile", "Military
// Employment"). Other keywords ("Stack", "Tools", "Links") are surnames and words of a list too often to be read
// as a heading after an unknown word.
const qualifiableKeywords = new Set([
  'experience',
  'experiences',
  'employment',
  'experiencia',
  'experiencias',
  'summary',
  'profile',
  'overview',
  'objective',
  'resumo',
  'perfil',
  'resumen',
  'objetivo',
])

/** "Teaching Experience": up to two capitalised words before one of the keywords above, on a line of its own. */
function qualifiedHeading(line: string, words: string[]): ResumeSectionName | null {
  const last = words[words.length - 1]
  if (words.length < 2 || words.length > 3 || !last || !qualifiableKeywords.has(last)) return null
  if (!line.split(/\s+/).every((word) => /^\p{Lu}/u.test(word))) return null
  return keywordToSection.get(last) ?? null
}

/** Names the section a short line introduces, or null when the line is content. */
export function classifyHeading(line: string): ResumeSectionName | null {
  const trimmed = line.trim().replace(/[:：]\s*$/, '')
  if (trimmed.length === 0 || trimmed.length > 50) return null
  if (/[\d@|]/.test(trimmed) || bulletPattern.test(line) || /[.,;]$/.test(trimmed)) return null
  const words = foldCase(trimmed)
    .split(/[\s/&,+-]+/)
    .filter(Boolean)
  if (words.length === 0 || words.length > 5) return null
  const qualified = qualifiedHeading(trimmed, words)
  if (qualified) return qualified
  let section: ResumeSectionName | null = null
  for (const word of words) {
    const match = keywordToSection.get(word)
    // A specific section beats 'other': "Awards & Certifications" lists certifications.
    if (match && (section === null || (section === 'other' && match !== 'other'))) section = match
    else if (!match && !fillerWords.has(word)) return null
  }
  // "Programming languages" lists skills, not spoken languages.
  if (section === 'languages' && words.some((word) => ['programming', 'coding', 'software'].includes(word))) {
    return 'skills'
  }
  return section
}

export type SectionHeading = {
  line: TextLine
  name: ResumeSectionName
  heading: string
  contentStart: number
}

/** Finds heading lines, including inline ones such as "Skills: Python, Go". */
export function findHeadings(lines: TextLine[]): SectionHeading[] {
  const headings: SectionHeading[] = []
  for (const line of lines) {
    const whole = classifyHeading(line.text)
    if (whole) {
      headings.push({ line, name: whole, heading: line.text.trim(), contentStart: line.end })
      continue
    }
    // "Tools: Jira, Git" under a job is part of that job; only a label opening a new paragraph starts a section.
    const current = headings[headings.length - 1]?.name
    const previousLine = lines[line.index - 1]
    const opensParagraph = !previousLine || previousLine.text.trim() === ''
    if ((current === 'experience' || current === 'projects') && !opensParagraph) continue
    // Inside a skills section a label names a group of the list ("Domain Experience: Telecom, Banking"); only a
    // heading on a line of its own ends the section.
    if (current === 'skills') continue
    // "Skills: Python, Go", and "SKILL SET • ASP.NET, C#" where a two-column layout put the list beside its heading.
    const inline =
      /^\s*([^:：]{2,40})[:：]\s*\S/.exec(line.text) ?? /^\s*([^:：•●▪]{2,40}?)\s+[•●▪]\s+\S/u.exec(line.text)
    const label = inline?.[1]
    const name = label ? classifyHeading(label) : null
    if (label && name) {
      const offset = line.text.indexOf(label) + label.length + 1
      headings.push({ line, name, heading: label.trim(), contentStart: line.start + offset })
    }
  }
  return headings
}

/** Splits the resume into named sections; text before the first heading is the contact block. */
export function findSections(text: string, lines: TextLine[]): ResumeSection[] {
  const headings = findHeadings(lines)
  const sections: ResumeSection[] = []
  const firstStart = headings[0]?.line.start ?? text.length
  if (text.slice(0, firstStart).trim().length > 0) {
    sections.push({ name: 'contact', heading: null, start: 0, end: trimEnd(text, firstStart) })
  }
  headings.forEach((heading, index) => {
    const next = headings[index + 1]
    const end = trimEnd(text, next ? next.line.start : text.length)
    // A "Technical Summary" or an "Additional Information" made of lists is a skills section under another name.
    const listed =
      (heading.name === 'summary' || heading.name === 'other') && listsSkills(lines, heading.line.end, end)
    const name = listed ? 'skills' : heading.name
    const history = name === 'skills' ? findWorkHistory(lines, heading.contentStart, end) : null
    if (history === null) {
      sections.push({ name, heading: heading.heading, start: heading.line.start, end })
      return
    }
    // A skills list that runs into a dated job header has become a work history the heading did not announce.
    sections.push({ name, heading: heading.heading, start: heading.line.start, end: trimEnd(text, history) })
    sections.push({ name: 'experience', heading: null, start: history, end })
  })
  return sections
}

/** Lines above a dated line that may be its entry's header ("Senior Consultant", "Oracle - Pune -"). */
const maxHeaderLines = 2

/**
 * Where a work history starts inside a section: the header of its first dated entry, or null when no line of the
 * section is a job header with dates.
 */
function findWorkHistory(lines: readonly TextLine[], start: number, end: number): number | null {
  const body: TextLine[] = []
  for (let index = firstLineFrom(lines, start + 1, 'end'); index < lines.length; index++) {
    const line = lines[index] as TextLine
    if (line.start >= end) break
    body.push(line)
  }
  const datedIndex = body.findIndex(
    (line) => !bulletPattern.test(line.text) && findDateRanges(line.text).length > 0,
  )
  const dated = body[datedIndex]
  if (!dated) return null
  let historyStart = Math.max(dated.start, start)
  let headerLines = 0
  for (let index = datedIndex - 1; index >= 0 && headerLines < maxHeaderLines; index--) {
    const line = body[index]
    if (!line || line.start < start) break
    const text = line.text.trim()
    if (text === '') break
    // A list line above the dates is the end of the skills list, not the entry's header.
    if (bulletPattern.test(line.text) || /[,:：]/.test(text) || /[.!?]$/.test(text)) break
    historyStart = line.start
    headerLines += 1
  }
  return historyStart
}

/**
 * True when the lines of a section are lists ("Tools: ISPF, QMF", "Database: DB2"): a "Technical Summary" written
 * that way is a skills section whatever its heading says.
 */
function listsSkills(lines: readonly TextLine[], start: number, end: number): boolean {
  // A link alone on its line is a page footer the PDF interleaved, not part of the section.
  const body = linesStartingIn(lines, start, end).filter(
    (line) => line.end <= end && line.text.trim() !== '' && !/^\s*\S+:\/\/\S+\s*$/.test(line.text),
  )
  const listed = body.filter((line) => {
    const text = line.text.replace(bulletPattern, '').trim()
    const labelled = labelPrefix.test(text) && text.replace(labelPrefix, '') !== ''
    return labelled || enumeratesItems(text) || isLabelledRow(text)
  })
  return listed.length >= 2 && listed.length >= (body.length * 2) / 3
}

function trimEnd(text: string, end: number): number {
  let position = end
  while (position > 0 && /\s/.test(text[position - 1] ?? '')) position--
  return position
}

/** The section containing an offset; 'other' when none does. */
export function sectionAt(sections: ResumeSection[], offset: number): ResumeSection | null {
  // Sections are sorted and disjoint (findSections makes them so): the last one starting at or before the offset
  // is the only candidate, found by binary search since a hostile text can have thousands of sections.
  let low = 0
  let high = sections.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((sections[middle] as ResumeSection).start <= offset) low = middle + 1
    else high = middle
  }
  const section = sections[low - 1]
  return section && offset < Math.max(section.end, section.start + 1) ? section : null
}
