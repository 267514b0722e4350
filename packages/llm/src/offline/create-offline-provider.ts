import type { PostingLanguage, Taxonomy } from '@shortlist/core'
import { createOfflineEmbedder } from '../embedding/create-offline-embedder'
import { defaultTaxonomy } from '../embedding/default-skill-finder'
import { canonicalJson } from '../hashing/canonical-json'
import { sha256Hex } from '../hashing/stable-hash'
import {
  loadQuestionBank,
  QUESTION_BANK_VERSION,
  type QuestionBank,
} from '../question-bank/load-question-bank'
import type { CandidateKitInput, Embedder, GeneratedKit, LlmProvider, RoleKitInput } from '../types'
import { buildCandidateKit } from './build-candidate-kit'
import { buildRoleKit } from './build-role-kit'
import { MAX_QUESTION_SIMILARITY, QuestionSet } from './dedupe-questions'
import { type KitContext, phraseResponsibilities } from './kit-context'

export type OfflineProviderOptions = {
  /** Embedding size of the offline embedder; 256 by default. */
  dimensions?: number
  /** Replaces the offline embedder (kits are still de-duplicated with it). */
  embedder?: Embedder
  /** Defaults to the curated taxonomy of `@shortlist/core`. */
  taxonomy?: Taxonomy
  /** Folder of question bank JSON files; defaults to the package's `data/question-bank`. */
  questionBankDirectory?: URL
  /** Questions more similar than this (cosine) are treated as repeats; 0.9 by default. */
  maxSimilarity?: number
}

export const OFFLINE_MODEL = 'offline-question-bank-v1'
export const OFFLINE_ROLE_KIT_VERSION = `role-kit.offline.${QUESTION_BANK_VERSION}`
export const OFFLINE_CANDIDATE_KIT_VERSION = `candidate-kit.offline.${QUESTION_BANK_VERSION}`

function createContext(
  input: RoleKitInput,
  bank: QuestionBank,
  taxonomy: Taxonomy | null,
  embedder: Embedder,
  maxSimilarity: number,
): KitContext {
  const language: PostingLanguage = input.locale ?? input.job.language
  return {
    language,
    bank,
    taxonomy,
    seed: sha256Hex(canonicalJson({ job: input.job, requirements: input.requirements })).slice(0, 16),
    title: input.job.title.trim(),
    responsibilities: phraseResponsibilities(input.responsibilities),
    set: new QuestionSet(embedder, maxSimilarity),
    usedKeys: new Set(),
    templateUse: new Map(),
  }
}

function kit(questions: GeneratedKit['questions'], promptVersion: string): GeneratedKit {
  return {
    questions,
    promptVersion,
    model: OFFLINE_MODEL,
    usage: { inputTokens: 0, outputTokens: 0, costUsd: 0 },
  }
}

/** Network-free provider: kits assembled from the curated question bank, embeddings by feature hashing. Deterministic. */
export function createOfflineProvider(options: OfflineProviderOptions = {}): LlmProvider {
  const embedder = options.embedder ?? createOfflineEmbedder({ dimensions: options.dimensions ?? 256 })
  // Near-duplicate checks always use the offline embedder: free, local and deterministic.
  const dedupeEmbedder = embedder.model.startsWith('offline-') ? embedder : createOfflineEmbedder()
  const maxSimilarity = options.maxSimilarity ?? MAX_QUESTION_SIMILARITY
  const bank = () => loadQuestionBank(options.questionBankDirectory)
  const taxonomy = () => options.taxonomy ?? defaultTaxonomy()
  return {
    name: 'offline',
    model: OFFLINE_MODEL,
    embedder,
    promptVersions: { roleKit: OFFLINE_ROLE_KIT_VERSION, candidateKit: OFFLINE_CANDIDATE_KIT_VERSION },
    async generateRoleKit(input, callOptions) {
      callOptions?.signal?.throwIfAborted()
      const context = createContext(input, bank(), taxonomy(), dedupeEmbedder, maxSimilarity)
      return kit(await buildRoleKit(input, context), OFFLINE_ROLE_KIT_VERSION)
    },
    async generateCandidateKit(input: CandidateKitInput, callOptions) {
      callOptions?.signal?.throwIfAborted()
      const context = createContext(input, bank(), taxonomy(), dedupeEmbedder, maxSimilarity)
      return kit(await buildCandidateKit(input, context), OFFLINE_CANDIDATE_KIT_VERSION)
    },
  }
}
