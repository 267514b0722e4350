import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createDocumentSandbox } from '@shortlist/core'
import {
  createApplicationWithDocument,
  createJob,
  createOrganizationWithAdmin,
  type DatabaseHandle,
  findEvaluation,
} from '@shortlist/db'
import { createQueueProducer, createRedisConnection } from '@shortlist/jobs'
import { createLlmProvider } from '@shortlist/llm'
import { createTestDatabase, dropQueuePrefix, TEST_REDIS_URL, uniqueQueuePrefix } from '@shortlist/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { analyzeJobPosting } from './analyze-job-posting'
import type { EngineDeps } from './engine-deps'
import { ingestApplication } from './ingest-application'
import { scoreApplication } from './score-application'

const posting = (name: string) =>
  readFileSync(new URL(`../../../fixtures/demo/jobs/${name}`, import.meta.url), 'utf8')
const POSTINGS = [
  'ml-platform-engineer.txt',
  'senior-backend-engineer-payments.txt',
  'engenheiro-de-dados.txt',
]

// Generated identities: names of several origins and lengths (some with particles, diacritics or hyphens, and some
// that are also words or skills elsewhere: "Ruby", "Grace", "Rust", "Swift"), with emails, phones, links and places.
const FIRST = [
  'Ana',
  'Jamal',
  'Mei',
  'Oluwaseun',
  'Ruby',
  'Grace',
  'Dmitri',
  'Lucía',
  'Kwame',
  'Priyanka',
  'Taylor',
  'João',
  'Fatima',
  'Hiroshi',
  'Siobhan',
  'Mohammed',
  'Chloé',
  'Tomás',
  'Aisha',
  'Björn',
]
const LAST = [
  'da Silva',
  'Washington',
  'Zhang',
  'Adeyemi',
  'Swift',
  'Hopper',
  'Volkov',
  'Fernández',
  'Mensah',
  'Raman',
  'Nguyen',
  'Pereira',
  'Al-Sayed',
  'Tanaka',
  "O'Brien",
  'Haddad',
  'Dubois',
  'Rust',
  'Bello',
  'Lindqvist',
]
const PLACES = [
  'São Paulo, SP',
  'Lagos, Nigeria',
  'Austin, TX',
  'Madrid, Spain',
  'Pune, Maharashtra',
  'Remote',
]

// Generated bodies: what the scorer reads. Each pair shares one body, so only identity differs.
const ROLES = [
  [
    'ML Platform Engineer',
    'Built Kubernetes operators in Python and Go; served models with KServe and Triton.',
  ],
  ['Backend Engineer', 'Designed payment APIs in Java and Kotlin on PostgreSQL; ran Kafka consumers.'],
  ['Data Engineer', 'Wrote Spark and Airflow pipelines in Python and SQL; modelled data in dbt on BigQuery.'],
  ['Site Reliability Engineer', 'Ran Terraform on AWS, Prometheus and Grafana alerting, Linux on-call.'],
  ['Software Engineer', 'Built React front ends and Node.js services with TypeScript; Docker and CI.'],
  ['Mobile Engineer', 'Shipped iOS apps in Swift and a Ruby on Rails API on PostgreSQL; Go workers.'],
] as const
const SKILLS = [
  'Python, Kubernetes, Docker, MLflow, Airflow',
  'Java, Kotlin, Spring Boot, PostgreSQL, Kafka, Redis',
  'SQL, Spark, dbt, BigQuery, Airflow, Python',
  'Terraform, AWS, Linux, Prometheus, Grafana, Bash',
  'TypeScript, React, Node.js, GraphQL, Docker',
  'Swift, Ruby, Rails, Go, PostgreSQL',
]

type Identity = { name: string; email: string; phone: string; link: string; place: string }

function identity(index: number): Identity {
  const first = FIRST[index % FIRST.length] ?? 'Ana'
  const last = LAST[(index * 7 + 3) % LAST.length] ?? 'Silva'
  const handle = `${first}.${last}`
    .normalize('NFD')
    .replace(/[^\w.]/g, '')
    .toLowerCase()
  return {
    name: `${first} ${last}`,
    email: `${handle}${index}@mail.test`,
    phone:
      index % 2 === 0 ? `+55 (11) 9${8000 + index}-${1000 + index}` : `+1 512 555 ${String(1000 + index)}`,
    link:
      index % 3 === 0
        ? `linkedin.com/in/${handle.replace('.', '-')}`
        : `github.com/${handle.replace('.', '')}`,
    place: PLACES[index % PLACES.length] ?? 'Remote',
  }
}

function body(index: number): string {
  const [title, work] = ROLES[index % ROLES.length] ?? ROLES[0]
  const [title2, work2] = ROLES[(index + 2) % ROLES.length] ?? ROLES[0]
  const years = 2 + (index % 9)
  return [
    'Summary',
    `${title} with ${years} years of experience.`,
    '',
    'Experience',
    `${title} — Contoso — Jan ${2024 - years} – Present`,
    work,
    `${title2} — Fabrikam — Mar ${2018 - years} – Dec ${2023 - years}`,
    work2,
    '',
    'Skills',
    SKILLS[index % SKILLS.length] ?? '',
    '',
    'Education',
    `B.Sc. Computer Science, State University, ${2010 - (index % 6)}`,
  ].join('\n')
}

/** Two ways a header can change: swapped names and contacts, or a different layout of the contact lines. */
function header(person: Identity, layout: number): string {
  return layout % 2 === 0
    ? `${person.name}\n${person.email} | ${person.phone} | ${person.link}\n${person.place}\n\n`
    : `${person.name.toUpperCase()}\n${person.place} · ${person.phone}\n${person.email}\n${person.link}\n\n`
}

const PAIRS = 50

// The scorer reads skills, experience and education, never who the candidate is: a resume scores the same under any
// name and contact block. Both sides of each pair run through the real pipeline (sandboxed parse, chunks and
// embeddings in pgvector, semantic matches, scoring, role fit, rank score).
describe('name-swap: scores do not depend on names or contact details', () => {
  const prefix = uniqueQueuePrefix('name-swap')
  const connection = createRedisConnection(TEST_REDIS_URL, 'producer')
  const producer = createQueueProducer(connection, prefix)
  const sandbox = createDocumentSandbox({ timeoutMs: 20_000, maxMemoryMb: 256, maxPages: 10, maxWorkers: 1 })
  let handle: DatabaseHandle
  let deps: EngineDeps
  let organizationId: string
  let userId: string
  const jobIds: string[] = []

  beforeAll(async () => {
    handle = await createTestDatabase('pglite')
    deps = { db: handle.db, producer, sandbox, llm: createLlmProvider() }
    const { organization, user } = await createOrganizationWithAdmin(handle.db, {
      organizationName: 'name-swap',
      name: 'Admin',
      email: 'name-swap@example.com',
      passwordHash: 'x',
    })
    organizationId = organization.id
    userId = user.id
    for (const file of POSTINGS) {
      const job = await createJob(handle.db, organizationId, {
        title: file.endsWith('.txt') ? file.replace('.txt', '') : 'Mobile and Backend Engineer',
        description: file.endsWith('.txt') ? posting(file) : file,
        createdBy: userId,
      })
      await analyzeJobPosting(deps, { organizationId, jobId: job.id })
      jobIds.push(job.id)
    }
  }, 120_000)

  afterAll(async () => {
    await producer.close()
    await sandbox.close()
    connection.disconnect()
    await handle?.close()
    await dropQueuePrefix(prefix)
  })

  async function scoreResume(jobId: string, text: string) {
    const content = new TextEncoder().encode(text)
    const { application } = await createApplicationWithDocument(
      handle.db,
      organizationId,
      jobId,
      {
        filename: 'resume.txt',
        kind: 'txt',
        mime: 'text/plain',
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        pages: 1,
      },
      userId,
    )
    await ingestApplication(deps, { organizationId, applicationId: application.id })
    expect(await scoreApplication(deps, { organizationId, applicationId: application.id })).toMatchObject({
      status: 'scored',
    })
    const evaluation = await findEvaluation(handle.db, organizationId, application.id)
    if (!evaluation) throw new Error('not scored')
    return {
      score: evaluation.score,
      requiredMet: evaluation.requiredMet,
      rankScore: evaluation.rank.rankScore,
      allRequiredMet: evaluation.rank.allRequiredMet,
      coverage: evaluation.rank.coverage,
      roleFit: evaluation.rank.roleFit?.score ?? null,
      statuses: evaluation.requirements.map(
        (result) => `${result.requirementId}:${result.status}:${result.credit}`,
      ),
    }
  }

  it(`gives the same score and rank score to both resumes of ${PAIRS} pairs`, async () => {
    const differences: string[] = []
    const scores = new Set<number>()
    for (let pair = 0; pair < PAIRS; pair += 1) {
      const jobId = jobIds[pair % jobIds.length] ?? ''
      // On the posting that asks for Ruby, Swift and Rust, one side is named after those very skills.
      const a =
        pair % POSTINGS.length === 3
          ? { ...identity(pair), name: pair % 8 === 3 ? 'Ruby Swift' : 'Grace Rust' }
          : identity(pair)
      const b = identity(pair + 23)
      const text = body(pair)
      const left = await scoreResume(jobId, header(a, pair) + text)
      // The other side: another person's name and contacts, and every other pair a different contact layout too.
      const right = await scoreResume(jobId, header(b, pair + (pair % 4 === 1 ? 1 : 0)) + text)
      scores.add(left.score)
      if (JSON.stringify(left) !== JSON.stringify(right))
        differences.push(
          `pair ${pair} (${a.name} / ${b.name}): ${JSON.stringify(left)} vs ${JSON.stringify(right)}`,
        )
    }
    expect(differences).toEqual([])
    // The pairs are not all alike: the bodies and postings give a spread of scores.
    expect(scores.size).toBeGreaterThan(5)
  }, 600_000)
})
