import { canonicalJson } from '../hashing/canonical-json'
import { sha256Hex } from '../hashing/stable-hash'
import type { CandidateKitInput, GeneratedKit, LlmProvider, RoleKitInput } from '../types'

/** Where generated kits are kept between runs; the lead backs it with the database. */
export type KitCache = {
  get(key: string): Promise<GeneratedKit | null>
  set(key: string, kit: GeneratedKit): Promise<void>
}

export type KitCacheKeyInput = {
  kind: 'role' | 'candidate'
  promptVersion: string
  model: string
  input: RoleKitInput | CandidateKitInput
}

/** sha256 over the prompt version, model and canonical JSON of the input: equal requests share one key. */
export function kitCacheKey(key: KitCacheKeyInput): string {
  return sha256Hex(
    canonicalJson({ kind: key.kind, promptVersion: key.promptVersion, model: key.model, input: key.input }),
  )
}

const UNVERSIONED = 'unversioned'

/**
 * Wraps a provider so identical kit requests are served from the cache. A cache hit reports zero usage,
 * because nothing was spent producing it this time.
 */
export function withKitCache(provider: LlmProvider, cache: KitCache): LlmProvider {
  const cached = async <Input extends RoleKitInput>(
    kind: 'role' | 'candidate',
    input: Input,
    generate: () => Promise<GeneratedKit>,
  ): Promise<GeneratedKit> => {
    const promptVersion =
      (kind === 'role' ? provider.promptVersions?.roleKit : provider.promptVersions?.candidateKit) ??
      UNVERSIONED
    const key = kitCacheKey({ kind, promptVersion, model: provider.model, input })
    const hit = await cache.get(key)
    if (hit) return { ...hit, usage: { inputTokens: 0, outputTokens: 0, costUsd: 0 } }
    const kit = await generate()
    await cache.set(key, kit)
    return kit
  }
  return {
    ...provider,
    generateRoleKit: (input, options) =>
      cached('role', input, () => provider.generateRoleKit(input, options)),
    generateCandidateKit: (input, options) =>
      cached('candidate', input, () => provider.generateCandidateKit(input, options)),
  }
}
