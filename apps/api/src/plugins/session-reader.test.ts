import type { UserSessionState } from '@shortlist/db'
import { describe, expect, it } from 'vitest'
import { createSessionReader } from './auth'

const state = (tokenVersion: number): UserSessionState => ({
  organizationId: '00000000-0000-4000-8000-000000000001',
  role: 'recruiter',
  tokenVersion,
  deactivated: false,
})

/** A session store whose reads the test completes by hand, in the order it chooses. */
function deferredStore() {
  const reads: Array<{ userId: string; resolve(value: UserSessionState | null): void }> = []
  return {
    reads,
    read: (userId: string) =>
      new Promise<UserSessionState | null>((resolve) => {
        reads.push({ userId, resolve })
      }),
  }
}

describe('createSessionReader', () => {
  it('shares one read among the requests that miss together, then reuses its result', async () => {
    const store = deferredStore()
    const sessions = createSessionReader(store.read, 60_000)
    const waiting = Array.from({ length: 50 }, () => sessions.read('user-1'))
    expect(store.reads).toHaveLength(1)
    store.reads[0]?.resolve(state(3))
    for (const result of await Promise.all(waiting)) expect(result?.tokenVersion).toBe(3)
    expect((await sessions.read('user-1'))?.tokenVersion).toBe(3)
    expect(store.reads).toHaveLength(1)
    // Other users are read on their own.
    const other = sessions.read('user-2')
    expect(store.reads.map((read) => read.userId)).toEqual(['user-1', 'user-2'])
    store.reads[1]?.resolve(null)
    expect(await other).toBeNull()
  })

  it('never stores a read that was in flight when the session was forgotten', async () => {
    const store = deferredStore()
    const sessions = createSessionReader(store.read, 60_000)
    const before = sessions.read('user-1')
    // A password change in this process: the old version must not come back from the read already running.
    sessions.forget('user-1')
    const after = sessions.read('user-1')
    expect(store.reads).toHaveLength(2)
    store.reads[0]?.resolve(state(1))
    store.reads[1]?.resolve(state(2))
    expect((await before)?.tokenVersion).toBe(1)
    expect((await after)?.tokenVersion).toBe(2)
    expect((await sessions.read('user-1'))?.tokenVersion).toBe(2)
    expect(store.reads).toHaveLength(2)
  })

  it('does not keep a failed read, and reads every time when the cache is off', async () => {
    let calls = 0
    const failing = createSessionReader(async () => {
      calls++
      if (calls === 1) throw new Error('database unavailable')
      return state(1)
    }, 60_000)
    await expect(failing.read('user-1')).rejects.toThrow('database unavailable')
    expect((await failing.read('user-1'))?.tokenVersion).toBe(1)
    expect(calls).toBe(2)

    const store = deferredStore()
    const uncached = createSessionReader(store.read, 0)
    const first = uncached.read('user-1')
    const second = uncached.read('user-1')
    expect(store.reads).toHaveLength(2)
    for (const read of store.reads) read.resolve(state(1))
    await Promise.all([first, second])
  })
})
