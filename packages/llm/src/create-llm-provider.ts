import { createOfflineProvider, type OfflineProviderOptions } from './offline/create-offline-provider'
import { createOpenAiProvider } from './openai/create-openai-provider'
import type { PriceTable } from './openai/price-table'
import type { LlmProvider } from './types'

export type LlmProviderConfig = {
  openAiApiKey?: string
  openAiBaseUrl?: string
  openAiOrganization?: string
  /** Default `gpt-4o-mini`. */
  chatModel?: string
  /** Answers when a call to the chat model fails; unset means no fallback. */
  fallbackChatModel?: string
  /** Default `text-embedding-3-small`. */
  embeddingModel?: string
  /** Embedding size for either provider; default 256 so both fit the same vector column. */
  embeddingDimensions?: number
  /** Default 60 000 ms. */
  timeoutMs?: number
  priceTable?: PriceTable
  promptsDir?: string
  offline?: Omit<OfflineProviderOptions, 'dimensions'>
}

/** Picks the OpenAI provider when a key or base URL is configured, otherwise the offline one. */
export function createLlmProvider(config: LlmProviderConfig = {}): LlmProvider {
  const dimensions = config.embeddingDimensions ?? 256
  if (!config.openAiApiKey && !config.openAiBaseUrl)
    return createOfflineProvider({ ...config.offline, dimensions })
  return createOpenAiProvider({
    // Self-hosted OpenAI-compatible servers usually ignore the key, but the SDK requires one.
    apiKey: config.openAiApiKey ?? 'no-key',
    ...(config.openAiBaseUrl ? { baseUrl: config.openAiBaseUrl } : {}),
    ...(config.openAiOrganization ? { organization: config.openAiOrganization } : {}),
    chatModel: config.chatModel ?? 'gpt-4o-mini',
    ...(config.fallbackChatModel ? { fallbackChatModel: config.fallbackChatModel } : {}),
    embeddingModel: config.embeddingModel ?? 'text-embedding-3-small',
    dimensions,
    timeoutMs: config.timeoutMs ?? 60_000,
    ...(config.priceTable ? { priceTable: config.priceTable } : {}),
    ...(config.promptsDir ? { promptsDir: config.promptsDir } : {}),
  })
}
