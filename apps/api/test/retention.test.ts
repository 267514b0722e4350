import { eraseCandidate } from '@shortlist/engine'
import { RETENTION_SCHEDULE, sweepRetentionJob } from '@shortlist/jobs'
import { TEST_REDIS_URL, type TestEngine } from '@shortlist/testing'
import { Queue } from 'bullmq'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createReadyJob, uploadAndScore } from './kit-flow'
import { client, type Json, signup, startTestStack, type TestStack, waitFor } from './test-stack'

type Api = ReturnType<typeof client>

const resume = (name: string, email: string) => `${name}
Platform Engineer
${email}

Experience
Platform Engineer — Contoso — Mar 2021 – Present
• Built Kubernetes operators in Python and Go.

Skills
Python, Go, Kubernetes, Docker, AWS
`

const monthsAgo = (months: number) => {
  const date = new Date()
  date.setUTCMonth(date.getUTCMonth() - months)
  return date
}

describe.each<TestEngine>(['pglite', 'postgres'])('the retention sweep (%s)', (engine) => {
  let stack: TestStack
  let admin: Api
  let other: Api
  const ids: Record<'stale' | 'recentlyMoved' | 'aging' | 'fresh' | 'otherStale', string> = {
    stale: '',
    recentlyMoved: '',
    aging: '',
    fresh: '',
    otherStale: '',
  }

  /** Backdates every activity of a candidate: the row, their applications and their stage history. */
  const backdate = async (candidateId: string, at: Date) => {
    const { db } = stack.engine
    await db
      .updateTable('candidates')
      .set({ created_at: at, updated_at: at })
      .where('id', '=', candidateId)
      .execute()
    await db
      .updateTable('applications')
      .set({ created_at: at, updated_at: at })
      .where('candidate_id', '=', candidateId)
      .execute()
  }

  const uploadCandidates = async (api: Api, names: string[]) => {
    const job = await createReadyJob(api, 'ML Platform Engineer')
    const { shortlist } = await uploadAndScore(
      api,
      job.id,
      names.map((name) => ({
        name: `${name.toLowerCase()}.txt`,
        content: Buffer.from(resume(`${name} Example`, `${name.toLowerCase()}@example.com`)),
      })),
    )
    const byName = new Map<string, Json>(
      (shortlist.items as Json[]).map((item): [string, Json] => [
        String(item.candidate.name).split(' ')[0] ?? '',
        item,
      ]),
    )
    return (name: string) => {
      const item = byName.get(name)
      if (!item) throw new Error(`${name} not in the shortlist`)
      return item
    }
  }

  beforeAll(async () => {
    stack = await startTestStack({ engine, label: `retention-${engine}` })
    admin = client(stack.app, await signup(stack.app, 'retention'))
    other = client(stack.app, await signup(stack.app, 'retention-other'))
    const mine = await uploadCandidates(admin, ['Stale', 'Moved', 'Aging', 'Fresh'])
    const theirs = await uploadCandidates(other, ['Elsewhere'])
    ids.stale = mine('Stale').candidate.id
    ids.recentlyMoved = mine('Moved').candidate.id
    ids.aging = mine('Aging').candidate.id
    ids.fresh = mine('Fresh').candidate.id
    ids.otherStale = theirs('Elsewhere').candidate.id

    await backdate(ids.stale, monthsAgo(30))
    // Old, but moved to a new stage last week: the move is activity.
    await backdate(ids.recentlyMoved, monthsAgo(30))
    const moved = await admin.post(`/v1/applications/${mine('Moved').applicationId}/stage`, {
      stage: 'screening',
    })
    expect(moved.status).toBe(200)
    await backdate(ids.aging, monthsAgo(20))
    // The other organisation keeps candidates for 36 months: 30 months is not enough there.
    await backdate(ids.otherStale, monthsAgo(30))
    expect((await other.put('/v1/retention', { months: 36 })).status).toBe(200)
  }, 240_000)

  afterAll(async () => {
    await stack?.close()
  })

  it('shows admins who is due and when, and lets them change the period', async () => {
    const now = await admin.get('/v1/retention?withinDays=0')
    expect(now.status).toBe(200)
    expect(now.body).toMatchObject({ months: 24, schedule: RETENTION_SCHEDULE.pattern })
    expect(now.body.items.map((item: Json) => item.candidate.id)).toEqual([ids.stale])
    expect(now.body.items[0]).toMatchObject({ due: true, candidate: { name: 'Stale Example' } })

    // Within a year: the 20-month-old one is coming up, four months out.
    const year = await admin.get('/v1/retention?withinDays=366')
    const aging = (year.body.items as Json[]).find((item) => item.candidate.id === ids.aging)
    expect(aging).toMatchObject({ due: false })
    const dueInDays = (Date.parse(aging?.dueAt) - Date.now()) / (24 * 3600 * 1000)
    expect(dueInDays).toBeGreaterThan(100)
    expect(dueInDays).toBeLessThan(130)

    const invalid = await admin.put('/v1/retention', { months: 0 })
    expect(invalid.status).toBe(400)
    expect(invalid.body.code).toBe('VALIDATION_FAILED')
    const theirs = await other.get('/v1/retention?withinDays=0')
    expect(theirs.body).toMatchObject({ months: 36, items: [] })
  })

  it('is scheduled once per deployment under a fixed id', async () => {
    const connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null })
    const queue = new Queue(sweepRetentionJob.queue, { connection, prefix: stack.prefix })
    try {
      const scheduler = await waitFor(
        () => queue.getJobScheduler(RETENTION_SCHEDULE.schedulerId),
        10_000,
        'the retention scheduler',
      )
      expect(scheduler).toMatchObject({ pattern: RETENTION_SCHEDULE.pattern, name: sweepRetentionJob.name })
      expect(await queue.getJobSchedulersCount()).toBe(1)
    } finally {
      await queue.close()
      connection.disconnect()
    }
  })

  it('erases exactly the candidates past their organisation’s period', async () => {
    await stack.engine.producer.enqueue(sweepRetentionJob, { runAt: new Date().toISOString() })
    await waitFor(
      async () => (await admin.get(`/v1/candidates/${ids.stale}`)).status === 404,
      30_000,
      'the stale candidate erased',
    )
    // The first erasure is seen before the run ends; wait for the whole run before looking at who is left.
    await waitFor(
      async () => (await stack.engine.producer.counts(sweepRetentionJob.queue)).completed === 1,
      30_000,
      'the sweep to complete',
    )
    for (const kept of [ids.recentlyMoved, ids.aging, ids.fresh])
      expect((await admin.get(`/v1/candidates/${kept}`)).status).toBe(200)
    expect((await other.get(`/v1/candidates/${ids.otherStale}`)).status).toBe(200)

    const erasures = await admin.get('/v1/audit-log?action=candidate.erased')
    expect(erasures.body.items).toEqual([
      expect.objectContaining({
        actor: null,
        subjectId: ids.stale,
        data: expect.objectContaining({ reason: 'retention' }),
      }),
    ])
    expect((await other.get('/v1/audit-log?action=candidate.erased')).body.total).toBe(0)
    const after = await admin.get('/v1/retention?withinDays=0')
    expect(after.body.items).toEqual([])
  })

  it('skips a candidate who became active after the sweep listed them', async () => {
    const organizationId = (
      await stack.engine.db
        .selectFrom('candidates')
        .select('organization_id')
        .where('id', '=', ids.aging)
        .executeTakeFirstOrThrow()
    ).organization_id
    const input = { organizationId, candidateId: ids.aging, actorId: null, reason: 'retention' as const }
    // Listed when their last activity was 25 months ago; it is 20 months ago now.
    expect(await eraseCandidate(stack.engine, { ...input, inactiveSince: monthsAgo(25) })).toBeNull()
    expect((await admin.get(`/v1/candidates/${ids.aging}`)).status).toBe(200)
  })
})
