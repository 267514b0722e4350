import { countApplicantPool, type PoolResult } from '@shortlist/core'
import type { Db } from '@shortlist/db'
import { sql } from 'kysely'

/**
 * The pool read this benchmark compares against: every stored per-requirement result of the job's applicants
 * leaves the database as a row and is counted in TypeScript (core's `countApplicantPool`). Kept here, not in the
 * product, as the same-run baseline for `countPoolResults`, which counts inside the query.
 */
export async function readPoolNaively(db: Db, organizationId: string, jobId: string) {
  const rows = await sql<{
    application_id: string
    requirement_id: string
    status: string
    basis: string | null
  }>`
    SELECT e.application_id, r.value->>'requirementId' AS requirement_id, r.value->>'status' AS status,
      r.value->>'basis' AS basis
    FROM evaluations e
    JOIN applications a ON a.id = e.application_id AND a.organization_id = e.organization_id
    CROSS JOIN LATERAL jsonb_array_elements(e.requirements) AS r(value)
    WHERE e.organization_id = ${organizationId} AND e.job_id = ${jobId} AND a.job_id = ${jobId}
      AND a.stage <> 'rejected'
  `.execute(db)
  const byApplication = new Map<string, PoolResult[]>()
  for (const row of rows.rows) {
    const results = byApplication.get(row.application_id) ?? []
    byApplication.set(row.application_id, results)
    results.push({
      requirementId: row.requirement_id,
      status: row.status as PoolResult['status'],
      ...(row.basis ? { basis: row.basis as NonNullable<PoolResult['basis']> } : {}),
    })
  }
  return countApplicantPool([...byApplication.values()])
}
