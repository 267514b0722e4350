import { findSkills, type Taxonomy } from '../taxonomy'
import { classifyHeading, isHeadingWord, isSectionKeyword } from './find-sections'
import { foldCase } from './split-lines'
import { hasTitleWord } from './split-role-header'

// Words that qualify a role rather than name a person: grade, licence and scope ("Registered Nurse", "Senior Staff
// Accountant", "Enfermeira Chefe"). A person's name is never made of these alone.
const roleModifiers = new Set([
  'senior',
  'junior',
  'sr',
  'jr',
  'mid',
  'level',
  'staff',
  'principal',
  'lead',
  'chief',
  'head',
  'deputy',
  'assistant',
  'associate',
  'acting',
  'interim',
  'general',
  'registered',
  'certified',
  'licensed',
  'chartered',
  'professional',
  'executive',
  'global',
  'regional',
  'national',
  'area',
  'district',
  'i',
  'ii',
  'iii',
  'iv',
  'pleno',
  'chefe',
  'auxiliar',
  'adjunto',
  'adjunta',
  'geral',
])

/**
 * True when a short line that looks like a name is a section heading or a job title instead ("Executive Profile",
 * "Registered Nurse", "Project Manager"): every word of it is a heading word, a role's head noun or qualifier, or
 * part of a skill or occupation the taxonomy knows. A personal name has at least one word none of these explain.
 */
export function namesRoleOrHeading(line: string, taxonomy?: Taxonomy): boolean {
  const text = line.trim()
  if (classifyHeading(text)) return true
  const words = [...text.matchAll(/[\p{L}][\p{L}'’.-]*/gu)]
  if (words.length === 0) return true
  // "Analista de Dados", "Head of Sales", "Jefe de Obra": a role's head noun, then what it works on.
  const [head, linker] = words
  if (head && linker && hasTitleWord(head[0]) && /^(?:of|for|de|do|da|dos|das|del)$/iu.test(linker[0]))
    return true
  // Spans of the line the taxonomy reads as a skill or an occupation ("Project Manager", "Data Science").
  const covered = taxonomy ? findSkills(text, taxonomy) : []
  return words.every((match) => {
    const word = match[0].replace(/[.]+$/, '')
    const start = match.index
    const end = start + match[0].length
    return (
      covered.some((skill) => skill.start <= start && end <= skill.end) ||
      isHeadingWord(word) ||
      roleModifiers.has(foldCase(word)) ||
      hasTitleWord(word)
    )
  })
}

/** True when a line reads as a section heading: it ends on a heading keyword ("Executive Profile", "Career Overview"). */
export function endsLikeHeading(line: string): boolean {
  const words = line.trim().split(/\s+/)
  const last = words[words.length - 1]?.replace(/[:：]$/, '')
  return last !== undefined && isSectionKeyword(last) && namesRoleOrHeading(line)
}
