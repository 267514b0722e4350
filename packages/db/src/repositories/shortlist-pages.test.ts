import { createHash } from 'node:crypto'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestEngine } from '../../../testing/src/index'
import type { DatabaseHandle, Db } from '../create-database'
import { EMBEDDING_DIMENSIONS } from '../vector'
import { requestAlternativeProcess } from './alternative-process.repository'
import {
  createApplicationWithDocument,
  linkCandidate,
  saveDocumentAnalysis,
  setApplicationStatus,
} from './application.repository'
import { saveJobBlindReview, saveOrganizationBlindReview } from './blind-review.repository'
import { correctCandidate } from './candidate.repository'
import {
  countShortlist,
  findShortlistVersion,
  findShortlistVersions,
  listShortlist,
  type ShortlistCursor,
  type ShortlistFilters,
  type StoredRequirementResult,
  upsertEvaluation,
} from './evaluation.repository'
import { createJob } from './job.repository'
import { createOrganizationWithAdmin } from './organization.repository'
import { DEFAULT_PIPELINE, moveApplicationsToStage, saveJobPipeline } from './pipeline.repository'
import { upsertDecision } from './review.repository'

const REQUIREMENTS = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002']

function results(index: number): StoredRequirementResult[] {
  return REQUIREMENTS.map((requirementId, position) => ({
    requirementId,
    status: (index + position) % 3 === 0 ? 'missing' : (index + position) % 3 === 1 ? 'partial' : 'matched',
    credit: 0.5,
    reason: 'test',
    yearsFound: null,
    evidence: [
      {
        quote: `quote ${index}`,
        start: 0,
        end: 5,
        section: 'experience',
        source: 'described_work',
        skillId: null,
      },
    ],
  }))
}

type Seeded = { applicationId: string; allRequiredMet: boolean; rankScore: number; stage: string }

async function seedApplication(
  db: Db,
  organizationId: string,
  jobId: string,
  userId: string,
  label: string,
  rank: { allRequiredMet: boolean; rankScore: number },
  index: number,
): Promise<string> {
  const { application } = await createApplicationWithDocument(
    db,
    organizationId,
    jobId,
    {
      filename: `${label}.txt`,
      kind: 'txt',
      mime: 'text/plain',
      sha256: createHash('sha256').update(`${organizationId}:${label}`).digest('hex'),
      content: new TextEncoder().encode(label),
      pages: 1,
    },
    userId,
  )
  await saveDocumentAnalysis(db, organizationId, application.documentId, {
    text: label,
    pages: 1,
    hidden: [],
    profile: { headline: { title: `Role ${index}`, employer: null }, experiences: [] },
    parserVersion: 'test',
    embedding: Array.from({ length: EMBEDDING_DIMENSIONS }, (_, dimension) => (dimension === 0 ? 1 : 0)),
    chunks: [],
    embeddingModel: 'test',
  })
  await linkCandidate(db, organizationId, application.id, { name: label, email: null, phone: null }, false)
  await upsertEvaluation(db, organizationId, {
    applicationId: application.id,
    jobId,
    score: rank.rankScore,
    requiredMet: rank.allRequiredMet ? 2 : 1,
    requiredTotal: 2,
    requirements: results(index),
    versions: { taxonomy: 't', parser: 'p', scorer: 's' },
    rank: { ...rank, coverage: rank.rankScore, roleFit: null, rankingVersion: 'test' },
  })
  await setApplicationStatus(db, organizationId, application.id, 'scored')
  return application.id
}

/** The order of core's `rankCandidates`, written out again so the test does not trust the query's own order. */
function expectedOrder(rows: readonly Seeded[]): string[] {
  return [...rows]
    .sort(
      (a, b) =>
        Number(b.allRequiredMet) - Number(a.allRequiredMet) ||
        b.rankScore - a.rankScore ||
        (a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0),
    )
    .map((row) => row.applicationId)
}

async function walk(
  db: Db,
  organizationId: string,
  jobId: string,
  limit: number,
  filters: ShortlistFilters = {},
): Promise<string[][]> {
  const pages: string[][] = []
  let after: ShortlistCursor | null = null
  do {
    const page: Awaited<ReturnType<typeof listShortlist>> = await listShortlist(
      db,
      organizationId,
      jobId,
      { limit, after },
      filters,
    )
    pages.push(page.rows.map((row) => row.applicationId))
    after = page.next
  } while (after && pages.length < 100)
  return pages
}

describe.each<TestEngine>(['pglite', 'postgres'])('shortlist pages on %s', (engine) => {
  let handle: DatabaseHandle
  let organizationId: string
  let otherOrganizationId: string
  let userId: string
  let jobId: string
  let siblingJobId: string
  let otherJobId: string
  const seeded: Seeded[] = []
  const version = async () => (await findShortlistVersion(handle.db, organizationId, jobId)) as string

  beforeAll(async () => {
    handle = await createTestDatabase(engine)
    const first = await createOrganizationWithAdmin(handle.db, {
      organizationName: 'Pages',
      name: 'Admin',
      email: 'pages@example.com',
      passwordHash: 'x',
    })
    organizationId = first.organization.id
    userId = first.user.id
    const other = await createOrganizationWithAdmin(handle.db, {
      organizationName: 'Elsewhere',
      name: 'Admin',
      email: 'elsewhere@example.com',
      passwordHash: 'x',
    })
    otherOrganizationId = other.organization.id
    jobId = (
      await createJob(handle.db, organizationId, { title: 'Main', description: 'x', createdBy: userId })
    ).id
    siblingJobId = (
      await createJob(handle.db, organizationId, { title: 'Sibling', description: 'x', createdBy: userId })
    ).id
    otherJobId = (
      await createJob(handle.db, otherOrganizationId, {
        title: 'Other',
        description: 'x',
        createdBy: other.user.id,
      })
    ).id

    // 23 applications over three rank scores and both sides of "all required met": most rows tie with others.
    for (let index = 0; index < 23; index++) {
      const rank = { allRequiredMet: index % 3 !== 0, rankScore: [70, 55.5, 70, 40][index % 4] as number }
      const applicationId = await seedApplication(
        handle.db,
        organizationId,
        jobId,
        userId,
        `main-${index}`,
        rank,
        index,
      )
      seeded.push({ applicationId, ...rank, stage: 'applied' })
    }
    // Rows of another job of the organisation and of another organisation, ranked above everything on the main job.
    for (let index = 0; index < 3; index++) {
      const rank = { allRequiredMet: true, rankScore: 99 }
      await seedApplication(handle.db, organizationId, siblingJobId, userId, `sibling-${index}`, rank, index)
      await seedApplication(
        handle.db,
        otherOrganizationId,
        otherJobId,
        other.user.id,
        `other-${index}`,
        rank,
        index,
      )
    }
  }, 180_000)
  afterAll(async () => {
    await handle?.close()
  })

  it('walks every page in rankCandidates order with no row repeated or skipped, ties included', async () => {
    const expected = expectedOrder(seeded)
    for (const limit of [1, 4, 7, 23, 50]) {
      const pages = await walk(handle.db, organizationId, jobId, limit)
      expect(pages.flat()).toEqual(expected)
      expect(pages.every((page) => page.length <= limit)).toBe(true)
      // A full last page is not followed by an empty one: the extra row read tells whether another page exists.
      expect(pages.at(-1)?.length).toBeGreaterThan(0)
    }
  })

  it('filters pages and counts the filtered rows', async () => {
    const met = seeded.filter((row) => row.allRequiredMet)
    expect((await walk(handle.db, organizationId, jobId, 5, { meetsAllRequired: true })).flat()).toEqual(
      expectedOrder(met),
    )
    expect(await countShortlist(handle.db, organizationId, jobId, { meetsAllRequired: true })).toBe(
      met.length,
    )
    expect(await countShortlist(handle.db, organizationId, jobId, {})).toBe(seeded.length)
    const high = seeded.filter((row) => row.rankScore >= 55)
    expect((await walk(handle.db, organizationId, jobId, 6, { minScore: 55 })).flat()).toEqual(
      expectedOrder(high),
    )
  })

  it('serves statuses without evidence unless asked, from the summary scoring wrote', async () => {
    const page = await listShortlist(handle.db, organizationId, jobId, { limit: 3 }, {})
    for (const row of page.rows) {
      const index = seeded.findIndex((item) => item.applicationId === row.applicationId)
      expect(row.statuses).toEqual(
        results(index).map((result) => ({ requirementId: result.requirementId, status: result.status })),
      )
      expect(row.requirements).toBeNull()
      expect(row.currentRole).toEqual({ title: `Role ${index}`, employer: null })
    }
    const full = await listShortlist(handle.db, organizationId, jobId, { limit: 3, evidence: true }, {})
    expect(full.rows[0]?.requirements?.[0]?.evidence[0]?.quote).toMatch(/^quote \d+$/)

    // A row written by code older than the summary column is summarised from its full results.
    const first = page.rows[0]?.applicationId as string
    await handle.db
      .updateTable('evaluations')
      .set({ summary: null })
      .where('application_id', '=', first)
      .execute()
    const again = await listShortlist(handle.db, organizationId, jobId, { limit: 1 }, {})
    expect(again.rows[0]?.statuses).toEqual(page.rows[0]?.statuses)
  })

  it("reads only the caller's organisation", async () => {
    expect(await findShortlistVersion(handle.db, otherOrganizationId, jobId)).toBeNull()
    // Many at once, in the order asked, each scoped to its own organisation.
    const versions = await findShortlistVersions(handle.db, [
      { organizationId: otherOrganizationId, jobId },
      { organizationId, jobId: siblingJobId },
      { organizationId, jobId },
      { organizationId, jobId },
    ])
    expect(versions[0]).toBeNull()
    expect(versions[1]).toBe(await findShortlistVersion(handle.db, organizationId, siblingJobId))
    expect(versions[2]).toBe(await version())
    expect(versions[3]).toBe(versions[2])
    expect((await listShortlist(handle.db, otherOrganizationId, jobId, { limit: 50 }, {})).rows).toEqual([])
    expect(await countShortlist(handle.db, otherOrganizationId, jobId, {})).toBe(0)
    const sibling = await listShortlist(handle.db, organizationId, siblingJobId, { limit: 50 }, {})
    expect(sibling.rows).toHaveLength(3)
    expect(sibling.rows.some((row) => seeded.some((item) => item.applicationId === row.applicationId))).toBe(
      false,
    )
  })

  it('reads the page from the keyset index, starting from the job', async () => {
    // A few rows would be read sequentially; with that ruled out, the cursor must be a condition of the index scan.
    await sql`set enable_seqscan = off`.execute(handle.db)
    const last = seeded[0] as Seeded
    const plan = await sql<{ 'QUERY PLAN': string }>`
      explain select evaluations.application_id from evaluations
      where evaluations.job_id = ${jobId}
        and (not all_required_met, -rank_score, application_id) > (${!last.allRequiredMet}::boolean, ${-last.rankScore}::double precision, ${last.applicationId}::uuid)
      order by not all_required_met, -rank_score, application_id limit 5
    `.execute(handle.db)
    await sql`reset enable_seqscan`.execute(handle.db)
    const text = plan.rows.map((row) => row['QUERY PLAN']).join('\n')
    expect(text).toContain('evaluations_shortlist_keyset_idx')
    expect(text).toMatch(/Index Cond: .*job_id = .*ROW\(/)
    expect(text).not.toMatch(/\bSort\b/)
  })

  it('bumps the version on every change a page shows, and not on work outside the shortlist', async () => {
    const target = seeded[1] as Seeded
    const changes: Array<[string, () => Promise<unknown>]> = [
      [
        'an evaluation',
        () =>
          upsertEvaluation(handle.db, organizationId, {
            applicationId: target.applicationId,
            jobId,
            score: 1,
            requiredMet: 1,
            requiredTotal: 2,
            requirements: results(1),
            versions: { taxonomy: 't', parser: 'p', scorer: 's' },
            rank: { allRequiredMet: true, rankScore: 70, coverage: 1, roleFit: null, rankingVersion: 'test' },
          }),
      ],
      [
        'a stage move',
        () =>
          moveApplicationsToStage(
            handle.db,
            organizationId,
            [{ applicationId: target.applicationId, fromStage: 'applied' }],
            { stage: 'screening', reason: null, movedBy: userId },
          ),
      ],
      [
        'a decision',
        () =>
          upsertDecision(handle.db, organizationId, target.applicationId, {
            decision: 'hold',
            reason: 'r',
            decidedBy: userId,
          }),
      ],
      [
        'a candidate correction',
        async () => {
          const row = await handle.db
            .selectFrom('applications')
            .select('candidate_id')
            .where('id', '=', target.applicationId)
            .executeTakeFirstOrThrow()
          await correctCandidate(handle.db, organizationId, row.candidate_id as string, { name: 'Corrected' })
        },
      ],
      [
        'a re-parsed profile',
        async () => {
          await handle.db
            .updateTable('documents')
            .set({ profile: JSON.stringify({ headline: { title: 'New', employer: null } }) })
            .where('id', 'in', (eb) =>
              eb.selectFrom('applications').select('document_id').where('id', '=', target.applicationId),
            )
            .execute()
        },
      ],
      [
        'a requirement edit',
        () =>
          handle.db
            .insertInto('job_requirements')
            .values({
              organization_id: organizationId,
              job_id: jobId,
              position: 9,
              label: 'New',
              kind: 'required',
              weight: 1,
              skill_ids: '[]',
              keywords: '[]',
              min_years: null,
              source_text: null,
              source_start: null,
              source_end: null,
              section: null,
              embedding: null,
            })
            .execute(),
      ],
      [
        'leaving the shortlist',
        () => setApplicationStatus(handle.db, organizationId, target.applicationId, 'processing'),
      ],
      ['coming back', () => setApplicationStatus(handle.db, organizationId, target.applicationId, 'scored')],
    ]
    const sibling = await findShortlistVersion(handle.db, organizationId, siblingJobId)
    for (const [what, change] of changes) {
      const before = await version()
      await change()
      expect({ what, changed: (await version()) !== before }).toEqual({ what, changed: true })
    }
    expect(await findShortlistVersion(handle.db, organizationId, siblingJobId)).toBe(sibling)

    // An upload and its ingest never touch the job's version (nor hold its row's lock): not on the shortlist yet.
    const before = await version()
    const { application } = await createApplicationWithDocument(
      handle.db,
      organizationId,
      jobId,
      {
        filename: 'late.txt',
        kind: 'txt',
        mime: 'text/plain',
        sha256: createHash('sha256').update('late').digest('hex'),
        content: new TextEncoder().encode('late'),
        pages: 1,
      },
      userId,
    )
    await setApplicationStatus(handle.db, organizationId, application.id, 'processing')
    await saveDocumentAnalysis(handle.db, organizationId, application.documentId, {
      text: 'late',
      pages: 1,
      hidden: [],
      profile: { headline: null, experiences: [] },
      parserVersion: 'test',
      embedding: Array.from({ length: EMBEDDING_DIMENSIONS }, (_, dimension) => (dimension === 0 ? 1 : 0)),
      chunks: [],
      embeddingModel: 'test',
    })
    await linkCandidate(
      handle.db,
      organizationId,
      application.id,
      { name: 'Late', email: null, phone: null },
      true,
    )
    expect(await version()).toBe(before)
  })

  it('bumps the version on every change blind review depends on, for that organisation only', async () => {
    const target = seeded[2] as Seeded
    const candidateId = async () =>
      (
        await handle.db
          .selectFrom('applications')
          .select('candidate_id')
          .where('id', '=', target.applicationId)
          .executeTakeFirstOrThrow()
      ).candidate_id as string
    const versions = async () => ({
      main: await version(),
      sibling: await findShortlistVersion(handle.db, organizationId, siblingJobId),
      other: (
        await findShortlistVersions(handle.db, [{ organizationId: otherOrganizationId, jobId: otherJobId }])
      )[0],
    })
    // [what, change, whether the sibling job (same organisation, other job) changes too]
    const changes: Array<[string, () => Promise<unknown>, boolean]> = [
      [
        "the organisation's blind review",
        () =>
          saveOrganizationBlindReview(handle.db, organizationId, { enabled: true, untilStage: 'interview' }),
        true,
      ],
      [
        "the organisation's blind-until stage",
        () => saveOrganizationBlindReview(handle.db, organizationId, { enabled: true, untilStage: 'offer' }),
        true,
      ],
      [
        "the job's blind review",
        () => saveJobBlindReview(handle.db, organizationId, jobId, { enabled: false, untilStage: null }),
        false,
      ],
      [
        "the job's blind-until stage",
        () =>
          saveJobBlindReview(handle.db, organizationId, jobId, { enabled: false, untilStage: 'screening' }),
        false,
      ],
      [
        "the job's pipeline",
        () => saveJobPipeline(handle.db, organizationId, jobId, [...DEFAULT_PIPELINE, 'reference check']),
        false,
      ],
      [
        'an alternative-process request',
        () =>
          requestAlternativeProcess(handle.db, organizationId, target.applicationId, {
            note: null,
            at: new Date(),
          }),
        false,
      ],
      [
        "a candidate's email (masked in quotes)",
        async () =>
          correctCandidate(handle.db, organizationId, await candidateId(), { email: 'renamed@example.com' }),
        false,
      ],
    ]
    for (const [what, change, siblingChanges] of changes) {
      const before = await versions()
      await change()
      const after = await versions()
      expect({
        what,
        main: after.main !== before.main,
        sibling: after.sibling !== before.sibling,
        other: after.other !== before.other,
      }).toEqual({ what, main: true, sibling: siblingChanges, other: false })
    }

    // Saving what is already stored shows nothing new: no bump.
    const before = await versions()
    await saveOrganizationBlindReview(handle.db, organizationId, { enabled: true, untilStage: 'offer' })
    await saveJobBlindReview(handle.db, organizationId, jobId, { enabled: false, untilStage: 'screening' })
    await requestAlternativeProcess(handle.db, organizationId, target.applicationId, {
      note: 'again',
      at: new Date(),
    })
    expect(await versions()).toEqual(before)
  })
})
