/** What a log line says about an error. */
export type ErrorDescription = {
  name: string
  code: string | null
  /** The name and the stack frames, without the message line. */
  stack?: string
  cause?: ErrorDescription
}

/**
 * What a log line says about an error: its name, stable code and stack frames (where it happened), never its
 * message, which can quote a resume, a model's answer or a database value (logs outlive an erasure). The cause chain
 * is described the same way. The job id in the same line finds the rest.
 */
export function describeError(error: unknown, depth = 0): ErrorDescription {
  if (!(error instanceof Error)) return { name: typeof error, code: null }
  const withCode = error as Error & { code?: unknown }
  const code =
    typeof withCode.code === 'string'
      ? withCode.code
      : (/^([A-Z][A-Z_]{2,}):/.exec(error.message)?.[1] ?? null)
  // V8 stacks are "Name: message" (possibly several lines) followed by "    at …" frames; only the frames are kept.
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line))
  const described: ErrorDescription = { name: error.name, code, stack: [error.name, ...frames].join('\n') }
  if (error.cause !== undefined && depth < 4) described.cause = describeError(error.cause, depth + 1)
  return described
}
