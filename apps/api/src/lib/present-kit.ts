import type { KitRecord } from '@shortlist/db'
import type { InterviewQuestion } from '@shortlist/llm'

export function presentKit(kit: KitRecord) {
  return {
    status: kit.status,
    questions:
      kit.status === 'failed' && kit.questions.length === 0 ? [] : (kit.questions as InterviewQuestion[]),
    ...(kit.error ? { error: kit.error } : {}),
    pool: kit.pool,
    promptVersion: kit.promptVersion,
    model: kit.model,
    updatedAt: kit.updatedAt.toISOString(),
  }
}
