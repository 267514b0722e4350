import { EngineError } from '@shortlist/engine'

/** What a failed attempt is counted under: a small, stable set of codes, never a message. */
export type JobErrorClass = { code: string; parseFailure: string | null }

const CODE = /^[A-Z][A-Z0-9_]{1,40}$/

/**
 * Walks the error and its causes: an engine error gives its code (and, for a refused document, the sandbox's
 * reason as a parse failure); any other error with an upper-case `code` (document, LLM, payload errors) gives that.
 * Everything else is INTERNAL, so an unexpected message can never become a label.
 */
export function classifyJobError(error: unknown): JobErrorClass {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (current instanceof EngineError)
      return {
        code: current.code,
        parseFailure: current.code === 'DOCUMENT_REJECTED' ? (current.reason ?? 'UNKNOWN') : null,
      }
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && CODE.test(code)) return { code, parseFailure: null }
    current = current.cause
  }
  return { code: 'INTERNAL', parseFailure: null }
}
