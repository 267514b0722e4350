import { createHash } from 'node:crypto'
import {
  chunkResume,
  findCurrentRole,
  POOL_RANKING,
  parsePosting,
  parseResume,
  RESUME_PARSER_VERSION,
  rankCandidates,
  SHORTLIST_SCORE,
} from '@shortlist/core'
import {
  createApplicationWithDocument,
  createJob,
  createOrganizationWithAdmin,
  type DatabaseHandle,
  findEvaluation,
  linkCandidate,
  listPoolSkills,
  saveDocumentAnalysis,
} from '@shortlist/db'
import { createOfflineEmbedder } from '@shortlist/llm'
import { createTestDatabase } from '@shortlist/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EngineError } from './engine-error'
import {
  findMatchingCandidates,
  meanDirection,
  measureJobFamilyFit,
  rankDocumentsForJob,
  rankPoolForJob,
} from './find-matching-candidates'
import { loadOrganizationTaxonomy } from './load-organization-taxonomy'
import { scoreApplication } from './score-application'
import { storePostingAnalysis } from './store-posting-analysis'

const embedder = createOfflineEmbedder()
const received = new Date('2026-06-01T00:00:00Z')

const POSTING = `Senior Machine Learning Engineer

Requirements
- 4+ years of experience with Python.
- Experience training models with PyTorch.
- Experience running services on Kubernetes.

Nice to have
- Experience with MLflow.
`

function resume(name: string, summary: string, bullets: string[], skills: string): string {
  const email = `${name.toLowerCase().replace(/\s+/g, '.')}@example.com`
  return [
    name,
    email,
    '',
    'Summary',
    summary,
    '',
    'Experience',
    'Engineer, Example Corp',
    'Jan 2018 - Present',
    ...bullets.map((bullet) => `- ${bullet}`),
    '',
    'Skills',
    skills,
    '',
  ].join('\n')
}

const STRONG = resume(
  'Ada Strong',
  'Machine learning engineer training and serving deep learning models.',
  [
    'Trained ranking models in PyTorch and Python for search.',
    'Deployed model services on Kubernetes with autoscaling.',
    'Tracked every experiment in MLflow.',
  ],
  'Python, PyTorch, Kubernetes, MLflow',
)
const PARTIAL = resume(
  'Ben Partial',
  'Data scientist building forecasting models.',
  ['Built forecasting models in Python with scikit-learn.', 'Wrote SQL reports for finance.'],
  'Python, SQL, scikit-learn',
)
const FRONTEND = resume(
  'Cy Frontend',
  'Frontend developer building web applications.',
  ['Built React and TypeScript interfaces.', 'Styled pages with CSS.'],
  'React, TypeScript, CSS',
)
const ACCOUNTANT = resume(
  'Di Numbers',
  'Accountant preparing audits and tax returns.',
  ['Closed the books every month.', 'Prepared tax filings.'],
  'Excel, bookkeeping',
)

type Organisation = { id: string; userId: string; poolJobId: string }

async function createOrganisation(handle: DatabaseHandle, label: string): Promise<Organisation> {
  const { organization, user } = await createOrganizationWithAdmin(handle.db, {
    organizationName: label,
    name: label,
    email: `${label}@example.com`,
    passwordHash: 'x',
  })
  const job = await createJob(handle.db, organization.id, {
    title: 'Earlier job',
    description: 'Earlier job',
    createdBy: user.id,
  })
  return { id: organization.id, userId: user.id, poolJobId: job.id }
}

/** What ingest stores for a TXT resume, without the extraction sandbox (TXT text is the file itself). */
async function addResume(
  handle: DatabaseHandle,
  organisation: Organisation,
  jobId: string,
  text: string,
): Promise<{ documentId: string; applicationId: string; candidateId: string }> {
  const { db } = handle
  const content = new TextEncoder().encode(text)
  const { application } = await createApplicationWithDocument(
    db,
    organisation.id,
    jobId,
    {
      filename: 'resume.txt',
      kind: 'txt',
      mime: 'text/plain',
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      pages: 1,
    },
    organisation.userId,
  )
  const taxonomy = await loadOrganizationTaxonomy(db, organisation.id)
  const profile = parseResume(text, taxonomy, { referenceDate: received })
  const chunks = chunkResume(text, profile)
  const [documentEmbedding = [], ...chunkEmbeddings] = await embedder.embed([
    text,
    ...chunks.map((chunk) => chunk.text),
  ])
  await saveDocumentAnalysis(db, organisation.id, application.documentId, {
    text,
    pages: 1,
    hidden: [],
    profile,
    parserVersion: RESUME_PARSER_VERSION,
    embedding: documentEmbedding,
    chunks: chunks.map((chunk, index) => ({
      index: chunk.index,
      section: chunk.section,
      text: chunk.text,
      start: chunk.start,
      end: chunk.end,
      embedding: chunkEmbeddings[index] ?? documentEmbedding,
    })),
    embeddingModel: embedder.model,
  })
  const candidateId = await linkCandidate(
    db,
    organisation.id,
    application.id,
    { name: profile.name, email: profile.email, phone: profile.phone },
    false,
  )
  return { documentId: application.documentId, applicationId: application.id, candidateId }
}

/** What job analysis stores, without the queue. */
async function addAnalyzedJob(
  handle: DatabaseHandle,
  organisation: Organisation,
  posting: string,
): Promise<string> {
  const { db } = handle
  const job = await createJob(db, organisation.id, {
    title: 'ML',
    description: posting,
    createdBy: organisation.userId,
  })
  const taxonomy = await loadOrganizationTaxonomy(db, organisation.id)
  await storePostingAnalysis(
    { db, embedder },
    { organizationId: organisation.id, jobId: job.id, posting: parsePosting(posting, taxonomy), taxonomy },
  )
  return job.id
}

describe('findMatchingCandidates', () => {
  let handle: DatabaseHandle
  let mine: Organisation
  let theirs: Organisation
  let jobId: string
  const pool = new Map<string, { documentId: string; applicationId: string; candidateId: string }>()
  let theirStrongDocumentId: string

  beforeAll(async () => {
    handle = await createTestDatabase('pglite')
    mine = await createOrganisation(handle, 'mine')
    theirs = await createOrganisation(handle, 'theirs')
    const texts = { STRONG, PARTIAL, FRONTEND, ACCOUNTANT }
    for (const [label, text] of Object.entries(texts))
      pool.set(label, await addResume(handle, mine, mine.poolJobId, text))
    // Two resumes that differ only in the name score the same: their order must still be fixed.
    pool.set(
      'TWIN_A',
      await addResume(handle, mine, mine.poolJobId, PARTIAL.replace(/Ben Partial/g, 'Eve Twin')),
    )
    pool.set(
      'TWIN_B',
      await addResume(handle, mine, mine.poolJobId, PARTIAL.replace(/Ben Partial/g, 'Fay Twin')),
    )
    theirStrongDocumentId = (await addResume(handle, theirs, theirs.poolJobId, STRONG.replace('Ada', 'Zed')))
      .documentId
    jobId = await addAnalyzedJob(handle, mine, POSTING)
  }, 120_000)
  afterAll(async () => {
    await handle?.close()
  })

  it('puts the best fit of the organisation pool first, with its candidate', async () => {
    const matches = await findMatchingCandidates(
      { db: handle.db },
      { organizationId: mine.id, jobId, limit: 3 },
    )
    expect(matches).toHaveLength(3)
    const strong = pool.get('STRONG')
    expect(matches[0]).toMatchObject({ documentId: strong?.documentId, candidateId: strong?.candidateId })
    expect(matches[0]?.requiredTotal).toBe(3)
    expect(matches[0]?.requiredMet).toBe(3)
    expect(matches[0]?.score).toBeGreaterThan(matches[1]?.score ?? 100)
    expect(matches[0]?.allRequiredMet).toBe(true)
    expect(matches[0]?.roleFit.explanation).toMatch(/^Role fit: /)
    const ids = matches.map((match) => match.documentId)
    expect(
      rankCandidates(
        matches.map((match) => ({ ...match, id: match.documentId, rankScore: match.poolScore })),
      ).map((match) => match.id),
    ).toEqual(ids)
  })

  it('equals the pool order of the whole pool when the preselect covers it', async () => {
    const everything = [...pool.values()].map((entry) => entry.documentId)
    const exact = await rankPoolForJob(
      { db: handle.db },
      { organizationId: mine.id, jobId, documentIds: everything },
    )
    const found = await findMatchingCandidates(
      { db: handle.db },
      { organizationId: mine.id, jobId, limit: 6 },
    )
    expect(found.map(({ sharedFamilies: _explained, ...match }) => match)).toEqual(exact)
    // The best match says which skill families it shares with the posting.
    expect(found[0]?.sharedFamilies.length).toBeGreaterThan(0)
    const labelOf = (documentId: string) =>
      [...pool.entries()].find(([, entry]) => entry.documentId === documentId)?.[0]
    const order = found.map((match) => labelOf(match.documentId))
    expect(order.indexOf('ACCOUNTANT')).toBeGreaterThan(order.indexOf('PARTIAL'))
  })

  it("orders by the shortlist's function, with the pool's family fit on top of the rank score", async () => {
    const everything = [...pool.values()].map((entry) => entry.documentId)
    const familyFit = await measureJobFamilyFit({ db: handle.db }, { organizationId: mine.id, jobId })
    expect([...familyFit.keys()].sort()).toEqual([...everything].sort())
    const fitOf = (label: string) => familyFit.get(pool.get(label)?.documentId ?? '') ?? -1
    // Python + PyTorch + Kubernetes: the machine learning resume shares the posting's family, the accountant none.
    expect(fitOf('STRONG')).toBeGreaterThan(fitOf('FRONTEND'))
    expect(fitOf('ACCOUNTANT')).toBe(0)
    const scored = await rankDocumentsForJob(
      { db: handle.db },
      { organizationId: mine.id, jobId, documentIds: everything },
    )
    const ranked = await rankPoolForJob(
      { db: handle.db },
      { organizationId: mine.id, jobId, documentIds: [...everything].reverse() },
    )
    expect(new Set(ranked.map((match) => match.documentId))).toEqual(new Set(everything))
    for (const match of ranked) {
      const exact = scored.find((item) => item.documentId === match.documentId)
      expect(match.score).toBe(exact?.score)
      expect(match.familyFit).toBe(familyFit.get(match.documentId))
      // The shortlist’s rank score (coverage scaled by the direct family fit), with the pool’s family fit on top.
      expect(match.poolScore).toBeCloseTo(
        SHORTLIST_SCORE.coverageShare * match.coverage * match.roleFit.familyFit +
          (1 - SHORTLIST_SCORE.coverageShare) * 100 * match.roleFit.score +
          100 * POOL_RANKING.familyWeight * match.familyFit,
        1,
      )
    }
    const asRanked = ranked.map((match) => ({ ...match, id: match.documentId, rankScore: match.poolScore }))
    expect(rankCandidates(asRanked).map((match) => match.documentId)).toEqual(
      ranked.map((match) => match.documentId),
    )
  })

  it("measures family fit over the organisation's pool only", async () => {
    const fit = await measureJobFamilyFit({ db: handle.db }, { organizationId: mine.id, jobId })
    expect(fit.has(theirStrongDocumentId)).toBe(false)
  })

  it('orders equal scores by document id, the same way on every call', async () => {
    const twins = ['TWIN_A', 'TWIN_B', 'PARTIAL'].map((label) => pool.get(label)?.documentId ?? '')
    const first = await rankDocumentsForJob(
      { db: handle.db },
      { organizationId: mine.id, jobId, documentIds: twins },
    )
    const again = await rankDocumentsForJob(
      { db: handle.db },
      { organizationId: mine.id, jobId, documentIds: [...twins].reverse() },
    )
    expect(new Set(first.map((match) => match.score)).size).toBe(1)
    expect(first.map((match) => match.documentId)).toEqual([...twins].sort())
    expect(again).toEqual(first)
  })

  it('scores a document exactly as the application scorer does', async () => {
    const { application } = await createApplicationWithDocument(
      handle.db,
      mine.id,
      jobId,
      {
        filename: 'resume.txt',
        kind: 'txt',
        mime: 'text/plain',
        sha256: createHash('sha256').update(new TextEncoder().encode(PARTIAL)).digest('hex'),
        content: new TextEncoder().encode(PARTIAL),
        pages: 1,
      },
      mine.userId,
    )
    expect(application.documentId).toBe(pool.get('PARTIAL')?.documentId)
    await scoreApplication({ db: handle.db }, { organizationId: mine.id, applicationId: application.id })
    const stored = await findEvaluation(handle.db, mine.id, application.id)
    const [ranked] = await rankDocumentsForJob(
      { db: handle.db },
      { organizationId: mine.id, jobId, documentIds: [application.documentId] },
    )
    expect(ranked?.score).toBe(stored?.score)
    expect(ranked?.requiredMet).toBe(stored?.requiredMet)
  })

  it('re-ranks only the preselected documents', async () => {
    const matches = await findMatchingCandidates(
      { db: handle.db },
      { organizationId: mine.id, jobId, limit: 1, preselect: 1 },
    )
    expect(matches).toHaveLength(1)
    expect(matches[0]?.documentId).toBe(pool.get('STRONG')?.documentId)
    await expect(
      findMatchingCandidates({ db: handle.db }, { organizationId: mine.id, jobId, limit: 5, preselect: 2 }),
    ).rejects.toThrow(RangeError)
  })

  it("never returns another organisation's documents and hides other organisations' jobs", async () => {
    const matches = await findMatchingCandidates(
      { db: handle.db },
      { organizationId: mine.id, jobId, limit: 50 },
    )
    expect(matches).toHaveLength(pool.size)
    expect(matches.map((match) => match.documentId)).not.toContain(theirStrongDocumentId)
    const foreign = findMatchingCandidates({ db: handle.db }, { organizationId: theirs.id, jobId, limit: 5 })
    await expect(foreign).rejects.toBeInstanceOf(EngineError)
    await expect(foreign).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('builds each family profile from the current role findCurrentRole reads in the parsed profile', async () => {
    const roles = await createOrganisation(handle, 'roles')
    const texts = [
      // The entry still running is the current one, though listed second.
      'Eve Career\neve@example.com\n\nExperience\nAnalyst, Old Corp\nJan 2015 - Dec 2017\n- Wrote reports.\n' +
        'Recruiter, New Corp\nJan 2018 - Present\n- Hired engineers.\n',
      // No dated entry: the role line under the name.
      'Fay Headline\nPayroll Specialist - Acme Ltd\nfay@example.com\n\nSkills\nExcel\n',
      'Gil Nothing\ngil@example.com\n\nSkills\nPython\n',
    ]
    const taxonomy = await loadOrganizationTaxonomy(handle.db, roles.id)
    const expected = new Map<string, string | null>()
    for (const text of texts) {
      const { documentId } = await addResume(handle, roles, roles.poolJobId, text)
      expected.set(
        documentId,
        findCurrentRole(parseResume(text, taxonomy, { referenceDate: received }))?.title ?? null,
      )
    }
    expect([...expected.values()]).toEqual(['Recruiter', 'Payroll Specialist', null])
    const listed = await listPoolSkills(handle.db, roles.id)
    expect(new Map(listed.map((entry) => [entry.documentId, entry.currentTitle]))).toEqual(expected)
  })

  it('returns nothing for a job without embedded requirements', async () => {
    const pending = await createJob(handle.db, mine.id, {
      title: 'Pending',
      description: 'x',
      createdBy: null,
    })
    expect(
      await findMatchingCandidates(
        { db: handle.db },
        { organizationId: mine.id, jobId: pending.id, limit: 5 },
      ),
    ).toEqual([])
  })
})

describe('meanDirection', () => {
  it('normalises the mean of the vectors', () => {
    const diagonal = meanDirection([
      [1, 0],
      [0, 1],
    ])
    expect(diagonal?.[0]).toBeCloseTo(Math.SQRT1_2, 12)
    expect(diagonal?.[1]).toBeCloseTo(Math.SQRT1_2, 12)
    const scaled = meanDirection([[3, 4]])
    expect(scaled?.[0]).toBeCloseTo(0.6, 12)
    expect(scaled?.[1]).toBeCloseTo(0.8, 12)
  })

  it('has no direction for no vectors or vectors that cancel', () => {
    expect(meanDirection([])).toBeNull()
    expect(
      meanDirection([
        [1, 0],
        [-1, 0],
      ]),
    ).toBeNull()
  })
})
