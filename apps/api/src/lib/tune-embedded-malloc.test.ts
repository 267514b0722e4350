import { describe, expect, it } from 'vitest'
import { EMBEDDED_MALLOC_ENVIRONMENT, tuneEmbeddedMalloc } from './tune-embedded-malloc'

describe('tuneEmbeddedMalloc', () => {
  it('adds the malloc settings to the embedded server environment on Linux, keeping every other variable', () => {
    const tuned = tuneEmbeddedMalloc({ DATA_DIR: './.data', PORT: '3000', UNSET: undefined }, 'linux')
    expect(tuned).toEqual({ DATA_DIR: './.data', PORT: '3000', ...EMBEDDED_MALLOC_ENVIRONMENT })
    expect(tuned && 'UNSET' in tuned).toBe(false)
  })

  it('never overrides a threshold the operator set', () => {
    const tuned = tuneEmbeddedMalloc({ MALLOC_TRIM_THRESHOLD_: '1048576' }, 'linux')
    expect(tuned?.MALLOC_TRIM_THRESHOLD_).toBe('1048576')
    expect(tuned?.MALLOC_ARENA_MAX).toBe('2')
  })

  it('asks for no restart once MALLOC_ARENA_MAX is set, so the restarted process does not restart again', () => {
    const tuned = tuneEmbeddedMalloc({}, 'linux')
    expect(tuned).not.toBeNull()
    expect(tuneEmbeddedMalloc(tuned ?? {}, 'linux')).toBeNull()
    expect(tuneEmbeddedMalloc({ MALLOC_ARENA_MAX: '8' }, 'linux')).toBeNull()
  })

  it('leaves PostgreSQL mode and other platforms alone', () => {
    expect(tuneEmbeddedMalloc({ DATABASE_URL: 'postgres://localhost/shortlist' }, 'linux')).toBeNull()
    expect(tuneEmbeddedMalloc({}, 'darwin')).toBeNull()
    expect(tuneEmbeddedMalloc({}, 'win32')).toBeNull()
  })
})
