import { describe, expect, it } from 'vitest'
import { ML_PLATFORM_ROLE } from '../../test/ml-platform-posting'
import { createOfflineProvider } from '../offline/create-offline-provider'
import { estimateCostUsd } from '../openai/price-table'
import type { GeneratedKit } from '../types'
import { type KitCache, kitCacheKey, withKitCache } from './with-kit-cache'

function memoryCache(): KitCache & { store: Map<string, GeneratedKit>; gets: number } {
  const store = new Map<string, GeneratedKit>()
  return {
    store,
    gets: 0,
    async get(key) {
      this.gets++
      return store.get(key) ?? null
    },
    async set(key, kit) {
      store.set(key, kit)
    },
  }
}

describe('kitCacheKey', () => {
  it('ignores key order but not content, prompt version or model', () => {
    const base = {
      kind: 'role' as const,
      promptVersion: 'role-kit.v1',
      model: 'gpt-4o-mini',
      input: ML_PLATFORM_ROLE,
    }
    const reordered = {
      ...base,
      input: Object.fromEntries(
        Object.entries(structuredClone(ML_PLATFORM_ROLE)).reverse(),
      ) as typeof ML_PLATFORM_ROLE,
    }
    expect(kitCacheKey(base)).toMatch(/^[0-9a-f]{64}$/)
    expect(kitCacheKey(reordered)).toBe(kitCacheKey(base))
    expect(kitCacheKey({ ...base, promptVersion: 'role-kit.v2' })).not.toBe(kitCacheKey(base))
    expect(kitCacheKey({ ...base, model: 'gpt-4o' })).not.toBe(kitCacheKey(base))
    expect(kitCacheKey({ ...base, input: { ...ML_PLATFORM_ROLE, locale: 'pt' } })).not.toBe(kitCacheKey(base))
  })
})

describe('withKitCache', () => {
  it('serves the second identical request from the cache', async () => {
    const cache = memoryCache()
    let calls = 0
    const inner = createOfflineProvider()
    const counting = {
      ...inner,
      generateRoleKit: (...args: Parameters<typeof inner.generateRoleKit>) => {
        calls++
        return inner.generateRoleKit(...args)
      },
    }
    const provider = withKitCache(counting, cache)
    const first = await provider.generateRoleKit(ML_PLATFORM_ROLE)
    const second = await provider.generateRoleKit(structuredClone(ML_PLATFORM_ROLE))
    expect(calls).toBe(1)
    expect(second.questions).toEqual(first.questions)
    expect(second.usage.costUsd).toBe(0)
    expect(cache.store.size).toBe(1)
    await provider.generateRoleKit({ ...ML_PLATFORM_ROLE, locale: 'es' })
    expect(calls).toBe(2)
  })
})

describe('estimateCostUsd', () => {
  it('prices tokens per model, including dated model names, and is 0 for unknown models', () => {
    expect(estimateCostUsd('gpt-4o-mini', { inputTokens: 1_000_000, outputTokens: 1_000_000 })).toBeCloseTo(
      0.75,
      8,
    )
    expect(estimateCostUsd('gpt-4o-mini-2024-07-18', { inputTokens: 2000, outputTokens: 1000 })).toBeCloseTo(
      0.0009,
      8,
    )
    expect(estimateCostUsd('llama-local', { inputTokens: 5000, outputTokens: 5000 })).toBe(0)
    expect(
      estimateCostUsd(
        'house-model',
        { inputTokens: 1000, outputTokens: 0 },
        { 'house-model': { inputPerMillionUsd: 10, outputPerMillionUsd: 0 } },
      ),
    ).toBeCloseTo(0.01, 8)
  })
})
