import { Piscina } from 'piscina'
import { fnv1a32 } from '../hashing/stable-hash'
import type { Embedder } from '../types'
import { loadDefaultSkillFinder } from './default-skill-finder'
import type { OfflineEmbeddingTask } from './embed-offline-texts'
import { type SkillFinder, type Token, tokenizeText } from './tokenize-text'

export type OfflineEmbedderOptions = {
  /** Vector size; 256 by default. */
  dimensions?: number
  /** Skill spotter; defaults to the taxonomy's `findSkills`. Pass `null` to embed plain words only. */
  findSkills?: SkillFinder | null
  /**
   * A call whose texts hold more characters than this is embedded in a worker thread (with the default skill
   * finder only: a custom one is a function and cannot cross threads). A resume's chunks cost tens to hundreds of
   * milliseconds of CPU, which on the caller's thread would stall every request of an embedded server; a query or
   * a posting's requirements stay inline, where the hop would cost more than the work. Default
   * DEFAULT_THREAD_MIN_CHARS; `Infinity` keeps every call inline.
   */
  threadMinChars?: number
}

/** About two pages of resume text: below it, embedding inline costs a few milliseconds. */
export const DEFAULT_THREAD_MIN_CHARS = 8_000

// One thread per process, shared by every offline embedder: embedding is short bursts of pure CPU, and the host
// has few cores. It starts on the first large call and stops after 30 s idle, like the document sandbox's threads,
// so an idle server holds no thread heap (piscina unrefs idle threads, so it never holds a process open either).
let pool: Piscina | null = null
function embeddingThreads(): Piscina {
  pool ??= new Piscina({
    filename: new URL('./offline-embedder.worker.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 30_000,
    // No inherited loader flags: the entry sets up its own TypeScript resolution (see the worker file).
    execArgv: [],
  })
  return pool
}

/** Stops the embedding thread, if one runs; the next large call starts it again. */
export async function closeOfflineEmbeddingThreads(): Promise<void> {
  const running = pool
  pool = null
  await running?.close()
}

export const OFFLINE_EMBEDDING_MODEL = 'offline-hash-v1'

// A skill is the strongest topical signal in a requirement or a resume line, so it outweighs ordinary words.
const SKILL_WEIGHT = 3
const UNIGRAM_WEIGHT = 1
const BIGRAM_WEIGHT = 0.6
const TRIGRAM_WEIGHT = 0.25
const SIGN_SEED = 0x9747b28c

function collectFeatures(tokens: Token[]): Map<string, { count: number; weight: number }> {
  const features = new Map<string, { count: number; weight: number }>()
  const add = (key: string, weight: number) => {
    const feature = features.get(key)
    if (feature) feature.count += 1
    else features.set(key, { count: 1, weight })
  }
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    add(`u:${token.value}`, token.skill ? SKILL_WEIGHT : UNIGRAM_WEIGHT)
    const next = tokens[index + 1]
    if (next) add(`b:${token.value} ${next.value}`, BIGRAM_WEIGHT)
    if (!token.skill && token.value.length >= 3) {
      const padded = `^${token.value}$`
      for (let start = 0; start + 3 <= padded.length; start++)
        add(`c:${padded.slice(start, start + 3)}`, TRIGRAM_WEIGHT)
    }
  }
  return features
}

/** Embeds one text into a unit vector by signed feature hashing with sublinear term frequency. */
export function embedText(text: string, dimensions: number, findSkills: SkillFinder | null): number[] {
  const vector = new Array<number>(dimensions).fill(0)
  const features = collectFeatures(tokenizeText(text, findSkills))
  if (features.size === 0) features.set('empty', { count: 1, weight: 1 })
  for (const [key, { count, weight }] of features) {
    const slot = fnv1a32(key) % dimensions
    const sign = fnv1a32(key, SIGN_SEED) & 1 ? 1 : -1
    vector[slot] = (vector[slot] ?? 0) + sign * weight * (1 + Math.log(count))
  }
  let norm = 0
  for (const value of vector) norm += value * value
  norm = Math.sqrt(norm)
  if (norm === 0) {
    // Opposite-signed features can cancel exactly; fall back to a fixed unit vector rather than zeros.
    vector[0] = 1
    return vector
  }
  return vector.map((value) => value / norm)
}

/** Deterministic, network-free embedder: hashed word unigrams, bigrams and character trigrams, skills canonicalised. */
export function createOfflineEmbedder(options: OfflineEmbedderOptions = {}): Embedder {
  const dimensions = options.dimensions ?? 256
  if (!Number.isInteger(dimensions) || dimensions < 8)
    throw new RangeError('dimensions must be an integer >= 8')
  const threaded = options.findSkills === undefined
  const threadMinChars = threaded ? (options.threadMinChars ?? DEFAULT_THREAD_MIN_CHARS) : Infinity
  const findSkills = options.findSkills === undefined ? loadDefaultSkillFinder() : options.findSkills
  return {
    model: OFFLINE_EMBEDDING_MODEL,
    dimensions,
    async embed(texts, embedOptions) {
      embedOptions?.signal?.throwIfAborted()
      let characters = 0
      for (const text of texts) characters += text.length
      if (characters > threadMinChars) {
        const task: OfflineEmbeddingTask = { texts, dimensions }
        return (await embeddingThreads().run(task, {
          ...(embedOptions?.signal ? { signal: embedOptions.signal } : {}),
        })) as number[][]
      }
      return texts.map((text) => embedText(text, dimensions, findSkills))
    },
  }
}
