import { execFile, spawn } from 'node:child_process'
import { chownSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { Redis } from 'ioredis'
import { freePort } from './processes'

const run = promisify(execFile)
const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin'

/** A PostgreSQL cluster of the test's own, which it may stop and start at will (the machine's is shared). */
export type PrivatePostgres = {
  url: string
  /** `pg_ctl stop -m immediate`: no checkpoint, every connection cut, crash recovery on the next start. */
  crash(): Promise<void>
  start(): Promise<void>
  destroy(): Promise<void>
}

/**
 * initdb in a temporary folder and start it on a free port. Postgres refuses to run as root, so when the test runs
 * as root the cluster belongs to the `postgres` OS user. The machine's pgvector is in the same lib dir, so
 * `CREATE EXTENSION vector` works.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'shortlist-pg-'))
  const asRoot = process.getuid?.() === 0
  const postgresUid = asRoot ? Number((await run('id', ['-u', 'postgres'])).stdout.trim()) : null
  const postgresGid = asRoot ? Number((await run('id', ['-g', 'postgres'])).stdout.trim()) : null
  if (postgresUid !== null && postgresGid !== null) chownSync(dir, postgresUid, postgresGid)
  const as = (binary: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', `${PG_BIN}/${binary}`, ...args])
      : run(`${PG_BIN}/${binary}`, args)
  const data = join(dir, 'data')
  await as('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8'])
  const port = await freePort()
  // fsync=off is safe here: an immediate stop kills processes, not the machine, so the OS keeps every write. Commits
  // stay synchronous: with synchronous_commit=off an acknowledged commit still in WAL buffers dies with the server.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`
  const start = async () => {
    await as('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '60', 'start'])
  }
  await start()
  const url = `postgres://postgres@127.0.0.1:${port}/shortlist`
  await as('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'shortlist'])
  return {
    url,
    crash: async () => {
      await as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
    },
    start,
    destroy: async () => {
      await as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A Redis of the test's own on a free port, with or without AOF, that it may kill and start again. */
export type PrivateRedis = {
  url: string
  /** SIGKILL: whatever AOF had not written is lost, and without AOF everything is. */
  crash(): Promise<void>
  start(): Promise<void>
  destroy(): Promise<void>
}

export async function startPrivateRedis(options: { appendOnly: boolean }): Promise<PrivateRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'shortlist-redis-'))
  const port = await freePort()
  const url = `redis://127.0.0.1:${port}`
  let child: ReturnType<typeof spawn> | null = null
  const start = async () => {
    child = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--save',
        '',
        '--appendonly',
        options.appendOnly ? 'yes' : 'no',
      ],
      { stdio: 'ignore' },
    )
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
    probe.on('error', () => undefined)
    for (let attempt = 0; ; attempt++) {
      try {
        await probe.connect()
        // With AOF, Redis answers LOADING until the file is replayed.
        if ((await probe.ping()) === 'PONG') break
      } catch {
        if (attempt > 100) throw new Error(`redis-server on ${port} did not start`)
        probe.disconnect()
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
    probe.disconnect()
  }
  const crash = async () => {
    const running = child
    if (!running || running.exitCode !== null) return
    const exited = new Promise((resolve) => running.once('exit', resolve))
    running.kill('SIGKILL')
    await exited
  }
  await start()
  return {
    url,
    crash,
    start,
    destroy: async () => {
      await crash()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
