// `make start` / `pnpm start`: the whole product in one process on embedded defaults.
import { tuneEmbeddedMalloc } from './lib/tune-embedded-malloc'

// glibc reads its malloc settings from the environment when a process starts, so the embedded server replaces
// itself, once and before loading anything else, by the same command with those settings (same pid, same stdio;
// see lib/tune-embedded-malloc.ts). This reads process.env before env.ts does, because env.ts loads the engine.
// A process with an IPC channel to its parent (`tsx watch`, a process manager's fork mode) is not replaced: the
// new image would not have the channel.
const tuned = tuneEmbeddedMalloc(process.env, process.platform)
if (tuned && typeof process.execve === 'function' && !process.channel) {
  try {
    process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], tuned)
  } catch {
    // execve refused (a sandbox, a missing binary): serve with the default malloc settings.
  }
}

await import('./serve-embedded')
