import type { RequirementInput, RequirementType } from '@shortlist/core'
import type { InterviewQuestion, QuestionType } from '../types'

/**
 * Which kind of question may assess each type of requirement. A technical question tests a skill, a domain or a
 * practised activity; a trait is observed through past behaviour (STAR); a language is assessed by speaking it;
 * logistics, degrees and licences are facts to confirm, not answers to grade. Years in a role are probed by
 * walking through that career (behavioral).
 */
export const QUESTION_TYPES_FOR: Readonly<Record<RequirementType, readonly QuestionType[]>> = {
  skill: ['technical', 'behavioral'],
  knowledge: ['technical', 'behavioral'],
  activity: ['technical', 'behavioral'],
  trait: ['behavioral'],
  language: ['language'],
  experience: ['behavioral'],
  degree: ['recruiter_check'],
  certification: ['recruiter_check'],
  logistics: ['recruiter_check'],
}

/** The question type a kit uses first for a requirement of this type. */
export function primaryQuestionType(type: RequirementType): QuestionType {
  return (QUESTION_TYPES_FOR[type] ?? ['technical'])[0] as QuestionType
}

export type KitViolation =
  | {
      code: 'TYPE_MISMATCH'
      questionId: string
      requirementId: string
      questionType: QuestionType
      requirementType: RequirementType
    }
  | { code: 'MISSING_WHY'; questionId: string }
  | { code: 'UNCOVERED_REQUIREMENT'; requirementId: string }
  | { code: 'UNANCHORED_TECHNICAL'; questionId: string }

/**
 * Checks a kit against the rules: every question's type fits each requirement it assesses, every question says why
 * it is there, every screened required requirement is covered, and a technical question assesses some requirement
 * (or, in a candidate kit, quotes the resume claim it verifies).
 */
export function lintKit(
  questions: readonly InterviewQuestion[],
  requirements: readonly RequirementInput[],
): KitViolation[] {
  const byId = new Map(requirements.map((requirement) => [requirement.id, requirement]))
  const violations: KitViolation[] = []
  const covered = new Set<string>()
  for (const question of questions) {
    if (question.why.trim().length === 0) violations.push({ code: 'MISSING_WHY', questionId: question.id })
    if (question.type === 'technical' && question.requirementIds.length === 0 && !question.quote)
      violations.push({ code: 'UNANCHORED_TECHNICAL', questionId: question.id })
    for (const requirementId of question.requirementIds) {
      const requirement = byId.get(requirementId)
      if (!requirement) continue
      if (!QUESTION_TYPES_FOR[requirement.type].includes(question.type)) {
        violations.push({
          code: 'TYPE_MISMATCH',
          questionId: question.id,
          requirementId,
          questionType: question.type,
          requirementType: requirement.type,
        })
      } else covered.add(requirementId)
    }
  }
  for (const requirement of requirements) {
    if (requirement.kind === 'required' && requirement.screened && !covered.has(requirement.id))
      violations.push({ code: 'UNCOVERED_REQUIREMENT', requirementId: requirement.id })
  }
  return violations
}

/**
 * Removes what breaks the type rules from model or bank output: a requirement id a question's type cannot assess is
 * unlinked, and a technical question left assessing nothing (and quoting nothing) is dropped. Coverage gaps are
 * left for the caller to fill.
 */
export function enforceKitRules(
  questions: readonly InterviewQuestion[],
  requirements: readonly RequirementInput[],
): InterviewQuestion[] {
  const byId = new Map(requirements.map((requirement) => [requirement.id, requirement]))
  const kept: InterviewQuestion[] = []
  for (const question of questions) {
    const requirementIds = question.requirementIds.filter((id) => {
      const requirement = byId.get(id)
      return !requirement || QUESTION_TYPES_FOR[requirement.type].includes(question.type)
    })
    if (question.requirementIds.length > 0 && requirementIds.length === 0) continue
    if (question.type === 'technical' && requirementIds.length === 0 && !question.quote) continue
    kept.push({ ...question, requirementIds })
  }
  return kept
}
