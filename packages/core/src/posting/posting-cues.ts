import type { PostingSectionName, RequirementKind } from '../types'
import { normalizeText } from './normalize-text'

type HeadingSection = Exclude<PostingSectionName, 'title' | 'other'>

// Checked in this order: "Preferred qualifications" must hit nice_to_have before "qualifications" hits required,
// and "What you'll need" must not be read as a responsibilities heading.
const HEADING_PHRASES: ReadonlyArray<readonly [HeadingSection, readonly string[]]> = [
  [
    'nice_to_have',
    [
      'nice to have',
      'nice to haves',
      'good to have',
      'preferred',
      'preferred qualifications',
      'bonus',
      'bonus points',
      'extra points',
      'pluses',
      'plus',
      'desirable',
      'diferenciais',
      'diferencial',
      'desejavel',
      'desejaveis',
      'sera um diferencial',
      'deseable',
      'deseables',
      'valorable',
      'valorables',
      'se valorara',
      'puntos extra',
    ],
  ],
  [
    'benefits',
    [
      'benefits',
      'perks',
      'what we offer',
      'we offer',
      'compensation',
      'beneficios',
      'o que oferecemos',
      'ofrecemos',
      'que ofrecemos',
    ],
  ],
  [
    'company',
    [
      'about us',
      'about the company',
      'who we are',
      'what we do',
      'our company',
      'our mission',
      'sobre nos',
      'sobre a empresa',
      'quem somos',
      'quienes somos',
      'sobre nosotros',
      'la empresa',
      'a empresa',
    ],
  ],
  [
    'responsibilities',
    [
      "what you'll do",
      'what you will do',
      "what you'll be doing",
      'responsibilities',
      'your responsibilities',
      'the role',
      'your role',
      'your mission',
      'day to day',
      'duties',
      'responsabilidades',
      'atribuicoes',
      'atividades',
      'o que voce vai fazer',
      'o que voce fara',
      'funciones',
      'que haras',
      'lo que haras',
      'tus responsabilidades',
    ],
  ],
  [
    'required',
    [
      'requirements',
      'required',
      'must have',
      'must haves',
      'minimum qualifications',
      'basic qualifications',
      'qualifications',
      "what you'll need",
      'what you will need',
      'what you need',
      "what we're looking for",
      'what we are looking for',
      'who you are',
      'about you',
      'you have',
      'your profile',
      'skills',
      'requisitos',
      'requisitos obrigatorios',
      'requisitos minimos',
      'obrigatorio',
      'imprescindible',
      'imprescindibles',
      'requisitos imprescindibles',
      'o que buscamos',
      'o que esperamos',
      'lo que buscamos',
      'perfil',
      'qualificacoes',
      'competencias',
    ],
  ],
]

// Words that may surround a heading phrase without making the line something else
// ("Key responsibilities", "Required skills & experience", "What you'll need to succeed").
const HEADING_FILLERS = new Set([
  'key',
  'main',
  'core',
  'our',
  'your',
  'the',
  'and',
  '&',
  'to',
  'succeed',
  'skills',
  'skill',
  'qualifications',
  'requirements',
  'experience',
  'technical',
  'tech',
  'stack',
  'points',
  'de',
  'do',
  'da',
  'e',
  'y',
  'las',
  'los',
  'principais',
  'principales',
  'habilidades',
  'tecnicos',
  'tecnicas',
  'minimos',
  'candidate',
  'ideal',
  'role',
  'job',
  'position',
])

/** Removes markdown decoration and a trailing colon from a heading candidate. */
function cleanHeading(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s*/, '')
    .replace(/^[*_]{1,3}|[*_]{1,3}$/g, '')
    .replace(/[*_]{1,3}\s*:?\s*$/, '')
    .replace(/\s*:\s*$/, '')
    .replace(/^[*_]{1,3}|[*_]{1,3}$/g, '')
    .trim()
}

function headingWords(heading: string): string[] {
  return normalizeText(heading)
    .replace(/[-–—/]/g, ' ')
    .replace(/[^\p{L}\p{N}'&\s]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0)
}

/** Returns which known section a heading names, or null when its words are not a known heading phrase. */
export function classifyHeading(heading: string): HeadingSection | null {
  const words = headingWords(cleanHeading(heading))
  if (words.length === 0 || words.length > 8) return null
  const joined = ` ${words.join(' ')} `
  for (const [section, phrases] of HEADING_PHRASES) {
    for (const phrase of phrases) {
      const index = joined.indexOf(` ${phrase} `)
      if (index < 0) continue
      const rest = `${joined.slice(0, index)} ${joined.slice(index + phrase.length + 2)}`
        .split(/\s+/)
        .filter((word) => word.length > 0)
      if (rest.every((word) => HEADING_FILLERS.has(word))) return section
    }
  }
  return null
}

/**
 * Decides whether a whole line is a section heading. Known phrases count with or without decoration;
 * unknown short lines count only when decorated (markdown or a trailing colon), so "Python" stays content.
 */
export function readHeadingLine(line: string): { section: PostingSectionName } | null {
  const trimmed = line.trim()
  if (trimmed.length === 0 || trimmed.length > 70) return null
  if (/^[-•●▪◦‣*+]\s|^\d+[.)]\s/.test(trimmed) && !/^\*\*/.test(trimmed)) return null
  const known = classifyHeading(trimmed)
  if (known) return { section: known }
  const decorated = /^#{1,6}\s/.test(trimmed) || /^\*\*[^*]+\*\*:?$/.test(trimmed) || /:$/.test(trimmed)
  const words = cleanHeading(trimmed).split(/\s+/).length
  if (decorated && words <= 6 && !/[.!?]/.test(cleanHeading(trimmed))) return { section: 'other' }
  return null
}

/**
 * A line that opens with a heading phrase and carries content on the same line ("Nice to have: Kafka").
 * Returns the section and where the content starts.
 */
export function readInlineLabel(line: string): { section: HeadingSection; contentOffset: number } | null {
  const match = /^(\s*(?:[-•●▪◦‣*+]\s+)?(?:\*\*)?)([^:\n]{2,40}?)(?:\*\*)?\s*:\s*(?:\*\*)?\s*(?=\S)/.exec(
    line,
  )
  if (!match) return null
  const section = classifyHeading(match[2] ?? '')
  if (!section) return null
  return { section, contentOffset: match[0].length }
}

const NICE_CUES = [
  /\b(?:is |would be |will be |as )?an? (?:big |huge |strong )?plus\b/,
  /\bpluses\b/,
  /\bideally\b/,
  /\bideal(?:mente)?\b/,
  /\bpreferred\b/,
  /\bpreferabl[ye]\b/,
  /\bnice[ -]to[ -]have\b/,
  /\bgood[ -]to[ -]have\b/,
  /\bbonus\b/,
  /\bdesirable\b/,
  /\bdiferencia(?:l|is)\b/,
  /\bdesejave(?:l|is)\b/,
  /\bdeseable(?:s)?\b/,
  /\bvalorable(?:s)?\b/,
  /\bse valorara\b/,
  /\bsera valorad[oa]\b/,
  /\bnot required\b/,
  /\bnao obrigatorio\b/,
]

const REQUIRED_CUES = [
  // "travel as required" describes a duty, not a requirement.
  /(?<!\b(?:as|where|when|if|is|are) )\brequired\b/,
  /\bis required\b/,
  /\brequirement\b/,
  /\bmust\b/,
  /\bstrong (?:experience|background|knowledge|skills?)\b/,
  /\b\d+\s*\+\s*(?:years?|yrs|anos|anos)\b/,
  /\bat least\b/,
  /\bminimum (?:of )?\d+/,
  /\bobrigatori[oa]s?\b/,
  /\bimprescindible(?:s)?\b/,
  /\brequerid[oa]s?\b/,
  /\bessential\b/,
]

/** Reads the kind a line states for itself ("... is a plus", "must have ..."), or null when it states none. */
export function readInlineKind(text: string): RequirementKind | null {
  const normalized = normalizeText(text)
  // "Nice to have" wins over "required" because phrases like "3+ years of Go is a plus" carry both.
  if (NICE_CUES.some((cue) => cue.test(normalized))) return 'nice_to_have'
  if (REQUIRED_CUES.some((cue) => cue.test(normalized))) return 'required'
  return null
}

const QUALIFICATION_WORDS =
  /\b(?:experience[ds]?|degree|bachelor'?s?|masters?|master's|phd|b\.?s\.?|m\.?s\.?|mba|years?|knowledge|ability|able to|proficien\w*|fluen\w*|familiar\w*|understanding|skills?|certifi\w*|background|track record|demonstrated|expertise|expert|strong|excellent|you have|you bring|we need|looking for|experiencia|conhecimentos?|conocimientos?|formacao|formacion|graduacao|graduado|licenciatura|titulo|dominio|fluencia|ingles|anos|habilidades?|capacidade|capacidad|superior completo)\b/

/** True when a line reads like a qualification rather than a duty or a company statement. */
export function isQualificationLike(text: string): boolean {
  return QUALIFICATION_WORDS.test(normalizeText(text))
}

// Base-form verbs that open duty statements ("Build ...", "Work closely with ...", "Construir ...").
const DUTY_VERBS = new Set(
  (
    'act address advise analyse analyze apply assess automate become build collaborate communicate conduct consult ' +
    'contribute coordinate create define deliver deploy design develop drive engage ensure establish evaluate execute ' +
    'facilitate guide help hire identify implement improve influence keep lead maintain make manage mentor monitor ' +
    'negotiate obtain onboard operate optimize optimise own oversee partner plan prepare present promote provide ' +
    'recommend represent research review run scale serve set shape ship support test translate travel use work write ' +
    'construir desenvolver garantir modelar criar liderar trabalhar gerenciar apoiar atuar participar manter colaborar ' +
    'disenar desarrollar gestionar trabajar implementar mantener definir asegurar participar'
  ).split(' '),
)

// Words that turn a leading verb into a qualification noun phrase ("Work experience in ...").
const QUALIFICATION_NOUNS = new Set(['experience', 'experiencia', 'knowledge', 'history', 'ethic'])

/** True when a line opens like a duty ("Build and maintain ...") rather than a qualification. */
export function isDutyLike(text: string): boolean {
  const words = normalizeText(text).match(/[\p{L}]+/gu) ?? []
  const first = words[0]
  return first !== undefined && DUTY_VERBS.has(first) && !QUALIFICATION_NOUNS.has(words[1] ?? '')
}
