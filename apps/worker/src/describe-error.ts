/**
 * What a log line says about an error: its name and stable code, never its message, which can quote a resume, a
 * model's answer or a database value (logs outlive an erasure). The job id in the same line finds the rest.
 */
export function describeError(error: unknown): { name: string; code: string | null } {
  if (!(error instanceof Error)) return { name: typeof error, code: null }
  const withCode = error as Error & { code?: unknown }
  const code =
    typeof withCode.code === 'string'
      ? withCode.code
      : (/^([A-Z][A-Z_]{2,}):/.exec(error.message)?.[1] ?? null)
  return { name: error.name, code }
}
