import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { parsePosting } from '@shortlist/core'
import {
  countPoolResults,
  createApplicationWithDocument,
  createDatabase,
  listRequirements,
  migrateToLatest,
  upsertEvaluation,
} from '@shortlist/db'
import {
  loadOrganizationTaxonomy,
  readApplicantPool,
  storePostingAnalysis,
  toRequirementInput,
} from '@shortlist/engine'
import { createOfflineEmbedder, createOfflineProvider, type RoleKitInput } from '@shortlist/llm'
import { type BenchResult, timeRatio } from './bench-result'
import { createRandom } from './create-random'
import { createBenchOrganisation } from './load-pool'
import { median, timeMs } from './measure'
import { readPoolNaively } from './read-pool-naively'

const POSTING = readFileSync(
  new URL('../../../fixtures/demo/jobs/ml-platform-engineer.txt', import.meta.url),
  'utf8',
)
const STATUSES = ['matched', 'partial', 'missing'] as const
const BASES = ['named', 'listed', 'paraphrase', 'years_short', 'none'] as const

/**
 * What reading the applicant pool adds to a role kit: for a job with `applicants` scored applications (synthetic
 * evaluations on PGlite), the pool read (`readApplicantPool`: the stored statuses and bases, read inside the query,
 * then summarised and bucketed) plus the offline kit built with it, against the same-run baseline of the offline
 * kit built without a pool, as before.
 */
export async function measurePoolKit(options: {
  applicants: number
  repetitions: number
}): Promise<BenchResult> {
  const handle = await createDatabase({ dataDir: 'memory://' })
  try {
    await migrateToLatest(handle.db)
    const { db } = handle
    const embedder = createOfflineEmbedder()
    const organisation = await createBenchOrganisation(db, 'kit-pool')
    const jobId = organisation.poolJobId
    const taxonomy = await loadOrganizationTaxonomy(db, organisation.id)
    await storePostingAnalysis(
      { db, embedder },
      { organizationId: organisation.id, jobId, posting: parsePosting(POSTING, taxonomy), taxonomy },
    )
    const requirements = (await listRequirements(db, organisation.id, jobId)).map(toRequirementInput)
    const random = createRandom(20261205)
    for (let index = 0; index < options.applicants; index++) {
      const content = new TextEncoder().encode(`applicant ${index}`)
      const { application } = await createApplicationWithDocument(
        db,
        organisation.id,
        jobId,
        {
          filename: `applicant-${index}.txt`,
          kind: 'txt',
          mime: 'text/plain',
          sha256: createHash('sha256').update(content).digest('hex'),
          content,
          pages: 1,
        },
        organisation.userId,
      )
      await upsertEvaluation(db, organisation.id, {
        applicationId: application.id,
        jobId,
        score: 50,
        requiredMet: 0,
        requiredTotal: requirements.length,
        requirements: requirements.map((requirement) => ({
          requirementId: requirement.id,
          status: random.pick(STATUSES),
          basis: random.pick(BASES),
          credit: 0.5,
          reason: 'synthetic',
          yearsFound: null,
          evidence: [],
        })),
        versions: { taxonomy: 'bench', parser: 'bench', scorer: 'bench' },
        rank: { rankScore: 50, allRequiredMet: false, coverage: 0.5, roleFit: null, rankingVersion: 'bench' },
      })
    }
    const llm = createOfflineProvider({ embedder })
    const input: RoleKitInput = {
      job: { id: jobId, title: 'ML Platform Engineer', description: POSTING, language: 'en' },
      responsibilities: [],
      requirements,
    }
    const ids = requirements.map((requirement) => requirement.id)
    const withPool = async () => {
      const pool = await readApplicantPool({ db }, organisation.id, jobId, ids)
      return llm.generateRoleKit(pool ? { ...input, pool } : input)
    }
    const withoutPool = () => llm.generateRoleKit(input)
    // One untimed pass each, so every path is measured warm (question bank loaded, JIT compiled).
    await withPool()
    await withoutPool()
    await readPoolNaively(db, organisation.id, jobId)
    const counted = await countPoolResults(db, organisation.id, jobId)
    const naive = await readPoolNaively(db, organisation.id, jobId)
    const byId = (left: { requirementId: string }, right: { requirementId: string }) =>
      left.requirementId.localeCompare(right.requirementId)
    // Both reads must agree before their speed means anything.
    if (JSON.stringify(counted.requirements.sort(byId)) !== JSON.stringify(naive.requirements.sort(byId)))
      throw new Error('the pool counted in the database differs from the pool counted in TypeScript')
    const samples = {
      counted: [] as number[],
      naive: [] as number[],
      pooled: [] as number[],
      plain: [] as number[],
    }
    // Interleaved, so a busy moment on a shared machine hits both sides of each comparison alike.
    // The two comparisons run apart, so the naive read's garbage is not collected inside a kit build.
    for (let repetition = 0; repetition < options.repetitions; repetition++) {
      samples.pooled.push((await timeMs(withPool)).ms)
      samples.plain.push((await timeMs(withoutPool)).ms)
    }
    for (let repetition = 0; repetition < options.repetitions; repetition++) {
      samples.counted.push((await timeMs(() => countPoolResults(db, organisation.id, jobId))).ms)
      samples.naive.push((await timeMs(() => readPoolNaively(db, organisation.id, jobId))).ms)
    }
    const read = { value: median(samples.counted), baseline: median(samples.naive) }
    const kit = { value: median(samples.pooled), baseline: median(samples.plain) }
    return {
      name: 'kit-pool',
      parameters: {
        applicants: options.applicants,
        requirements: requirements.length,
        repetitions: options.repetitions,
      },
      rows: [
        {
          benchmark: 'kit-pool',
          metric: `pool read of ${options.applicants} applicants, counted in the database, median`,
          value: read.value,
          baseline: read.baseline,
          unit: 'ms',
          ratio: timeRatio(read.value, read.baseline),
          note: 'baseline: every result row out of the database, counted in TypeScript',
        },
        {
          benchmark: 'kit-pool',
          metric: `role kit with the pool of ${options.applicants} (read + build), median`,
          value: kit.value,
          baseline: kit.baseline,
          unit: 'ms',
          ratio: timeRatio(kit.value, kit.baseline),
          note: 'baseline: the same offline kit without a pool (no read, fewer questions)',
        },
      ],
      quality: {},
    }
  } finally {
    await handle.close()
  }
}
