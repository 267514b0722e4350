import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { artifactsDir, repositoryRoot, webDistDir } from './paths'

export type RunningStack = { baseUrl: string; stop: () => Promise<void> }

/** Asks the OS for a free TCP port on the loopback interface. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port)
        else reject(new Error('Could not find a free port.'))
      })
    })
  })
}

/** Builds the SPA the way `make start` does, so the tests exercise the shipped bundle. */
export function buildWeb(): void {
  const result = spawnSync('pnpm', ['--filter', '@shortlist/web', 'build'], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (result.status !== 0) {
    throw new Error(`Building @shortlist/web failed:\n${result.stdout}\n${result.stderr}`)
  }
}

async function waitForReady(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited early with code ${child.exitCode}.`)
    try {
      const response = await fetch(`${baseUrl}/readyz`)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The API did not become ready within ${timeoutMs} ms.`)
}

/**
 * Starts the embedded API + workers (`apps/api/src/start.ts`) on a free port with a fresh data directory and
 * queue prefix, serving the built SPA, and waits for /readyz. `env` adds settings a test needs of its own stack
 * (an SMTP server, say); the shared stack has none.
 */
export async function startStack(
  options: { env?: Record<string, string>; label?: string } = {},
): Promise<RunningStack> {
  const entry = join(repositoryRoot, 'apps/api/src/start.ts')
  if (!existsSync(entry)) throw new Error(`The API entry ${entry} does not exist yet.`)
  mkdirSync(artifactsDir, { recursive: true })
  const port = await findFreePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'shortlist-browser-'))
  const baseUrl = `http://127.0.0.1:${port}`
  const log = createWriteStream(join(artifactsDir, `${options.label ?? 'server'}.log`))
  // Like `make start`: embedded PGlite (no DATABASE_URL) and no test-runner NODE_ENV leaking into the server.
  const { DATABASE_URL: _databaseUrl, NODE_ENV: _nodeEnv, VITEST: _vitest, ...inherited } = process.env
  const child = spawn(join(repositoryRoot, 'node_modules/.bin/tsx'), [entry], {
    cwd: repositoryRoot,
    env: {
      ...inherited,
      PORT: String(port),
      DATA_DIR: dataDir,
      QUEUE_PREFIX: `browser-tests-${process.pid}-${Date.now()}`,
      SEED_DEMO: 'false',
      WEB_DIST_DIR: webDistDir,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so signals aimed at the test runner's group do not stop the server mid-run.
    detached: true,
  })
  child.stdout?.pipe(log, { end: false })
  child.stderr?.pipe(log, { end: false })
  // A detached server would outlive a crashed runner; stop it when this process exits, whatever the reason.
  const stopOnExit = () => child.kill('SIGTERM')
  process.once('exit', stopOnExit)
  child.once('exit', (code, signal) => {
    process.off('exit', stopOnExit)
    log.write(`\n[browser-tests] API process exited: code ${code}, signal ${signal}\n`)
  })

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
      await exited
      clearTimeout(timer)
    }
    log.end()
    rmSync(dataDir, { recursive: true, force: true })
  }

  try {
    await waitForReady(baseUrl, child, 180_000)
  } catch (error) {
    await stop()
    throw new Error(
      `${(error as Error).message} See packages/browser-tests/artifacts/${options.label ?? 'server'}.log.`,
    )
  }
  return { baseUrl, stop }
}
