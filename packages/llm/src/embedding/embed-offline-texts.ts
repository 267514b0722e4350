import { embedText } from './create-offline-embedder'
import { loadDefaultSkillFinder } from './default-skill-finder'

/** The task an offline embedding thread runs: the default skill finder is built once per thread. */
export type OfflineEmbeddingTask = { texts: string[]; dimensions: number }

let findSkills: ReturnType<typeof loadDefaultSkillFinder> | null = null

/** Embeds texts with the offline embedder and the curated taxonomy; the body of an embedding thread. */
export function embedOfflineTexts(task: OfflineEmbeddingTask): number[][] {
  findSkills ??= loadDefaultSkillFinder()
  const skills = findSkills
  return task.texts.map((text) => embedText(text, task.dimensions, skills))
}
