import { createHash } from 'node:crypto'
import type { RequirementResult } from '@shortlist/core'
import {
  findApplication,
  findCandidate,
  findDocument,
  findEvaluation,
  findJob,
  findOrganization,
  listRequirements,
  markKitFailed,
  readCache,
  recordUsage,
  saveKitReady,
  sumUsage,
  usageMonth,
  writeCache,
} from '@shortlist/db'
import { estimateCostUsd, type GeneratedKit, LlmOutputError, type RoleKitInput } from '@shortlist/llm'
import type { EngineDeps } from './engine-deps'
import { EngineError } from './engine-error'
import { toRequirementInput } from './to-requirement-input'

export type KitTarget = { organizationId: string; jobId: string; applicationId: string | null }

/** One billed model call, as recorded against the organisation's budget. */
export type LlmUsageRecord = {
  purpose: 'role-kit' | 'candidate-kit'
  model: string
  inputTokens: number
  outputTokens: number
  costUsd: number
}

/** Throws BUDGET_EXCEEDED when the organisation has spent its monthly LLM budget. */
export async function assertWithinBudget(
  deps: Pick<EngineDeps, 'db'>,
  organizationId: string,
  at: Date,
): Promise<void> {
  const organization = await findOrganization(deps.db, organizationId)
  if (!organization || organization.monthlyBudgetUsd === null) return
  const usage = await sumUsage(deps.db, organizationId, usageMonth(at))
  if (usage.costUsd >= organization.monthlyBudgetUsd) {
    throw new EngineError(
      'BUDGET_EXCEEDED',
      `The organisation has used its monthly LLM budget of $${organization.monthlyBudgetUsd.toFixed(2)}.`,
    )
  }
}

/**
 * Writes a role kit (per job) or a candidate kit (per application) and stores it. Identical inputs are answered
 * from the cache keyed by provider, model and input hash. Usage is recorded only for calls that reached a model.
 */
export async function generateInterviewKit(
  deps: Pick<EngineDeps, 'db' | 'llm'>,
  target: KitTarget,
  options: {
    now: Date
    signal?: AbortSignal | undefined
    locale?: 'en' | 'pt' | 'es' | undefined
    /** Told about each billed call once it is recorded (the worker's metrics). */
    onUsage?: ((usage: LlmUsageRecord) => void) | undefined
  },
): Promise<{ questions: number; cached: boolean }> {
  const { db, llm } = deps
  const { organizationId, jobId, applicationId } = target
  const job = await findJob(db, organizationId, jobId)
  if (!job) throw new EngineError('NOT_FOUND', `job ${jobId} not found`)
  if (job.status !== 'ready')
    throw new EngineError('JOB_NOT_READY', 'the posting is still being analysed', { retryable: true })

  const requirements = await listRequirements(db, organizationId, jobId)
  const roleInput: RoleKitInput = {
    job: { id: job.id, title: job.title, description: job.description, language: toLanguage(job.language) },
    responsibilities: job.responsibilities,
    requirements: requirements.map(toRequirementInput),
    ...(options.locale ? { locale: options.locale } : {}),
  }

  let generate: () => Promise<GeneratedKit>
  let cacheInput: unknown
  if (applicationId) {
    const application = await findApplication(db, organizationId, applicationId)
    if (!application || application.jobId !== jobId)
      throw new EngineError('NOT_FOUND', `application ${applicationId} not found`)
    const [document, evaluation, candidate] = await Promise.all([
      findDocument(db, organizationId, application.documentId),
      findEvaluation(db, organizationId, applicationId),
      application.candidateId ? findCandidate(db, organizationId, application.candidateId) : null,
    ])
    if (!document?.text || !evaluation) {
      throw new EngineError('JOB_NOT_READY', 'the application has not been scored yet', { retryable: true })
    }
    const candidateInput = {
      ...roleInput,
      candidate: {
        name: candidate?.name ?? null,
        email: candidate?.email ?? null,
        phone: candidate?.phone ?? null,
      },
      resumeText: document.text,
      results: evaluation.requirements as RequirementResult[],
    }
    cacheInput = candidateInput
    generate = () => llm.generateCandidateKit(candidateInput, { signal: options.signal })
  } else {
    cacheInput = roleInput
    generate = () => llm.generateRoleKit(roleInput, { signal: options.signal })
  }

  // Keyed by prompt version, model and input: a new prompt or model never serves a stale kit.
  const kind = applicationId ? 'candidateKit' : 'roleKit'
  const cacheKey = createHash('sha256')
    .update(JSON.stringify([llm.name, llm.model, kind, llm.promptVersions?.[kind] ?? null, cacheInput]))
    .digest('hex')
  const cached = (await readCache(db, cacheKey)) as GeneratedKit | null
  if (cached) {
    await saveKitReady(db, organizationId, target, cached)
    return { questions: cached.questions.length, cached: true }
  }

  await assertWithinBudget(deps, organizationId, options.now)
  let kit: GeneratedKit
  try {
    kit = await generate()
  } catch (error) {
    // Invalid output was still billed by the provider: count it against the budget before giving up.
    if (error instanceof LlmOutputError && error.usage) {
      const usage: LlmUsageRecord = {
        purpose: applicationId ? 'candidate-kit' : 'role-kit',
        model: error.usage.model,
        inputTokens: error.usage.inputTokens,
        outputTokens: error.usage.outputTokens,
        costUsd: estimateCostUsd(error.usage.model, error.usage),
      }
      await recordUsage(db, organizationId, { ...usage, at: options.now })
      options.onUsage?.(usage)
    }
    throw error
  }
  const usage: LlmUsageRecord = {
    purpose: applicationId ? 'candidate-kit' : 'role-kit',
    model: kit.model,
    inputTokens: kit.usage.inputTokens,
    outputTokens: kit.usage.outputTokens,
    costUsd: kit.usage.costUsd,
  }
  await db.transaction().execute(async (trx) => {
    await recordUsage(trx, organizationId, { ...usage, at: options.now })
    await writeCache(trx, cacheKey, kit, applicationId)
    await saveKitReady(trx, organizationId, target, kit)
  })
  options.onUsage?.(usage)
  return { questions: kit.questions.length, cached: false }
}

/** Records a kit failure the user can read; used when retries are exhausted or the failure is final. */
export async function failInterviewKit(
  deps: Pick<EngineDeps, 'db'>,
  target: KitTarget,
  error: { code: string; message: string },
): Promise<void> {
  await markKitFailed(deps.db, target.organizationId, target, error)
}

function toLanguage(language: string): 'en' | 'pt' | 'es' {
  return language === 'pt' || language === 'es' ? language : 'en'
}
