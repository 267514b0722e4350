import type OpenAI from 'openai'
import type { Embedder } from '../types'
import { loadOpenAiSdk } from './load-sdk'
import { mapOpenAiError } from './map-openai-error'

export type OpenAiEmbedderOptions = {
  apiKey: string
  baseUrl?: string
  organization?: string
  model: string
  dimensions: number
  timeoutMs: number
  /** Inputs per request. */
  batchSize?: number
}

function normalise(vector: number[]): number[] {
  let norm = 0
  for (const value of vector) norm += value * value
  norm = Math.sqrt(norm)
  return norm === 0 ? vector : vector.map((value) => value / norm)
}

/** Embeddings through the OpenAI SDK (`dimensions` passed through); retries are left to the job queue. */
export function createOpenAiEmbedder(options: OpenAiEmbedderOptions): Embedder {
  let client: Promise<OpenAI> | null = null
  const openClient = () =>
    (client ??= loadOpenAiSdk().then(
      ({ default: Sdk }) =>
        new Sdk({
          apiKey: options.apiKey,
          baseURL: options.baseUrl ?? 'https://api.openai.com/v1',
          organization: options.organization ?? null,
          timeout: options.timeoutMs,
          maxRetries: 0,
        }),
    ))
  const batchSize = options.batchSize ?? 256
  return {
    model: options.model,
    dimensions: options.dimensions,
    async embed(texts, embedOptions) {
      const vectors: number[][] = []
      for (let start = 0; start < texts.length; start += batchSize) {
        // The API rejects empty strings; a single space embeds as "nothing".
        const batch = texts.slice(start, start + batchSize).map((text) => (text.trim() === '' ? ' ' : text))
        let response: OpenAI.CreateEmbeddingResponse
        try {
          response = await (await openClient()).embeddings.create(
            { model: options.model, input: batch, dimensions: options.dimensions, encoding_format: 'float' },
            { signal: embedOptions?.signal },
          )
        } catch (error) {
          throw mapOpenAiError(error)
        }
        const ordered = [...response.data].sort((left, right) => left.index - right.index)
        if (ordered.length !== batch.length) {
          throw mapOpenAiError(
            new Error(`Embedding count mismatch: sent ${batch.length}, got ${ordered.length}`),
          )
        }
        for (const item of ordered) {
          if (item.embedding.length !== options.dimensions) {
            throw new Error(
              `Embedding has ${item.embedding.length} dimensions, expected ${options.dimensions}`,
            )
          }
          vectors.push(normalise(item.embedding))
        }
      }
      return vectors
    },
  }
}
