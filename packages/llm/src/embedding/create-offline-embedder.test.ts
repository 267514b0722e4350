import { describe, expect, it } from 'vitest'
import { cosineSimilarity } from './cosine-similarity'
import { closeOfflineEmbeddingThreads, createOfflineEmbedder } from './create-offline-embedder'

describe('createOfflineEmbedder', () => {
  const embedder = createOfflineEmbedder()

  it('returns unit vectors of the configured size, identical across calls and instances', async () => {
    const texts = ['Deploy models with Kubernetes', '', 'Python data pipelines on Airflow']
    const first = await embedder.embed(texts)
    const second = await createOfflineEmbedder().embed(texts)
    expect(embedder.model).toBe('offline-hash-v1')
    expect(first).toEqual(second)
    for (const vector of first) {
      expect(vector).toHaveLength(256)
      expect(Math.hypot(...vector)).toBeCloseTo(1, 6)
    }
    const small = createOfflineEmbedder({ dimensions: 64 })
    expect((await small.embed(['x y z']))[0]).toHaveLength(64)
  })

  it('embeds a large batch in its worker thread to the same vectors as inline', async () => {
    // Two resumes' worth of text, over the thread threshold, with skills for the thread's own taxonomy to find.
    const texts = Array.from({ length: 40 }, (_, index) =>
      `Role ${index}: built Kubernetes (k8s) clusters and Python services; led a team of ${index}.`.repeat(4),
    )
    const threaded = createOfflineEmbedder({ threadMinChars: 1_000 })
    const inline = createOfflineEmbedder({ threadMinChars: Number.POSITIVE_INFINITY })
    try {
      expect(await threaded.embed(texts)).toEqual(await inline.embed(texts))
    } finally {
      await closeOfflineEmbeddingThreads()
    }
  })

  it('embeds skill aliases alike through the taxonomy', async () => {
    const [k8s, kubernetes, baking] = await embedder.embed([
      'Deployed services on k8s for model serving',
      'Deployed services on Kubernetes for model serving',
      'Baked sourdough bread for the office',
    ])
    expect(cosineSimilarity(k8s ?? [], kubernetes ?? [])).toBeGreaterThan(0.95)
    expect(cosineSimilarity(k8s ?? [], baking ?? [])).toBeLessThan(0.3)
  })

  it('ranks a related text above an unrelated one', async () => {
    const [query, related, unrelated] = await embedder.embed([
      'experience monitoring machine learning models for drift',
      'Built drift monitoring for our machine learning models in production',
      'Managed accounts payable and monthly closing in SAP',
    ])
    expect(cosineSimilarity(query ?? [], related ?? [])).toBeGreaterThan(
      cosineSimilarity(query ?? [], unrelated ?? []),
    )
  })

  it('honours an aborted signal', async () => {
    await expect(embedder.embed(['x'], { signal: AbortSignal.abort() })).rejects.toThrow()
  })
})
