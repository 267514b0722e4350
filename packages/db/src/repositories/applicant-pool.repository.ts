import { sql } from 'kysely'
import type { Db } from '../create-database'

/** Per requirement, how many applicants had each status; the shape is owned by core's `RequirementPoolCounts`. */
export type PoolCountsRecord = {
  applicants: number
  requirements: Array<{
    requirementId: string
    applicants: number
    matched: number
    partial: number
    missing: number
    claimedOnly: number
  }>
}

/**
 * Counts, inside the database, the stored per-requirement statuses and listed-only claims (the scorer's `listed`
 * basis, on a match or a partial) of every scored application of the job still in the running (not rejected).
 * Only counts leave the database: one row per requirement, however many applicants. The same rule as core's
 * `countApplicantPool`.
 */
export async function countPoolResults(
  db: Db,
  organizationId: string,
  jobId: string,
): Promise<PoolCountsRecord> {
  const inRunning = sql`
    FROM evaluations e
    JOIN applications a ON a.id = e.application_id AND a.organization_id = e.organization_id
    WHERE e.organization_id = ${organizationId} AND e.job_id = ${jobId} AND a.job_id = ${jobId}
      AND a.stage <> 'rejected'
  `
  const [total, rows] = await Promise.all([
    sql<{ applicants: string | number }>`SELECT count(*) AS applicants ${inRunning}`.execute(db),
    sql<{
      requirement_id: string
      applicants: string | number
      matched: string | number
      partial: string | number
      missing: string | number
      claimed_only: string | number
    }>`
      SELECT r.value->>'requirementId' AS requirement_id, count(*) AS applicants,
        count(*) FILTER (WHERE r.value->>'status' = 'matched') AS matched,
        count(*) FILTER (WHERE r.value->>'status' = 'partial') AS partial,
        count(*) FILTER (WHERE r.value->>'status' = 'missing') AS missing,
        count(*) FILTER (WHERE r.value->>'basis' = 'listed' AND r.value->>'status' IN ('matched', 'partial'))
          AS claimed_only
      FROM evaluations e
      JOIN applications a ON a.id = e.application_id AND a.organization_id = e.organization_id
      CROSS JOIN LATERAL jsonb_array_elements(e.requirements) AS r(value)
      WHERE e.organization_id = ${organizationId} AND e.job_id = ${jobId} AND a.job_id = ${jobId}
        AND a.stage <> 'rejected' AND r.value->>'status' IN ('matched', 'partial', 'missing')
      GROUP BY 1
      ORDER BY 1
    `.execute(db),
  ])
  return {
    applicants: Number(total.rows[0]?.applicants ?? 0),
    requirements: rows.rows.map((row) => ({
      requirementId: row.requirement_id,
      applicants: Number(row.applicants),
      matched: Number(row.matched),
      partial: Number(row.partial),
      missing: Number(row.missing),
      claimedOnly: Number(row.claimed_only),
    })),
  }
}
