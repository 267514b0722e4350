import { EngineError } from '@shortlist/engine'
import { UnrecoverableError } from 'bullmq'
import { describe, expect, it } from 'vitest'
import { classifyJobError } from './classify-job-error'

describe('classifyJobError', () => {
  it('reads the engine code through the UnrecoverableError that carries it', () => {
    const final = Object.assign(new UnrecoverableError('LLM_FAILED: bad output'), {
      cause: new EngineError('LLM_FAILED', 'bad output'),
    })
    expect(classifyJobError(final)).toEqual({ code: 'LLM_FAILED', parseFailure: null })
  })

  it("gives a refused document's sandbox reason as a parse failure", () => {
    const refused = new EngineError('DOCUMENT_REJECTED', 'too slow', { reason: 'PARSE_TIMEOUT' })
    expect(classifyJobError(refused)).toEqual({ code: 'DOCUMENT_REJECTED', parseFailure: 'PARSE_TIMEOUT' })
  })

  it('keeps upper-case codes of other errors and never turns a message or a SQLSTATE into a label', () => {
    expect(classifyJobError(Object.assign(new Error('x'), { code: 'INVALID_PAYLOAD' })).code).toBe(
      'INVALID_PAYLOAD',
    )
    expect(classifyJobError(Object.assign(new Error('admin shutdown'), { code: '57P01' })).code).toBe(
      'INTERNAL',
    )
    expect(classifyJobError(new Error('connect ECONNREFUSED 10.0.0.1:5432 for user 42')).code).toBe(
      'INTERNAL',
    )
    expect(classifyJobError('a string').code).toBe('INTERNAL')
  })
})
