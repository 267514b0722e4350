import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestEngine } from '../../../testing/src/index'
import type { DatabaseHandle } from '../create-database'
import { EMBEDDING_DIMENSIONS } from '../vector'
import {
  createApplicationWithDocument,
  linkCandidate,
  saveDocumentAnalysis,
  setApplicationStatus,
} from './application.repository'
import { countShortlist, listShortlist, upsertEvaluation } from './evaluation.repository'
import { createJob } from './job.repository'
import { createOrganizationWithAdmin } from './organization.repository'

const entry = (title: string | null, employer: string | null, current: boolean) => ({
  start: 0,
  end: 1,
  title,
  employer,
  startDate: '2020-01',
  endDate: '2024-01',
  current,
})

// Stored profiles as different parser versions wrote them.
const PROFILES: Record<string, object> = {
  // The entry marked current wins over the first one listed.
  current: { headline: null, experiences: [entry('Analyst', 'Old Co', false), entry('Lead', 'Acme', true)] },
  // An entry without a role is passed over, and one without a `current` flag is not taken for the current one.
  first: {
    headline: null,
    experiences: [
      entry(null, 'Globex', false),
      entry('Data Engineer', 'Initech', false),
      { title: 'Intern', employer: 'Umbrella' },
    ],
  },
  // No dated entry: the headline under the name stands in.
  headline: { headline: { title: 'Designer', employer: null }, experiences: [] },
  // A profile from before headlines, with no work history.
  legacy: { label: 'legacy' },
}

describe.each<TestEngine>(['pglite', 'postgres'])('listShortlist on %s', (engine) => {
  let handle: DatabaseHandle
  let organizationId: string
  let jobId: string
  const applicationIds = new Map<string, string>()

  beforeAll(async () => {
    handle = await createTestDatabase(engine)
    const { organization, user } = await createOrganizationWithAdmin(handle.db, {
      organizationName: 'Shortlist roles',
      name: 'Admin',
      email: 'admin@example.com',
      passwordHash: 'x',
    })
    organizationId = organization.id
    const job = await createJob(handle.db, organizationId, {
      title: 'Any',
      description: 'Any',
      createdBy: user.id,
    })
    jobId = job.id
    for (const [index, [label, profile]] of Object.entries(PROFILES).entries()) {
      const { application } = await createApplicationWithDocument(
        handle.db,
        organizationId,
        jobId,
        {
          filename: `${label}.txt`,
          kind: 'txt',
          mime: 'text/plain',
          sha256: createHash('sha256').update(label).digest('hex'),
          content: new TextEncoder().encode(label),
          pages: 1,
        },
        user.id,
      )
      applicationIds.set(label, application.id)
      await saveDocumentAnalysis(handle.db, organizationId, application.documentId, {
        text: label,
        pages: 1,
        hidden: [],
        profile,
        parserVersion: 'test',
        embedding: Array.from({ length: EMBEDDING_DIMENSIONS }, (_, dimension) => (dimension === 0 ? 1 : 0)),
        chunks: [],
        embeddingModel: 'test',
      })
      await linkCandidate(
        handle.db,
        organizationId,
        application.id,
        { name: label, email: null, phone: null },
        false,
      )
      await upsertEvaluation(handle.db, organizationId, {
        applicationId: application.id,
        jobId,
        score: 90 - index,
        requiredMet: 1,
        requiredTotal: 1,
        requirements: [],
        versions: { taxonomy: 't', parser: 'p', scorer: 's' },
        rank: {
          rankScore: 90 - index,
          allRequiredMet: true,
          coverage: 90 - index,
          roleFit: null,
          rankingVersion: 'test',
        },
      })
      await setApplicationStatus(handle.db, organizationId, application.id, 'scored')
    }
  }, 120_000)
  afterAll(async () => {
    await handle?.close()
  })

  it("reads each candidate's current role from the stored profile, whatever parser wrote it", async () => {
    const page = await listShortlist(handle.db, organizationId, jobId, { limit: 10 }, {})
    expect(page.rows.map((row) => [row.candidateName, row.currentRole])).toEqual([
      ['current', { title: 'Lead', employer: 'Acme' }],
      ['first', { title: 'Data Engineer', employer: 'Initech' }],
      ['headline', { title: 'Designer', employer: null }],
      ['legacy', null],
    ])
  })

  it('orders by every screened required item met, then rank score, then id, not by the requirement score', async () => {
    const ranks: Record<string, { allRequiredMet: boolean; rankScore: number; score: number }> = {
      current: { allRequiredMet: false, rankScore: 99, score: 99 },
      first: { allRequiredMet: true, rankScore: 10, score: 10 },
      headline: { allRequiredMet: true, rankScore: 50, score: 5 },
      legacy: { allRequiredMet: true, rankScore: 50, score: 1 },
    }
    for (const [label, rank] of Object.entries(ranks)) {
      await upsertEvaluation(handle.db, organizationId, {
        applicationId: applicationIds.get(label) as string,
        jobId,
        score: rank.score,
        requiredMet: rank.allRequiredMet ? 1 : 0,
        requiredTotal: 1,
        requirements: [],
        versions: { taxonomy: 't', parser: 'p', scorer: 's' },
        rank: {
          rankScore: rank.rankScore,
          allRequiredMet: rank.allRequiredMet,
          coverage: rank.score,
          roleFit: null,
          rankingVersion: 'test',
        },
      })
    }
    const tie = ['headline', 'legacy'].sort((a, b) =>
      (applicationIds.get(a) as string) < (applicationIds.get(b) as string) ? -1 : 1,
    )
    const page = await listShortlist(handle.db, organizationId, jobId, { limit: 10 }, {})
    expect(page.rows.map((row) => row.candidateName)).toEqual([...tie, 'first', 'current'])
    expect(page.rows[0]?.rank.rankScore).toBe(50)
    const met = await listShortlist(
      handle.db,
      organizationId,
      jobId,
      { limit: 10 },
      { meetsAllRequired: true },
    )
    expect(met.rows).toHaveLength(3)
    expect(await countShortlist(handle.db, organizationId, jobId, { meetsAllRequired: true })).toBe(3)
  })
})
