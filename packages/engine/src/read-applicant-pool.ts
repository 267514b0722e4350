import { bucketApplicantPool, type KitPool, summarizeApplicantPool } from '@shortlist/core'
import { countPoolResults } from '@shortlist/db'
import type { EngineDeps } from './engine-deps'

/**
 * How the job's applicants still in the running stand on each requirement, from their stored evaluations (counted
 * inside the database), as a kit reads it: shares to the nearest 10 percent, size as a band; null while too few
 * are scored to say. Reads only the organisation's own evaluations.
 */
export async function readApplicantPool(
  deps: Pick<EngineDeps, 'db'>,
  organizationId: string,
  jobId: string,
  requirementIds: readonly string[],
): Promise<KitPool | null> {
  const counts = await countPoolResults(deps.db, organizationId, jobId)
  return bucketApplicantPool(summarizeApplicantPool(requirementIds, counts))
}
