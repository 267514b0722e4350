import { describe, expect, it } from 'vitest'
import { createLlmProvider } from './create-llm-provider'

describe('createLlmProvider', () => {
  it('is offline without a key or base URL', () => {
    const provider = createLlmProvider({})
    expect(provider.name).toBe('offline')
    expect(provider.embedder.model).toBe('offline-hash-v1')
    expect(provider.embedder.dimensions).toBe(256)
  })

  it('is OpenAI with a key or a base URL', () => {
    const withKey = createLlmProvider({ openAiApiKey: 'sk-test', chatModel: 'gpt-4o-mini' })
    expect(withKey.name).toBe('openai')
    expect(withKey.model).toBe('gpt-4o-mini')
    expect(withKey.promptVersions).toEqual({ roleKit: 'role-kit.v3', candidateKit: 'candidate-kit.v2' })
    const withBaseUrl = createLlmProvider({
      openAiBaseUrl: 'http://127.0.0.1:9/v1',
      embeddingDimensions: 512,
    })
    expect(withBaseUrl.name).toBe('openai')
    expect(withBaseUrl.embedder).toMatchObject({ model: 'text-embedding-3-small', dimensions: 512 })
  })
})
