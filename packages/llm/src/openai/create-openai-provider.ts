import { CANDIDATE_KIT_PROMPT } from '../capabilities/candidate-kit/candidate-kit.schema'
import { generateCandidateKit } from '../capabilities/candidate-kit/generate-candidate-kit'
import { generateRoleKit } from '../capabilities/role-kit/generate-role-kit'
import { ROLE_KIT_PROMPT } from '../capabilities/role-kit/role-kit.schema'
import { createOfflineEmbedder } from '../embedding/create-offline-embedder'
import { loadPrompt } from '../prompts/load-prompt'
import type { GeneratedKit, LlmProvider } from '../types'
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
      return toKit(result, roleKitPrompt.id)
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
