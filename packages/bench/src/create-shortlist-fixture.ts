import { createHash } from 'node:crypto'
import {
  createJob,
  createOrganizationWithAdmin,
  type Db,
  type StoredRequirementResult,
  summarizeResults,
} from '@shortlist/db'
import { createRandom, type Random } from './create-random'

const BATCH = 250
const REQUIREMENTS = [
  'Python',
  'Kubernetes',
  'Terraform',
  'PostgreSQL',
  'Apache Kafka',
  'Go',
  'Machine learning pipelines',
  'AWS',
  'CI/CD',
  'Observability (Prometheus, Grafana)',
  'English (professional)',
  'Five years of backend experience',
]
const TITLES = [
  'Platform Engineer',
  'Data Engineer',
  'Site Reliability Engineer',
  'Backend Developer',
  'ML Engineer',
]
const EMPLOYERS = ['Contoso', 'Initech', 'Globex', 'Umbrella', 'Hooli', 'Acme']
const STAGES = ['applied', 'applied', 'applied', 'screening', 'interview']

export type ShortlistFixture = { organizationId: string; userId: string; jobIds: Record<string, string> }

/**
 * An organisation with one job per entry of `jobs` (name → applications), each application scored as the scorer
 * stores it: full results with a quote per matched or partial requirement, the summary, rank columns, a candidate,
 * a document with a parsed work history, a stage. Multi-row inserts, `BATCH` applications per transaction: the
 * pipeline would take an hour for 11,000 resumes, and this benchmark is about reading the list.
 */
export async function createShortlistFixture(
  db: Db,
  jobs: Record<string, number>,
): Promise<ShortlistFixture> {
  const random = createRandom(15_2)
  const { organization, user } = await createOrganizationWithAdmin(db, {
    organizationName: 'Bench shortlist',
    name: 'Bench reader',
    email: `bench-shortlist-${Date.now()}@example.com`,
    passwordHash: 'not-a-real-hash',
  })
  const jobIds: Record<string, string> = {}
  for (const [name, applications] of Object.entries(jobs)) {
    const job = await createJob(db, organization.id, {
      title: `ML Platform Engineer (${name})`,
      description: 'Bench posting',
      createdBy: user.id,
    })
    await db.updateTable('jobs').set({ status: 'ready' }).where('id', '=', job.id).execute()
    const requirements = await db
      .insertInto('job_requirements')
      .values(
        REQUIREMENTS.map((label, position) => ({
          organization_id: organization.id,
          job_id: job.id,
          position,
          label,
          kind: position < 8 ? ('required' as const) : ('nice_to_have' as const),
          weight: position < 8 ? 2 : 1,
          skill_ids: '[]',
          keywords: JSON.stringify([label.toLowerCase()]),
          min_years: null,
          source_text: label,
          source_start: null,
          source_end: null,
          section: 'requirements',
          embedding: null,
        })),
      )
      .returning(['id', 'kind'])
      .execute()
    for (let from = 0; from < applications; from += BATCH) {
      const count = Math.min(BATCH, applications - from)
      await insertBatch(
        db,
        random,
        { organizationId: organization.id, userId: user.id, jobId: job.id },
        requirements,
        {
          from,
          count,
          name,
        },
      )
    }
    jobIds[name] = job.id
  }
  return { organizationId: organization.id, userId: user.id, jobIds }
}

async function insertBatch(
  db: Db,
  random: Random,
  scope: { organizationId: string; userId: string; jobId: string },
  requirements: Array<{ id: string; kind: 'required' | 'nice_to_have' }>,
  batch: { from: number; count: number; name: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const people = Array.from({ length: batch.count }, (_, offset) => {
      const index = batch.from + offset
      const title = random.pick(TITLES)
      const employer = random.pick(EMPLOYERS)
      const text = `Candidate ${batch.name} ${index}\n${title} at ${employer}\nBuilt Kubernetes platforms in Python and Go.`
      return {
        index,
        text,
        profile: {
          headline: { title, employer },
          experiences: [
            { title, employer, startDate: '2021-03', endDate: null, current: true, start: 0, end: 40 },
            {
              title: random.pick(TITLES),
              employer: random.pick(EMPLOYERS),
              startDate: '2017-01',
              endDate: '2021-02',
              current: false,
              start: 41,
              end: 80,
            },
          ],
          skills: [{ skillId: 'python' }, { skillId: 'kubernetes' }],
        },
      }
    })
    const documents = await trx
      .insertInto('documents')
      .values(
        people.map((person) => {
          const content = new TextEncoder().encode(person.text)
          return {
            organization_id: scope.organizationId,
            filename: `resume-${person.index}.txt`,
            kind: 'txt' as const,
            mime: 'text/plain',
            size_bytes: content.byteLength,
            sha256: createHash('sha256').update(`${scope.jobId}:${person.index}`).digest('hex'),
            content,
            pages: 1,
            text: person.text,
            hidden: '[]',
            profile: JSON.stringify(person.profile),
            parser_version: 'bench',
          }
        }),
      )
      .returning('id')
      .execute()
    const candidates = await trx
      .insertInto('candidates')
      .values(
        people.map((person) => ({
          organization_id: scope.organizationId,
          name: `Candidate ${batch.name} ${person.index}`,
          email: `candidate-${batch.name}-${person.index}@example.com`,
          phone: null,
        })),
      )
      .returning('id')
      .execute()
    const applications = await trx
      .insertInto('applications')
      .values(
        people.map((person, position) => ({
          organization_id: scope.organizationId,
          job_id: scope.jobId,
          document_id: documents[position]?.id as string,
          candidate_id: candidates[position]?.id as string,
          filename: `resume-${person.index}.txt`,
          status: 'scored' as const,
          stage: random.pick(STAGES),
          created_by: scope.userId,
        })),
      )
      .returning('id')
      .execute()
    await trx
      .insertInto('evaluations')
      .values(
        applications.map((application) => {
          const results: StoredRequirementResult[] = requirements.map((requirement) => {
            const roll = random.next()
            const status = roll < 0.55 ? 'matched' : roll < 0.8 ? 'partial' : 'missing'
            return {
              requirementId: requirement.id,
              status,
              credit: status === 'matched' ? 1 : status === 'partial' ? 0.5 : 0,
              reason: `${status} in described work`,
              yearsFound: null,
              evidence:
                status === 'missing'
                  ? []
                  : [
                      {
                        quote:
                          'Built and ran Kubernetes platforms in Python and Go for data teams, with Terraform and CI/CD.',
                        start: 0,
                        end: 90,
                        section: 'experience',
                        source: 'described_work',
                        skillId: null,
                      },
                    ],
            }
          })
          const requiredMet = results.filter(
            (result, position) => requirements[position]?.kind === 'required' && result.status === 'matched',
          ).length
          // Coarse scores so many rows tie, as real shortlists do, and pages must break ties by id.
          const rankScore = random.integer(20, 90) + random.pick([0, 0.5])
          return {
            organization_id: scope.organizationId,
            application_id: application.id,
            job_id: scope.jobId,
            score: rankScore,
            required_met: requiredMet,
            required_total: 8,
            requirements: JSON.stringify(results),
            summary: JSON.stringify(summarizeResults(results)),
            taxonomy_version: 'bench',
            parser_version: 'bench',
            scorer_version: 'bench',
            rank_score: rankScore,
            all_required_met: requiredMet === 8,
            coverage: rankScore,
            role_fit: JSON.stringify({
              score: 0.6,
              currentTitle: 'Platform Engineer',
              familyFit: 0.8,
              titleFit: 0.7,
              functionYears: 5,
              yearsFit: 1,
              seniorityFit: 1,
              sameFunction: 'same',
              explanation: 'Role fit: 5 years in platform engineering roles, same function',
            }),
            ranking_version: 'bench',
          }
        }),
      )
      .execute()
  })
}
