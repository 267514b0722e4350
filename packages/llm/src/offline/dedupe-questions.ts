import { cosineSimilarity } from '../embedding/cosine-similarity'
import type { Embedder, InterviewQuestion } from '../types'

/** Questions more alike than this read as repeats to a candidate. */
export const MAX_QUESTION_SIMILARITY = 0.9

/** Accepts questions one at a time, refusing any too close to one already accepted. */
export class QuestionSet {
  readonly questions: InterviewQuestion[] = []
  private readonly vectors: number[][] = []
  private readonly texts = new Set<string>()

  constructor(
    private readonly embedder: Embedder,
    private readonly threshold = MAX_QUESTION_SIMILARITY,
  ) {}

  /** The accepted question most similar to `question`, when above the threshold. */
  async findNearDuplicate(question: InterviewQuestion): Promise<InterviewQuestion | null> {
    if (this.texts.has(question.text))
      return this.questions.find((kept) => kept.text === question.text) ?? null
    const [vector] = await this.embedder.embed([question.text])
    if (!vector) return null
    let best: { index: number; similarity: number } | null = null
    this.vectors.forEach((kept, index) => {
      const similarity = cosineSimilarity(vector, kept)
      if (similarity > this.threshold && (!best || similarity > best.similarity)) best = { index, similarity }
    })
    const found = best as { index: number; similarity: number } | null
    return found ? (this.questions[found.index] ?? null) : null
  }

  /** Adds the question unless it nearly repeats one already kept; returns whether it was added. */
  async tryAdd(question: InterviewQuestion): Promise<boolean> {
    if (await this.findNearDuplicate(question)) return false
    const [vector] = await this.embedder.embed([question.text])
    this.questions.push(question)
    this.vectors.push(vector ?? [])
    this.texts.add(question.text)
    return true
  }

  /** Adds the question, or merges its requirement ids into the near-duplicate already kept. */
  async addOrMerge(question: InterviewQuestion): Promise<InterviewQuestion> {
    const duplicate = await this.findNearDuplicate(question)
    // A question of another type cannot stand in for this one (a technical question never assesses a trait).
    if (duplicate && duplicate.type !== question.type) {
      this.questions.push(question)
      const [vector] = await this.embedder.embed([question.text])
      this.vectors.push(vector ?? [])
      this.texts.add(question.text)
      return question
    }
    if (!duplicate) {
      await this.tryAdd(question)
      return question
    }
    for (const id of question.requirementIds) {
      if (!duplicate.requirementIds.includes(id)) duplicate.requirementIds.push(id)
    }
    return duplicate
  }
}

/** Highest pairwise cosine similarity among question texts (1 for an exact repeat). */
export async function maxPairwiseSimilarity(
  questions: InterviewQuestion[],
  embedder: Embedder,
): Promise<number> {
  const vectors = await embedder.embed(questions.map((question) => question.text))
  let max = 0
  for (let left = 0; left < vectors.length; left++) {
    for (let right = left + 1; right < vectors.length; right++) {
      max = Math.max(max, cosineSimilarity(vectors[left] ?? [], vectors[right] ?? []))
    }
  }
  return max
}
