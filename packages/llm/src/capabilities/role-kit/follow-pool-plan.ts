import { describePool } from '../../offline/explain-question'
import type { GeneratedKit, InterviewQuestion, RoleKitInput } from '../../types'
import { MIN_DEEPER_QUESTIONS, planPoolProbing } from '../plan-pool-probing'

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * Holds a model's role kit to the pool plan, as `enforceKitRules` holds it to the type rules: every technical
 * question on a requirement the pool says something about carries that reason in its "why" (appended when the
 * model left it out), and a requirement to probe deeper that got fewer than MIN_DEEPER_QUESTIONS technical
 * questions, or none at advanced difficulty, gets the offline kit's questions for it.
 */
export async function followPoolPlan(
  input: RoleKitInput,
  questions: readonly InterviewQuestion[],
  offlineRoleKit: (input: RoleKitInput) => Promise<GeneratedKit>,
): Promise<InterviewQuestion[]> {
  const probes = planPoolProbing(input.requirements, input.pool)
  if (probes.size === 0) return [...questions]
  const language = input.locale ?? input.job.language
  const onRequirement = (question: InterviewQuestion, requirementId: string) =>
    question.type === 'technical' && question.requirementIds.includes(requirementId)

  const short = [...probes.values()].filter((probe) => {
    if (!probe.deeper) return false
    const asked = questions.filter((question) => onRequirement(question, probe.requirementId))
    return (
      asked.length < MIN_DEEPER_QUESTIONS || !asked.some((question) => question.difficulty === 'advanced')
    )
  })
  const kit = [...questions]
  if (short.length > 0) {
    const shortIds = new Set(short.map((probe) => probe.requirementId))
    const extra = await offlineRoleKit({
      ...input,
      requirements: input.requirements.filter((requirement) => shortIds.has(requirement.id)),
    })
    const known = new Set(kit.map((question) => question.id))
    for (const probe of short) {
      for (const question of extra.questions) {
        const asked = kit.filter((existing) => onRequirement(existing, probe.requirementId))
        const enough =
          asked.length >= MIN_DEEPER_QUESTIONS && asked.some((existing) => existing.difficulty === 'advanced')
        if (enough) break
        if (known.has(question.id) || !onRequirement(question, probe.requirementId)) continue
        known.add(question.id)
        kit.push(question)
      }
    }
  }

  return kit.map((question) => {
    if (question.type !== 'technical') return question
    for (const requirementId of question.requirementIds) {
      const probe = probes.get(requirementId)
      const note = probe ? describePool(language, probe) : null
      if (!note) continue
      const figure = /\d+%/.exec(note)?.[0] ?? note
      if (question.why.includes(figure)) return question
      return { ...question, why: `${question.why.trim()} ${capitalise(note)}` }
    }
    return question
  })
}
