// Tells an outage of a backing service apart from a bug, so clients get a 503 they can retry instead of a 500.

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
])

// SQLSTATEs of a server that is going away or not accepting connections (class 08 is "connection exception").
const POSTGRES_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '53300', '58030'])

// ioredis' own failures while Redis is unreachable (producer connections neither queue nor retry for long).
const REDIS_NAMES = new Set(['MaxRetriesPerRequestError'])
const REDIS_MESSAGES = [
  /enableOfflineQueue/i,
  /^Connection is closed/i,
  /^Reached the max retries per request/i,
]

// `pg` (and its pool) when the server is gone or never answered.
const PG_MESSAGES = [
  /^Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /^terminating connection due to administrator command/i,
  /^Client has encountered a connection error/i,
]

export type Outage = 'DATABASE_UNAVAILABLE' | 'QUEUE_UNAVAILABLE'

/** Walks `cause` and AggregateError members; null when the error is not an outage. */
export function classifyOutage(error: unknown, depth = 0): Outage | null {
  if (!(error instanceof Error) || depth > 5) return null
  const code = (error as { code?: unknown }).code
  if (REDIS_NAMES.has(error.name) || REDIS_MESSAGES.some((pattern) => pattern.test(error.message)))
    return 'QUEUE_UNAVAILABLE'
  if (typeof code === 'string') {
    if (POSTGRES_UNAVAILABLE.has(code) || code.startsWith('08')) return 'DATABASE_UNAVAILABLE'
    // Redis connections never surface raw socket errors to a command (see above); the database pool does.
    if (NETWORK_CODES.has(code)) return 'DATABASE_UNAVAILABLE'
  }
  if (PG_MESSAGES.some((pattern) => pattern.test(error.message))) return 'DATABASE_UNAVAILABLE'
  const members = error instanceof AggregateError ? error.errors : []
  for (const inner of [error.cause, ...members]) {
    const found = classifyOutage(inner, depth + 1)
    if (found) return found
  }
  return null
}
