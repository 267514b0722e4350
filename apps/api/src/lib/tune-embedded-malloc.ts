/**
 * glibc's malloc settings for the embedded server (PGlite, the workers and the parsing threads in one process).
 *
 * By default glibc gives every thread that allocates its own arena (up to 8 per core) and raises its mmap threshold
 * each time a large block is freed, so later large blocks come from the arenas too. Freed memory inside an arena
 * stays in the process: V8's background compiler threads (PGlite's WebAssembly, compiled at start), the parsing
 * threads of a batch and the libuv pool each left arenas of 16–35 MB behind, measured at 200 MB of an idle
 * server's RSS after an upload batch (issue 15). Two arenas, and the thresholds fixed at glibc's own starting value
 * (128 KiB), so large blocks are mapped on their own and handed back when freed, keep that memory returnable.
 */
export const EMBEDDED_MALLOC_ENVIRONMENT = {
  MALLOC_ARENA_MAX: '2',
  MALLOC_MMAP_THRESHOLD_: '131072',
  MALLOC_TRIM_THRESHOLD_: '131072',
} as const

/**
 * The environment to restart the embedded server with so glibc applies EMBEDDED_MALLOC_ENVIRONMENT, or null when
 * no restart is needed: not Linux, PostgreSQL mode (left as it is), or the operator already chose
 * MALLOC_ARENA_MAX (then every malloc setting is theirs). glibc reads these variables once, when the process
 * starts, so setting them from JavaScript would change nothing. A variable the operator set is never overridden.
 */
export function tuneEmbeddedMalloc(
  environment: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform,
): Record<string, string> | null {
  if (platform !== 'linux') return null
  if (environment.DATABASE_URL) return null
  if (environment.MALLOC_ARENA_MAX !== undefined) return null
  const tuned: Record<string, string> = {}
  for (const [key, value] of Object.entries(environment)) if (value !== undefined) tuned[key] = value
  for (const [key, value] of Object.entries(EMBEDDED_MALLOC_ENVIRONMENT)) tuned[key] ??= value
  return tuned
}
