import { CANDIDATE_KIT_PROMPT } from '../capabilities/candidate-kit/candidate-kit.schema'
import { generateCandidateKit } from '../capabilities/candidate-kit/generate-candidate-kit'
import { lintKit } from '../capabilities/kit-rules'
import { followPoolPlan } from '../capabilities/role-kit/follow-pool-plan'
import { generateRoleKit } from '../capabilities/role-kit/generate-role-kit'
import { ROLE_KIT_PROMPT } from '../capabilities/role-kit/role-kit.schema'
import { createOfflineEmbedder } from '../embedding/create-offline-embedder'
import { createOfflineProvider } from '../offline/create-offline-provider'
import { loadPrompt } from '../prompts/load-prompt'
import type { GeneratedKit, InterviewQuestion, LlmProvider, RoleKitInput } from '../types'
import { createOpenAiEmbedder } from './create-openai-embedder'
import { estimateCostUsd, type PriceTable } from './price-table'
import { createStructuredChat } from './run-structured-chat'

export type OpenAiProviderOptions = {
  apiKey: string
  /** Any OpenAI-compatible endpoint, e.g. `http://127.0.0.1:8080/v1`. */
  baseUrl?: string
  organization?: string
  /** A Chat Completions model; kits are requested in JSON mode. */
  chatModel: string
  /** Answers when a call to `chatModel` fails (LangChain `withFallbacks`). */
  fallbackChatModel?: string
  embeddingModel: string
  dimensions: number
  timeoutMs: number
  priceTable?: PriceTable
  /** Folder of prompt files; defaults to the repository's `prompts/`. */
  promptsDir?: string
}

/** Provider backed by an OpenAI-compatible API: SDK embeddings, LangChain kit chains, typed errors, no retries. */
export function createOpenAiProvider(options: OpenAiProviderOptions): LlmProvider {
  const connection = {
    apiKey: options.apiKey,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    ...(options.organization ? { organization: options.organization } : {}),
  }
  const chat = createStructuredChat({
    ...connection,
    chatModel: options.chatModel,
    ...(options.fallbackChatModel ? { fallbackChatModel: options.fallbackChatModel } : {}),
    timeoutMs: options.timeoutMs,
  })
  const embedder = createOpenAiEmbedder({
    ...connection,
    model: options.embeddingModel,
    dimensions: options.dimensions,
    timeoutMs: options.timeoutMs,
  })
  // Duplicate questions are spotted locally: free, deterministic, and no extra request per kit.
  const dedupeEmbedder = createOfflineEmbedder()
  const promptsOptions = options.promptsDir ? { promptsDir: options.promptsDir } : {}
  const roleKitPrompt = loadPrompt(ROLE_KIT_PROMPT.name, ROLE_KIT_PROMPT.version, promptsOptions)
  const candidateKitPrompt = loadPrompt(
    CANDIDATE_KIT_PROMPT.name,
    CANDIDATE_KIT_PROMPT.version,
    promptsOptions,
  )

  // Requirements the model left without a question of the right type get the offline kit's questions for them, so
  // every screened required requirement is covered whatever the model wrote.
  const offline = createOfflineProvider({ embedder: dedupeEmbedder })
  const fillUncovered = async (input: RoleKitInput, questions: InterviewQuestion[]) => {
    const uncovered = new Set(
      lintKit(questions, input.requirements).flatMap((violation) =>
        violation.code === 'UNCOVERED_REQUIREMENT' ? [violation.requirementId] : [],
      ),
    )
    if (uncovered.size === 0) return questions
    const extra = await offline.generateRoleKit({
      ...input,
      requirements: input.requirements.filter((requirement) => uncovered.has(requirement.id)),
    })
    const known = new Set(questions.map((question) => question.id))
    const types = new Map(input.requirements.map((requirement) => [requirement.id, requirement.type]))
    // Only the questions written for an uncovered requirement itself: the offline kit's competency questions merely
    // lean on a core requirement and would repeat the model's own behavioral set.
    const forItself = (question: InterviewQuestion) =>
      question.requirementIds.some(
        (id) =>
          uncovered.has(id) &&
          (question.type !== 'behavioral' || types.get(id) === 'trait' || types.get(id) === 'experience'),
      )
    return [
      ...questions,
      ...extra.questions.filter((question) => !known.has(question.id) && forItself(question)),
    ]
  }

  const toKit = (
    result: {
      questions: GeneratedKit['questions']
      usage: { inputTokens: number; outputTokens: number }
      model: string
    },
    promptVersion: string,
  ): GeneratedKit => ({
    questions: result.questions,
    promptVersion,
    model: result.model,
    usage: { ...result.usage, costUsd: estimateCostUsd(result.model, result.usage, options.priceTable) },
  })

  return {
    name: 'openai',
    model: options.chatModel,
    embedder,
    promptVersions: { roleKit: roleKitPrompt.id, candidateKit: candidateKitPrompt.id },
    async generateRoleKit(input, callOptions) {
      const result = await generateRoleKit(chat, roleKitPrompt, input, {
        signal: callOptions?.signal,
        dedupeEmbedder,
      })
      // Type coverage first, then the pool plan: deeper probing where the applicant pool is weakest or unproven.
      const covered = await fillUncovered(input, result.questions)
      const questions = await followPoolPlan(input, covered, (subset) => offline.generateRoleKit(subset))
      return toKit({ ...result, questions }, roleKitPrompt.id)
    },
    async generateCandidateKit(input, callOptions) {
      const result = await generateCandidateKit(chat, candidateKitPrompt, input, {
        signal: callOptions?.signal,
        dedupeEmbedder,
      })
      return toKit(result, candidateKitPrompt.id)
    },
  }
}
