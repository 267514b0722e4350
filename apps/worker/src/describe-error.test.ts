import { EngineError } from '@shortlist/engine'
import { UnrecoverableError } from 'bullmq'
import { describe, expect, it } from 'vitest'
import { describeError } from './describe-error'

describe('describeError', () => {
  const quoted = 'Jane Doe <jane@example.com> wrote: Python, Go'

  it('keeps the name and the stable code, never the message', () => {
    expect(describeError(new UnrecoverableError(`NOT_FOUND: ${quoted}`))).toMatchObject({
      name: 'UnrecoverableError',
      code: 'NOT_FOUND',
    })
    expect(describeError(new EngineError('JOB_NOT_READY', quoted))).toMatchObject({
      name: 'EngineError',
      code: 'JOB_NOT_READY',
    })
    expect(describeError(new Error(quoted))).toMatchObject({ name: 'Error', code: null })
    expect(JSON.stringify(describeError(new TypeError(`first line\n${quoted}`)))).not.toContain('Jane')
    expect(describeError('a string')).toEqual({ name: 'string', code: null })
  })

  it('keeps the stack frames and the cause chain, without their messages', () => {
    const cause = new EngineError('LLM_FAILED', quoted)
    // BullMQ's error takes no options; the worker attaches the engine's error as the cause.
    const described = describeError(Object.assign(new UnrecoverableError(`LLM_FAILED: ${quoted}`), { cause }))
    expect(described.stack).toMatch(/^UnrecoverableError\n\s+at /)
    expect(described.stack).toContain('describe-error.test.ts')
    expect(described.cause).toMatchObject({ name: 'EngineError', code: 'LLM_FAILED' })
    expect(described.cause?.stack).toMatch(/^EngineError\n\s+at /)
    expect(JSON.stringify(described)).not.toContain('jane@example.com')
  })
})
