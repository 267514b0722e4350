import { createHash } from 'node:crypto'
import {
  chunkResume,
  countApplicantPool,
  type PoolResult,
  parsePosting,
  parseResume,
  RESUME_PARSER_VERSION,
} from '@shortlist/core'
import {
  countPoolResults,
  createApplicationWithDocument,
  createJob,
  createOrganizationWithAdmin,
  type DatabaseHandle,
  findEvaluation,
  findKit,
  linkCandidate,
  listRequirements,
  markKitPending,
  moveApplicationsToStage,
  saveDocumentAnalysis,
} from '@shortlist/db'
import { createOfflineEmbedder, createOfflineProvider, type InterviewQuestion, lintKit } from '@shortlist/llm'
import { createTestDatabase, type TestEngine } from '@shortlist/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateInterviewKit } from './generate-interview-kit'
import { loadOrganizationTaxonomy } from './load-organization-taxonomy'
import { readApplicantPool } from './read-applicant-pool'
import { scoreApplication } from './score-application'
import { storePostingAnalysis } from './store-posting-analysis'
import { toRequirementInput } from './to-requirement-input'

const embedder = createOfflineEmbedder()
const llm = createOfflineProvider({ embedder })
const received = new Date('2026-06-01T00:00:00Z')

const POSTING = `Senior Machine Learning Engineer

Requirements
- 4+ years of experience with Python.
- Experience training models with PyTorch.
- Experience running services on Kubernetes.

Nice to have
- Experience with MLflow.
`

const NAMES = ['Ana', 'Ben', 'Caio', 'Dora', 'Eli', 'Fabi', 'Gus', 'Hana', 'Ivo', 'Jun']

/** Python and PyTorch in described work; Kubernetes in described work, only in the skills list, or not at all. */
function resume(name: string, kubernetes: 'described' | 'listed' | 'none'): string {
  return [
    `${name} Example`,
    `${name.toLowerCase()}@example.com`,
    '',
    'Experience',
    'Machine Learning Engineer, Example Corp',
    'Jan 2019 - Present',
    '- Trained ranking models in PyTorch and Python for search.',
    ...(kubernetes === 'described' ? ['- Deployed and operated model services on Kubernetes clusters.'] : []),
    '',
    'Skills',
    kubernetes === 'none' ? 'Python, PyTorch' : 'Python, PyTorch, Kubernetes',
    '',
  ].join('\n')
}

type Organisation = { id: string; userId: string }

async function createOrganisation(handle: DatabaseHandle, label: string): Promise<Organisation> {
  const { organization, user } = await createOrganizationWithAdmin(handle.db, {
    organizationName: label,
    name: label,
    email: `${label}@example.com`,
    passwordHash: 'x',
  })
  return { id: organization.id, userId: user.id }
}

/** A job whose posting is analysed, and one scored application per resume, as the workers would leave them. */
async function addScoredJob(
  handle: DatabaseHandle,
  organisation: Organisation,
  resumes: string[],
): Promise<{ jobId: string; applicationIds: string[] }> {
  const { db } = handle
  const job = await createJob(db, organisation.id, {
    title: 'Senior Machine Learning Engineer',
    description: POSTING,
    createdBy: organisation.userId,
  })
  const taxonomy = await loadOrganizationTaxonomy(db, organisation.id)
  await storePostingAnalysis(
    { db, embedder },
    { organizationId: organisation.id, jobId: job.id, posting: parsePosting(POSTING, taxonomy), taxonomy },
  )
  const applicationIds: string[] = []
  for (const text of resumes) {
    const content = new TextEncoder().encode(text)
    const { application } = await createApplicationWithDocument(
      db,
      organisation.id,
      job.id,
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
    await linkCandidate(
      db,
      organisation.id,
      application.id,
      { name: profile.name, email: profile.email, phone: profile.phone },
      false,
    )
    expect(
      (await scoreApplication({ db }, { organizationId: organisation.id, applicationId: application.id }))
        .status,
    ).toBe('scored')
    applicationIds.push(application.id)
  }
  return { jobId: job.id, applicationIds }
}

// The acceptance case of pool-aware kits, through the stored evaluations the real scorer writes: a pool where 9 in
// 10 applicants only list Kubernetes against one where 9 in 10 describe using it. On both database paths.
describe.each<TestEngine>(['pglite', 'postgres'])('pool-aware role kits on %s', (engine) => {
  let handle: DatabaseHandle
  let mine: Organisation
  let theirs: Organisation
  let listedJob: { jobId: string; applicationIds: string[] }
  let describedJob: { jobId: string; applicationIds: string[] }
  let kubernetesId: string
  let describedKubernetesId: string

  const roleKit = async (jobId: string) => {
    const target = { organizationId: mine.id, jobId, applicationId: null }
    await markKitPending(handle.db, mine.id, target)
    const run = await generateInterviewKit({ db: handle.db, llm }, target, { now: new Date() })
    const kit = await findKit(handle.db, mine.id, { jobId })
    return { run, questions: (kit?.questions ?? []) as InterviewQuestion[], pool: kit?.pool ?? null }
  }
  const onRequirement = (questions: InterviewQuestion[], requirementId: string) =>
    questions.filter(
      (question) => question.type === 'technical' && question.requirementIds.includes(requirementId),
    )
  const kubernetesRequirement = async (jobId: string) =>
    (await listRequirements(handle.db, mine.id, jobId)).find((requirement) =>
      requirement.label.includes('Kubernetes'),
    )?.id ?? ''

  beforeAll(async () => {
    handle = await createTestDatabase(engine)
    mine = await createOrganisation(handle, `pool-${engine}`)
    theirs = await createOrganisation(handle, `pool-other-${engine}`)
    listedJob = await addScoredJob(
      handle,
      mine,
      NAMES.map((name, index) => resume(name, index === 0 ? 'described' : 'listed')),
    )
    describedJob = await addScoredJob(
      handle,
      mine,
      NAMES.map((name, index) => resume(`${name}b`, index === 0 ? 'none' : 'described')),
    )
    kubernetesId = await kubernetesRequirement(listedJob.jobId)
    describedKubernetesId = await kubernetesRequirement(describedJob.jobId)
    expect(kubernetesId).not.toBe('')
    expect(describedKubernetesId).not.toBe('')
  }, 180_000)

  afterAll(async () => {
    await handle?.close()
  })

  it('counts in the database exactly as core counts the same evaluations', async () => {
    const evaluations = await Promise.all(
      describedJob.applicationIds.map(async (applicationId) => {
        const evaluation = await findEvaluation(handle.db, mine.id, applicationId)
        return (evaluation?.requirements ?? []) as PoolResult[]
      }),
    )
    const byId = (left: { requirementId: string }, right: { requirementId: string }) =>
      left.requirementId.localeCompare(right.requirementId)
    const inTypeScript = countApplicantPool(evaluations)
    const inDatabase = await countPoolResults(handle.db, mine.id, describedJob.jobId)
    expect(inDatabase.applicants).toBe(10)
    expect(inDatabase.requirements.sort(byId)).toEqual(inTypeScript.requirements.sort(byId))
    expect(
      inDatabase.requirements.find((entry) => entry.requirementId === describedKubernetesId),
    ).toMatchObject({
      applicants: 10,
      matched: 9,
      missing: 1,
      claimedOnly: 0,
    })
    expect(await countPoolResults(handle.db, theirs.id, describedJob.jobId)).toEqual({
      applicants: 0,
      requirements: [],
    })
  })

  it('computes the pool from stored evaluations, within the organisation only', async () => {
    const requirements = await listRequirements(handle.db, mine.id, listedJob.jobId)
    const ids = requirements.map((requirement) => requirement.id)
    const pool = await readApplicantPool({ db: handle.db }, mine.id, listedJob.jobId, ids)
    expect(pool?.applicantsAtLeast).toBe(10)
    expect(pool?.requirements.find((entry) => entry.requirementId === kubernetesId)).toEqual({
      requirementId: kubernetesId,
      matched: 100,
      partial: 0,
      missing: 0,
      claimedOnly: 90,
    })
    // Another organisation asking for this job reads nothing of it.
    expect(await readApplicantPool({ db: handle.db }, theirs.id, listedJob.jobId, ids)).toBeNull()
  })

  it('says so in the Kubernetes questions and goes deeper when 90% only list Kubernetes', async () => {
    const listed = await roleKit(listedJob.jobId)
    const described = await roleKit(describedJob.jobId)
    const deep = onRequirement(listed.questions, kubernetesId)
    const usual = onRequirement(described.questions, describedKubernetesId)
    expect(usual.length).toBeGreaterThan(0)
    expect(deep.length).toBeGreaterThanOrEqual(3)
    expect(deep.length).toBeGreaterThan(usual.length)
    expect(deep.filter((question) => question.difficulty === 'advanced').length).toBeGreaterThan(
      usual.filter((question) => question.difficulty === 'advanced').length,
    )
    for (const question of deep) expect(question.why).toContain('90% of applicants only list it')
    expect(deep.some((question) => /hands-on/.test(question.text))).toBe(true)
    for (const question of usual) expect(question.why).not.toContain('only list it')
    const requirements = (await listRequirements(handle.db, mine.id, listedJob.jobId)).map(toRequirementInput)
    expect(lintKit(listed.questions, requirements)).toEqual([])
    // The kit keeps the pool it was written for, for its page's per-requirement pool lines.
    expect(listed.pool).toEqual(
      await readApplicantPool(
        { db: handle.db },
        mine.id,
        listedJob.jobId,
        requirements.map((requirement) => requirement.id),
      ),
    )
  })

  it('keeps the kit while the pool holds still, and changes it when the pool does', async () => {
    const again = await roleKit(listedJob.jobId)
    expect(again.run.cached).toBe(true)
    // Five of the applicants who only list Kubernetes are rejected: the pool still in the running changes.
    const rejected = listedJob.applicationIds.slice(1, 6)
    await moveApplicationsToStage(
      handle.db,
      mine.id,
      rejected.map((applicationId) => ({ applicationId, fromStage: 'applied' })),
      { stage: 'rejected', reason: 'Not a fit', movedBy: mine.userId },
    )
    const changed = await roleKit(listedJob.jobId)
    expect(changed.run.cached).toBe(false)
    const deep = onRequirement(changed.questions, kubernetesId)
    expect(deep.length).toBeGreaterThanOrEqual(3)
    for (const question of deep) expect(question.why).toContain('80% of applicants only list it')
    expect(changed.pool?.applicantsAtLeast).toBe(5)
    expect(
      changed.pool?.requirements.find((entry) => entry.requirementId === kubernetesId)?.claimedOnly,
    ).toBe(80)
  })
})
