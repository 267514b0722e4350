import type { Db } from '../create-database'
import { createJob } from './job.repository'
import { createOrganizationWithAdmin } from './organization.repository'

// Shared by the pool tests (search, pool documents): an organisation with an admin and one job, the tenant whose
// pool a test fills. Not exported from the package.

export type PoolOrganisation = { id: string; jobId: string; userId: string }

/** An organisation named `label`, its admin and one job, as the pool tests need them. */
export async function createPoolOrganisation(db: Db, label: string): Promise<PoolOrganisation> {
  const { organization, user } = await createOrganizationWithAdmin(db, {
    organizationName: label,
    name: label,
    email: `${label}@example.com`,
    passwordHash: 'x',
  })
  const job = await createJob(db, organization.id, { title: 'Pool', description: 'Pool', createdBy: user.id })
  return { id: organization.id, jobId: job.id, userId: user.id }
}
