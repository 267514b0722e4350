import { createHash } from 'node:crypto'
import {
  buildResumeFamilyProfile,
  createDocumentSandbox,
  findCurrentRole,
  type ResumeProfile,
} from '@shortlist/core'
import {
  correctCandidate,
  createApplicationWithDocument,
  createJob,
  createOrganizationWithAdmin,
  type DatabaseHandle,
  findApplication,
  listDocumentsForScoring,
  listPoolFamilies,
  listPoolSkills,
  listStalePoolFamilies,
  upsertCustomSkill,
} from '@shortlist/db'
import { createQueueProducer, createRedisConnection } from '@shortlist/jobs'
import { createLlmProvider } from '@shortlist/llm'
import { createTestDatabase, dropQueuePrefix, TEST_REDIS_URL, uniqueQueuePrefix } from '@shortlist/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { analyzeJobPosting } from './analyze-job-posting'
import type { EngineDeps } from './engine-deps'
import { findMatchingCandidates, measureJobFamilyFit } from './find-matching-candidates'
import { ingestApplication } from './ingest-application'
import { loadOrganizationTaxonomy } from './load-organization-taxonomy'
import { readFamilyCandidates } from './read-family-candidates'
import { poolFamilyKey } from './refresh-pool-families'

const POSTING = `Data Engineer

Requirements
- 3+ years of experience with Python.
- Experience building pipelines with Apache Spark and Airflow.
- Experience with PostgreSQL.
`

// Resumes of several families, several of them alike, so that fits tie at the preselect's boundaries.
const RESUMES = [
  [
    'Ana Data',
    'Data Engineer, Acme',
    'Built pipelines with Apache Spark, Airflow and Python.',
    'Python, Spark, Airflow',
  ],
  [
    'Bo Data',
    'Data Engineer, Beta',
    'Built pipelines with Apache Spark, Airflow and Python.',
    'Python, Spark, Airflow',
  ],
  [
    'Cy Data',
    'Data Engineer, Gamma',
    'Built pipelines with Apache Spark, Airflow and Python.',
    'Python, Spark, Airflow',
  ],
  ['Di Db', 'Database Administrator, Delta', 'Tuned PostgreSQL and MySQL databases.', 'PostgreSQL, MySQL'],
  [
    'Ed Web',
    'Frontend Developer, Epsilon',
    'Built React and TypeScript interfaces.',
    'React, TypeScript, CSS',
  ],
  ['Fi Web', 'Frontend Developer, Zeta', 'Built React and TypeScript interfaces.', 'React, TypeScript, CSS'],
  [
    'Gus Books',
    'Accountant, Eta',
    'Closed the books every month and prepared tax filings.',
    'Excel, bookkeeping',
  ],
  ['Hal People', 'Recruiter, Theta', 'Hired engineers and ran interviews.', 'Interviewing'],
  ['Ivy Mixed', 'Analyst, Iota', 'Wrote SQL reports in Python and Tableau.', 'Python, SQL, Tableau'],
] as const

function resumeText([name, role, bullet, skills]: readonly string[]): string {
  const email = `${name?.toLowerCase().replace(/\s+/g, '.')}@example.com`
  return [
    name,
    email,
    '',
    'Experience',
    role,
    'Jan 2019 - Present',
    `- ${bullet}`,
    '',
    'Skills',
    skills,
    '',
  ].join('\n')
}

// Ingest, family profiles and /matches together, on PGlite, through the real sandbox, embedder and queue.
describe('stored family profiles', () => {
  const prefix = uniqueQueuePrefix('pool-families')
  const connection = createRedisConnection(TEST_REDIS_URL, 'producer')
  const producer = createQueueProducer(connection, prefix)
  const sandbox = createDocumentSandbox({ timeoutMs: 20_000, maxMemoryMb: 256, maxPages: 10, maxWorkers: 1 })
  let handle: DatabaseHandle
  let deps: EngineDeps
  let organizationId: string
  let jobId: string
  const documents = new Map<string, { documentId: string; applicationId: string }>()

  beforeAll(async () => {
    handle = await createTestDatabase('pglite')
    deps = { db: handle.db, producer, sandbox, llm: createLlmProvider() }
    const { organization, user } = await createOrganizationWithAdmin(handle.db, {
      organizationName: 'families',
      name: 'families',
      email: 'families@example.com',
      passwordHash: 'x',
    })
    organizationId = organization.id
    const job = await createJob(handle.db, organizationId, {
      title: 'Data Engineer',
      description: POSTING,
      createdBy: user.id,
    })
    jobId = job.id
    await analyzeJobPosting(deps, { organizationId, jobId })
    for (const resume of RESUMES) {
      const content = new TextEncoder().encode(resumeText(resume))
      const { application } = await createApplicationWithDocument(
        handle.db,
        organizationId,
        jobId,
        {
          filename: `${resume[0]}.txt`,
          kind: 'txt',
          mime: 'text/plain',
          sha256: createHash('sha256').update(content).digest('hex'),
          content,
          pages: 1,
        },
        user.id,
      )
      await ingestApplication(deps, { organizationId, applicationId: application.id }, { scoreInline: true })
      documents.set(resume[0], { documentId: application.documentId, applicationId: application.id })
    }
  }, 240_000)
  afterAll(async () => {
    await producer.close()
    await sandbox.close()
    connection.disconnect()
    await handle?.close()
    await dropQueuePrefix(prefix)
  })

  it('ingest stores each resume’s family profile, built from its stored profile, in the same commit', async () => {
    const taxonomy = await loadOrganizationTaxonomy(handle.db, organizationId)
    expect(await listStalePoolFamilies(handle.db, organizationId, poolFamilyKey(taxonomy))).toEqual([])
    const ids = [...documents.values()].map((entry) => entry.documentId)
    const stored = await listPoolFamilies(handle.db, organizationId, ids)
    const profiles = await listDocumentsForScoring(handle.db, organizationId, ids)
    for (const document of profiles) {
      const profile = document.profile as ResumeProfile
      const expected = buildResumeFamilyProfile(
        {
          skillIds: profile.skills.map((skill) => skill.skillId),
          currentTitle: findCurrentRole(profile)?.title ?? null,
        },
        taxonomy,
      )
      expect(stored.get(document.documentId)).toEqual([...expected])
    }
    expect(stored.get(documents.get('Ana Data')?.documentId ?? '')?.length).toBeGreaterThan(0)
  })

  it('returns the best family fits of the whole pool, ties by id, with the fits the whole pool gives', async () => {
    const taxonomy = await loadOrganizationTaxonomy(handle.db, organizationId)
    const job = { title: 'Data Engineer', description: POSTING }
    const whole = await measureJobFamilyFit({ db: handle.db }, { organizationId, jobId })
    const ranked = [...whole]
      .filter(([, fit]) => fit > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    // Three identical data engineers tie: every size cuts through or next to the tie.
    for (const size of [1, 2, 3, 4, RESUMES.length]) {
      const { best } = await readFamilyCandidates(handle.db, { organizationId, job, taxonomy, size })
      expect(best.slice(0, size).map((row) => [row.documentId, row.fit])).toEqual(ranked.slice(0, size))
    }
  })

  it('scores /matches with the same family fit as the whole pool, and follows a corrected role', async () => {
    const before = await findMatchingCandidates(
      { db: handle.db },
      { organizationId, jobId, limit: RESUMES.length },
    )
    const whole = await measureJobFamilyFit({ db: handle.db }, { organizationId, jobId })
    for (const match of before) expect(match.familyFit).toBe(whole.get(match.documentId))

    const recruiter = documents.get('Hal People')
    const application = await findApplication(handle.db, organizationId, recruiter?.applicationId ?? '')
    await correctCandidate(handle.db, organizationId, application?.candidateId ?? '', {
      currentRole: { title: 'Data Engineer', employer: 'Theta' },
    })
    const listed = await listPoolSkills(handle.db, organizationId, [recruiter?.documentId ?? ''])
    expect(listed[0]?.currentTitle).toBe('Data Engineer')
    const after = await findMatchingCandidates(
      { db: handle.db },
      { organizationId, jobId, limit: RESUMES.length },
    )
    const wholeAfter = await measureJobFamilyFit({ db: handle.db }, { organizationId, jobId })
    const fitOf = (matches: typeof before) =>
      matches.find((match) => match.documentId === recruiter?.documentId)?.familyFit ?? -1
    expect(fitOf(after)).toBe(wholeAfter.get(recruiter?.documentId ?? ''))
    expect(fitOf(after)).toBeGreaterThan(fitOf(before))
  })

  it('rebuilds every family profile when the organisation’s own skills change the taxonomy', async () => {
    const before = await loadOrganizationTaxonomy(handle.db, organizationId)
    await upsertCustomSkill(handle.db, organizationId, {
      id: `org:${organizationId}:interviewing-loops`,
      name: 'Interview loops',
      category: 'data-engineering',
      aliases: ['Recruiter'],
      related: [],
    })
    const after = await loadOrganizationTaxonomy(handle.db, organizationId)
    expect(poolFamilyKey(after)).not.toBe(poolFamilyKey(before))
    expect(await listStalePoolFamilies(handle.db, organizationId, poolFamilyKey(after))).toHaveLength(
      RESUMES.length,
    )
    const matches = await findMatchingCandidates(
      { db: handle.db },
      { organizationId, jobId, limit: RESUMES.length },
    )
    expect(await listStalePoolFamilies(handle.db, organizationId, poolFamilyKey(after))).toEqual([])
    const whole = await measureJobFamilyFit({ db: handle.db }, { organizationId, jobId })
    for (const match of matches) expect(match.familyFit).toBe(whole.get(match.documentId))
  })
})
