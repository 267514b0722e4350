import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url))

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

export type Spawned = { child: ChildProcess; output: () => string; exited: Promise<number | null> }

/** Runs a TypeScript entry point of the repo as its own process, the way `make start` or a container would. */
export function spawnEntry(entry: string, env: Record<string, string>, args: string[] = []): Spawned {
  let output = ''
  // `node --import tsx` rather than the tsx CLI: one process, so signals reach the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => {
    output += chunk.toString()
  })
  child.stderr?.on('data', (chunk) => {
    output += chunk.toString()
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}

export async function waitForHttp(url: string, timeoutMs: number, spawned?: Spawned): Promise<void> {
  const started = Date.now()
  for (;;) {
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs)
      throw new Error(`timed out waiting for ${url}\n${spawned?.output() ?? ''}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

export async function stop(spawned: Spawned, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (spawned.child.exitCode !== null) return spawned.child.exitCode
  spawned.child.kill(signal)
  return spawned.exited
}
