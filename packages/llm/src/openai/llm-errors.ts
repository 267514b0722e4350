type LlmErrorOptions = { cause?: unknown }

/** Base of every error the LLM providers throw; `retryable` tells the job runner whether another attempt can help. */
export abstract class LlmError extends Error {
  abstract readonly retryable: boolean
  constructor(message: string, options: LlmErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
  }
}

/** The model answered, but not with valid output, even after one re-ask. */
export class LlmOutputError extends LlmError {
  override readonly name = 'LlmOutputError'
  readonly retryable = false
  /** The raw text of the last answer, for logs; may contain redacted candidate text only. */
  readonly rawOutput: string | null
  /** Tokens the failed calls still consumed (and were billed for), so budgets count them. */
  readonly usage: { inputTokens: number; outputTokens: number; model: string } | null
  constructor(
    message: string,
    options: LlmErrorOptions & {
      rawOutput?: string | null
      usage?: { inputTokens: number; outputTokens: number; model: string } | null
    } = {},
  ) {
    super(message, options)
    this.rawOutput = options.rawOutput ?? null
    this.usage = options.usage ?? null
  }
}

/** The provider refused with 429; retry after `retryAfterMs` when it said so. */
export class LlmRateLimitError extends LlmError {
  override readonly name = 'LlmRateLimitError'
  readonly retryable = true
  readonly retryAfterMs: number | null
  constructor(message: string, options: LlmErrorOptions & { retryAfterMs?: number | null } = {}) {
    super(message, options)
    this.retryAfterMs = options.retryAfterMs ?? null
  }
}

/** The provider failed (5xx) or could not be reached. */
export class LlmUnavailableError extends LlmError {
  override readonly name = 'LlmUnavailableError'
  readonly retryable = true
  readonly status: number | null
  constructor(message: string, options: LlmErrorOptions & { status?: number | null } = {}) {
    super(message, options)
    this.status = options.status ?? null
  }
}

/** No answer within the configured timeout. */
export class LlmTimeoutError extends LlmError {
  override readonly name = 'LlmTimeoutError'
  readonly retryable = true
}

/** The provider rejected the request itself (bad key, unknown model, invalid request); retrying will not help. */
export class LlmRequestError extends LlmError {
  override readonly name = 'LlmRequestError'
  readonly retryable = false
  readonly status: number | null
  constructor(message: string, options: LlmErrorOptions & { status?: number | null } = {}) {
    super(message, options)
    this.status = options.status ?? null
  }
}
