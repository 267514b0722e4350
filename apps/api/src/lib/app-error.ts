/** Every error the API means to show a client, with its stable machine-readable code. */
export type AppErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'EMAIL_TAKEN'
  | 'EMPTY_POSTING'
  | 'NO_FILES'
  | 'TOO_MANY_FILES'
  | 'EMPTY_FILE'
  | 'FILE_TOO_LARGE'
  | 'UNSUPPORTED_TYPE'
  | 'CORRUPT_DOCUMENT'
  | 'TOO_MANY_PAGES'
  | 'PARSE_TIMEOUT'
  | 'PARSE_RESOURCE_LIMIT'
  | 'PARSE_TOO_LARGE'
  | 'NO_TEXT_LAYER'
  | 'JOB_NOT_READY'
  | 'NOT_SCORED'
  | 'UNKNOWN_REQUIREMENT'
  | 'UNKNOWN_SKILL'
  | 'UNKNOWN_INTERVIEW'
  | 'UNKNOWN_INTERVIEWER'
  | 'UNKNOWN_QUESTION'
  | 'INTERVIEW_IN_USE'
  | 'SCORECARD_SUBMITTED'
  | 'SCORECARD_INCOMPLETE'
  | 'SCORECARDS_HIDDEN'
  | 'INVITE_INVALID'
  | 'UNKNOWN_STAGE'
  | 'REJECTION_REASON_REQUIRED'
  | 'STAGE_IN_USE'
  | 'STAGE_CONFLICT'
  | 'CANDIDATE_REJECTED'
  | 'BUDGET_EXCEEDED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'RATE_LIMITED'
  | 'WEAK_PASSWORD'
  | 'INVALID_TEXT'
  | 'RESET_INVALID'
  | 'LAST_ADMIN'
  | 'DATABASE_UNAVAILABLE'
  | 'QUEUE_UNAVAILABLE'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL'

const STATUS: Record<AppErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  EMAIL_TAKEN: 409,
  EMPTY_POSTING: 422,
  NO_FILES: 400,
  TOO_MANY_FILES: 413,
  EMPTY_FILE: 422,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_TYPE: 415,
  CORRUPT_DOCUMENT: 422,
  TOO_MANY_PAGES: 422,
  PARSE_TIMEOUT: 422,
  PARSE_RESOURCE_LIMIT: 422,
  PARSE_TOO_LARGE: 422,
  NO_TEXT_LAYER: 422,
  JOB_NOT_READY: 409,
  NOT_SCORED: 409,
  UNKNOWN_REQUIREMENT: 422,
  UNKNOWN_SKILL: 422,
  UNKNOWN_INTERVIEW: 422,
  UNKNOWN_INTERVIEWER: 422,
  UNKNOWN_QUESTION: 422,
  INTERVIEW_IN_USE: 409,
  SCORECARD_SUBMITTED: 409,
  SCORECARD_INCOMPLETE: 422,
  // An interviewer sees the others' scorecards only once their own are in, so that they are not anchored by them.
  SCORECARDS_HIDDEN: 403,
  INVITE_INVALID: 401,
  UNKNOWN_STAGE: 422,
  REJECTION_REASON_REQUIRED: 422,
  STAGE_IN_USE: 409,
  STAGE_CONFLICT: 409,
  CANDIDATE_REJECTED: 409,
  BUDGET_EXCEEDED: 402,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  WEAK_PASSWORD: 422,
  INVALID_TEXT: 400,
  RESET_INVALID: 401,
  LAST_ADMIN: 409,
  DATABASE_UNAVAILABLE: 503,
  QUEUE_UNAVAILABLE: 503,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
}

const TITLES: Partial<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

export class AppError extends Error {
  override readonly name = 'AppError'
  readonly code: AppErrorCode
  readonly statusCode: number
  /** Safe to show to the client; for 5xx it is replaced by a generic sentence. */
  readonly userMessage: string
  readonly details: Array<{ path: string; message: string }> | undefined

  constructor(
    code: AppErrorCode,
    userMessage: string,
    options: { cause?: unknown; details?: Array<{ path: string; message: string }> } = {},
  ) {
    super(userMessage, { cause: options.cause })
    this.code = code
    this.statusCode = STATUS[code]
    this.userMessage = userMessage
    this.details = options.details
  }
}

export const statusTitle = (status: number): string => TITLES[status] ?? 'Error'

/** Stable `type` URIs resolve to the API docs section for the code. */
export const problemType = (code: string): string =>
  `/docs#problem-${code.toLowerCase().replaceAll('_', '-')}`
