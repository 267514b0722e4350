import type { PostingLanguage, RequirementInput, Taxonomy } from '@shortlist/core'
import { getSkill } from '@shortlist/core'
import { fnv1a32 } from '../hashing/stable-hash'
import type { QuestionBank } from '../question-bank/load-question-bank'
import type { QuestionDifficulty } from '../types'
import type { QuestionSet } from './dedupe-questions'
import { hasTerm, toHaystack } from './match-terms'
import { phraseResponsibility } from './render-question'

/** Everything one kit build shares: language, bank, the accepted questions so far and usage counters. */
export type KitContext = {
  language: PostingLanguage
  bank: QuestionBank
  taxonomy: Taxonomy | null
  /** Mixed into tie-break hashes so two postings do not always get the same wording; fixed per input. */
  seed: string
  title: string
  responsibilities: string[]
  set: QuestionSet
  usedKeys: Set<string>
  templateUse: Map<string, number>
}

export type RequirementProfile = {
  requirement: RequirementInput
  /** Display name of the requirement's first known skill, or a readable form of its id. */
  skillName: string | null
  /** Skill ids and names only: a hit here is a strong match. */
  skillHaystack: string
  /** Label, keywords, skills and their categories. */
  haystack: string
}

function humaniseSkillId(id: string): string {
  return id.replace(/[-_]+/g, ' ')
}

/** Resolves a requirement's skills through the taxonomy into text the bank's terms can match. */
export function describeRequirement(
  requirement: RequirementInput,
  taxonomy: Taxonomy | null,
): RequirementProfile {
  const skills = requirement.skillIds.map((id) => (taxonomy ? getSkill(taxonomy, id) : undefined))
  const names = requirement.skillIds.map((id, index) => skills[index]?.name ?? humaniseSkillId(id))
  const aliases = skills.flatMap((skill) => skill?.aliases ?? [])
  const categories = skills.flatMap((skill) =>
    skill ? [humaniseSkillId(skill.category), skill.category] : [],
  )
  const skillHaystack = toHaystack(
    [...requirement.skillIds.map(humaniseSkillId), ...names, ...aliases].join(' '),
  )
  const haystack = toHaystack(
    [
      requirement.label,
      ...requirement.keywords,
      ...requirement.skillIds.map(humaniseSkillId),
      ...names,
      ...categories,
    ].join(' '),
  )
  return { requirement, skillName: names[0] ?? null, skillHaystack, haystack }
}

/** How strongly a bank topic fits a requirement: 3 per term naming one of its skills, 1 per other term. */
export function scoreTopic(terms: readonly string[], profile: RequirementProfile): number {
  let score = 0
  for (const term of terms) {
    if (hasTerm(profile.skillHaystack, term)) score += 3
    else if (hasTerm(profile.haystack, term)) score += 1
  }
  return score
}

const DIFFICULTY_RANK: Record<QuestionDifficulty, number> = { foundational: 0, intermediate: 1, advanced: 2 }

/** Distance between two difficulties, 0..2. */
export function difficultyDistance(left: QuestionDifficulty, right: QuestionDifficulty): number {
  return Math.abs(DIFFICULTY_RANK[left] - DIFFICULTY_RANK[right])
}

/** A stable pseudo-random rank for tie-breaking, fixed by the kit's seed. */
export function tieBreak(context: KitContext, key: string): number {
  return fnv1a32(`${context.seed}\u0000${key}`)
}

const SENIOR =
  /\b(senior|sr|staff|principal|lead|head|architect|s[eê]nior|especialista|l[ií]der|jefe|arquitect)/i
const JUNIOR = /\b(junior|jr|intern|trainee|graduate|entry|j[uú]nior|estagi|becari|practicante)/i

/** Reads the seniority implied by the job title into a default difficulty. */
export function difficultyForTitle(title: string): QuestionDifficulty {
  if (SENIOR.test(title)) return 'advanced'
  if (JUNIOR.test(title)) return 'foundational'
  return 'intermediate'
}

/** Picks the responsibility that shares the most words with `text`, or null when none does. */
export function closestResponsibility(context: KitContext, text: string): string | null {
  const words = new Set(
    toHaystack(text)
      .trim()
      .split(' ')
      .filter((word) => word.length > 2),
  )
  let best: { responsibility: string; overlap: number } | null = null
  for (const responsibility of context.responsibilities) {
    const overlap = toHaystack(responsibility)
      .trim()
      .split(' ')
      .filter((word) => words.has(word)).length
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { responsibility, overlap }
  }
  return best?.responsibility ?? null
}

/** Responsibilities cleaned for use inside question sentences, empties dropped. */
export function phraseResponsibilities(responsibilities: readonly string[]): string[] {
  return responsibilities.map(phraseResponsibility).filter((text) => text.length >= 8)
}
