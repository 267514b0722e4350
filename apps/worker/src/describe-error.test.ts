import { EngineError } from '@shortlist/engine'
import { UnrecoverableError } from 'bullmq'
import { describe, expect, it } from 'vitest'
import { describeError } from './describe-error'

describe('describeError', () => {
  it('keeps the name and the stable code, never the message', () => {
    const quoted = 'Jane Doe <jane@example.com> wrote: Python, Go'
    expect(describeError(new UnrecoverableError(`NOT_FOUND: ${quoted}`))).toEqual({
      name: 'UnrecoverableError',
      code: 'NOT_FOUND',
    })
    expect(describeError(new EngineError('JOB_NOT_READY', quoted))).toEqual({
      name: 'EngineError',
      code: 'JOB_NOT_READY',
    })
    expect(describeError(new Error(quoted))).toEqual({ name: 'Error', code: null })
    expect(JSON.stringify(describeError(new TypeError(quoted)))).not.toContain('Jane')
    expect(describeError('a string')).toEqual({ name: 'string', code: null })
  })
})
