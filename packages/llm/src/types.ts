import type { KitPool, PostingLanguage, RequirementInput, RequirementResult } from '@shortlist/core'

/** Turns texts into unit-length vectors of a fixed size (stored in pgvector). */
export type Embedder = {
  /** e.g. `offline-hash-v1` or `text-embedding-3-small`. Stored beside every vector. */
  model: string
  dimensions: number
  embed(texts: string[], options?: { signal?: AbortSignal }): Promise<number[][]>
}

/**
 * technical: a skill, a domain or an activity; behavioral: a STAR question on a trait, a competency or a career;
 * language: a part of the interview held in a language the posting requires; recruiter_check: logistics, degrees and
 * licences, confirmed with the candidate rather than interviewed.
 */
export type QuestionType = 'behavioral' | 'technical' | 'language' | 'recruiter_check'
export type QuestionDifficulty = 'foundational' | 'intermediate' | 'advanced'

export type RubricLevel = { level: 1 | 2 | 3 | 4; label: string; description: string }

export type Rubric = {
  /** Exactly four levels, 1 (weak) .. 4 (strong), each anchored in words. */
  levels: RubricLevel[]
  strongAnswer: string[]
  redFlags: string[]
  followUps: string[]
}

export type InterviewQuestion = {
  /** Stable within a kit: derived from the question text. */
  id: string
  type: QuestionType
  difficulty: QuestionDifficulty
  /** Competency or topic, e.g. "ownership" or "model serving". */
  topic: string
  text: string
  requirementIds: string[]
  /** One line saying why the question is in this kit (which requirement, and why this kind of question). */
  why: string
  rubric: Rubric
  /** Candidate kits only: the resume line a claim-verification question probes. */
  quote?: string
}

export type RoleKitInput = {
  job: { id: string; title: string; description: string; language: PostingLanguage }
  responsibilities: string[]
  requirements: RequirementInput[]
  locale?: PostingLanguage
  /**
   * How the job's applicants stand on each requirement (role kits only): the kit probes deeper where the pool is
   * weakest or least proven (`planPoolProbing`). Absent while too few applicants are scored.
   */
  pool?: KitPool
}

export type CandidateKitInput = RoleKitInput & {
  candidate: { name: string | null; email: string | null; phone: string | null }
  resumeText: string
  results: RequirementResult[]
}

export type GeneratedKit = {
  questions: InterviewQuestion[]
  promptVersion: string
  model: string
  usage: { inputTokens: number; outputTokens: number; costUsd: number }
}

/** Everything the engine asks of a language model. The offline provider implements it without a network. */
export type LlmProvider = {
  name: 'openai' | 'offline'
  model: string
  embedder: Embedder
  /** Versions of the prompts (or question bank) behind each kit; part of the kit cache key. */
  promptVersions?: { roleKit: string; candidateKit: string }
  generateRoleKit(input: RoleKitInput, options?: { signal?: AbortSignal }): Promise<GeneratedKit>
  generateCandidateKit(input: CandidateKitInput, options?: { signal?: AbortSignal }): Promise<GeneratedKit>
}
