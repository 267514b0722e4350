import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  countOrganizations,
  createApplicationWithDocument,
  createJob,
  createOrganizationWithAdmin,
  createUser,
} from '@shortlist/db'
import type { Engine } from '@shortlist/engine'
import { analyzeJobPostingJob, ingestDocumentJob } from '@shortlist/jobs'
import { hashPassword } from '../lib/password'

export const DEMO_PASSWORD = 'shortlist-demo'
export const DEMO_USERS = [
  { email: 'admin@demo.shortlist.test', name: 'Ada Admin', role: 'admin' as const },
  { email: 'recruiter@demo.shortlist.test', name: 'Rui Recruiter', role: 'recruiter' as const },
  { email: 'manager@demo.shortlist.test', name: 'Hana Hiring-Manager', role: 'hiring_manager' as const },
]

const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain; charset=utf-8',
}

/**
 * On a fresh database, creates a demo organisation with its users, the sample postings and resumes kept in
 * `fixtures/demo`, and queues their processing. Does nothing once any organisation exists.
 */
export async function seedDemo(
  engine: Engine,
  fixturesDir: string,
): Promise<{ seeded: boolean; jobs: number; resumes: number }> {
  const { db, producer, sandbox } = engine
  if ((await countOrganizations(db)) > 0) return { seeded: false, jobs: 0, resumes: 0 }

  const jobFiles = (await readdir(join(fixturesDir, 'jobs'))).filter((name) => name.endsWith('.txt')).sort()
  const resumeFiles = (await readdir(join(fixturesDir, 'resumes')))
    .filter((name) => /\.(pdf|docx|txt)$/i.test(name))
    .sort()
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  const resumes = await Promise.all(
    resumeFiles.map(async (filename) => {
      const content = new Uint8Array(await readFile(join(fixturesDir, 'resumes', filename)))
      const { kind, pages } = await sandbox.validate(content, filename)
      return {
        filename,
        kind,
        mime: MIME[kind],
        pages,
        content,
        sha256: createHash('sha256').update(content).digest('hex'),
      }
    }),
  )

  const queued = await db.transaction().execute(async (trx) => {
    const [admin, ...others] = DEMO_USERS
    if (!admin) throw new Error('no demo admin')
    const { organization, user } = await createOrganizationWithAdmin(trx, {
      organizationName: 'Demo Robotics (sample data)',
      name: admin.name,
      email: admin.email,
      passwordHash,
    })
    for (const other of others) await createUser(trx, organization.id, { ...other, passwordHash })
    const jobs: string[] = []
    const applications: string[] = []
    for (const file of jobFiles) {
      const description = await readFile(join(fixturesDir, 'jobs', file), 'utf8')
      // The first line is the title; postings written in markdown carry heading marks.
      const firstLine = description.split('\n').find((line) => line.trim().length > 0) ?? file
      const title = firstLine.replace(/^[#*\s]+|[*\s]+$/g, '').slice(0, 200)
      const job = await createJob(trx, organization.id, { title, description, createdBy: user.id })
      jobs.push(job.id)
      for (const resume of resumes) {
        const { application } = await createApplicationWithDocument(
          trx,
          organization.id,
          job.id,
          resume,
          user.id,
        )
        applications.push(application.id)
      }
    }
    return { organizationId: organization.id, jobs, applications }
  })
  for (const jobId of queued.jobs)
    await producer.enqueue(analyzeJobPostingJob, { organizationId: queued.organizationId, jobId })
  for (const applicationId of queued.applications) {
    await producer.enqueue(ingestDocumentJob, { organizationId: queued.organizationId, applicationId })
  }
  return { seeded: true, jobs: queued.jobs.length, resumes: resumes.length }
}
