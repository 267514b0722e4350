// Public surface of @shortlist/llm.

export { type KitCache, type KitCacheKeyInput, kitCacheKey, withKitCache } from './cache/with-kit-cache'
export {
  CANDIDATE_KIT_PROMPT,
  type CandidateKitOutput,
  ZCandidateKitOutput,
} from './capabilities/candidate-kit/candidate-kit.schema'
export {
  enforceKitRules,
  type KitViolation,
  lintKit,
  primaryQuestionType,
  QUESTION_TYPES_FOR,
} from './capabilities/kit-rules'
export {
  MAX_DEEPER_REQUIREMENTS,
  MIN_DEEPER_QUESTIONS,
  POOL_MAJORITY,
  POOL_PROVEN,
  type PoolProbe,
  type PoolSignal,
  planPoolProbing,
} from './capabilities/plan-pool-probing'
export { followPoolPlan } from './capabilities/role-kit/follow-pool-plan'
export { ROLE_KIT_PROMPT, type RoleKitOutput, ZRoleKitOutput } from './capabilities/role-kit/role-kit.schema'
// --- providers ---
export { createLlmProvider, type LlmProviderConfig } from './create-llm-provider'
export { cosineSimilarity } from './embedding/cosine-similarity'
// --- embeddings ---
export {
  closeOfflineEmbeddingThreads,
  createOfflineEmbedder,
  OFFLINE_EMBEDDING_MODEL,
  type OfflineEmbedderOptions,
} from './embedding/create-offline-embedder'
export type { SkillFinder, SkillSpan } from './embedding/tokenize-text'
export { questionId } from './hashing/stable-hash'
export {
  createOfflineProvider,
  OFFLINE_CANDIDATE_KIT_VERSION,
  OFFLINE_MODEL,
  OFFLINE_ROLE_KIT_VERSION,
  type OfflineProviderOptions,
} from './offline/create-offline-provider'
export { MAX_QUESTION_SIMILARITY, maxPairwiseSimilarity } from './offline/dedupe-questions'
export { createOpenAiEmbedder, type OpenAiEmbedderOptions } from './openai/create-openai-embedder'
export { createOpenAiProvider, type OpenAiProviderOptions } from './openai/create-openai-provider'
export {
  LlmError,
  LlmOutputError,
  LlmRateLimitError,
  LlmRequestError,
  LlmTimeoutError,
  LlmUnavailableError,
} from './openai/llm-errors'
export { DEFAULT_PRICE_TABLE, estimateCostUsd, type ModelPrice, type PriceTable } from './openai/price-table'
export { escapeDataBlock } from './prompts/delimit-data'
export { type LoadPromptOptions, loadPrompt, PROMPT_CANARY, type PromptTemplate } from './prompts/load-prompt'
// --- kits: question bank, de-duplication, prompts, schemas ---
export {
  loadQuestionBank,
  QUESTION_BANK_VERSION,
  type QuestionBank,
} from './question-bank/load-question-bank'

// --- privacy and caching ---
export { type CandidateIdentity, type Redaction, redactCandidate } from './redaction/redact-candidate'
export type {
  CandidateKitInput,
  Embedder,
  GeneratedKit,
  InterviewQuestion,
  LlmProvider,
  QuestionDifficulty,
  QuestionType,
  RoleKitInput,
  Rubric,
  RubricLevel,
} from './types'
