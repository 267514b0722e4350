import { sql } from 'kysely'
import type { Db } from '../create-database'

/** One requirement result of one applicant, as the pool stats read it. */
export type PoolResultRecord = {
  requirementId: string
  status: 'matched' | 'partial' | 'missing'
  basis?: 'named' | 'narrower' | 'related' | 'paraphrase' | 'listed' | 'years_short' | 'equivalent' | 'none'
}

const STATUSES = new Set(['matched', 'partial', 'missing'])

/**
 * The stored per-requirement status and basis of every scored application of the job that is still in the running
 * (not rejected), one array per application in application id order. Only the three fields are read out of the
 * evaluation JSON, inside the query, so evidence quotes never leave the database for this.
 */
export async function listPoolResults(
  db: Db,
  organizationId: string,
  jobId: string,
): Promise<PoolResultRecord[][]> {
  const rows = await sql<{
    application_id: string
    requirement_id: string | null
    status: string | null
    basis: string | null
  }>`
    SELECT e.application_id, r.value->>'requirementId' AS requirement_id, r.value->>'status' AS status,
      r.value->>'basis' AS basis
    FROM evaluations e
    JOIN applications a ON a.id = e.application_id AND a.organization_id = e.organization_id
    CROSS JOIN LATERAL jsonb_array_elements(e.requirements) AS r(value)
    WHERE e.organization_id = ${organizationId} AND e.job_id = ${jobId} AND a.job_id = ${jobId}
      AND a.stage <> 'rejected'
    ORDER BY e.application_id
  `.execute(db)
  const byApplication = new Map<string, PoolResultRecord[]>()
  for (const row of rows.rows) {
    const results = byApplication.get(row.application_id) ?? []
    byApplication.set(row.application_id, results)
    if (!row.requirement_id || !row.status || !STATUSES.has(row.status)) continue
    results.push({
      requirementId: row.requirement_id,
      status: row.status as PoolResultRecord['status'],
      ...(row.basis ? { basis: row.basis as NonNullable<PoolResultRecord['basis']> } : {}),
    })
  }
  return [...byApplication.values()]
}
