/** Stable reasons a use case stops; apps map them to HTTP statuses or to BullMQ's UnrecoverableError. */
export type EngineErrorCode =
  | 'NOT_FOUND'
  | 'JOB_NOT_READY'
  | 'DOCUMENT_REJECTED'
  | 'BUDGET_EXCEEDED'
  | 'LLM_FAILED'
  | 'INVALID_PAYLOAD'
  | 'MESSAGE_FAILED'

export class EngineError extends Error {
  override readonly name = 'EngineError'
  readonly code: EngineErrorCode
  /** For DOCUMENT_REJECTED and LLM_FAILED: the underlying machine-readable reason. */
  readonly reason: string | null
  /** False when running the same work again can never succeed. */
  readonly retryable: boolean

  constructor(
    code: EngineErrorCode,
    message: string,
    options: { reason?: string | null; retryable?: boolean; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause })
    this.code = code
    this.reason = options.reason ?? null
    this.retryable = options.retryable ?? false
  }
}
