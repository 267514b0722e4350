import { sql } from 'kysely'
import type { Db } from '../create-database'
import {
  type CurrentRole,
  candidateEmailSql,
  candidateNameSql,
  currentRoleSql,
  toCurrentRole,
} from './current-role'

/**
 * What a recruiter corrects. An absent field is left as it is; null clears the correction, so the parsed value shows
 * again.
 */
export type CandidateCorrection = {
  name?: string | null
  email?: string | null
  currentRole?: CurrentRole | null
}

export type CandidateRecord = {
  id: string
  name: string | null
  email: string | null
  phone: string | null
  currentRole: CurrentRole | null
  /** Which fields show a recruiter's correction rather than the parse. */
  corrected: { name: boolean; email: boolean; currentRole: boolean }
}

/** The candidate as lists show it: corrections first, the current role read from their latest resume. */
export async function findCandidateRecord(
  db: Db,
  organizationId: string,
  candidateId: string,
): Promise<CandidateRecord | null> {
  const row = await db
    .selectFrom('candidates')
    .select([
      'candidates.id',
      candidateNameSql.as('name'),
      candidateEmailSql.as('email'),
      'candidates.phone',
      'candidates.name_corrected',
      'candidates.email_corrected',
      'candidates.current_role_corrected',
      'candidates.current_title_corrected',
      'candidates.current_employer_corrected',
      (eb) =>
        eb
          .selectFrom('applications')
          .innerJoin('documents', 'documents.id', 'applications.document_id')
          .select(currentRoleSql.as('current_role'))
          .whereRef('applications.candidate_id', '=', 'candidates.id')
          .orderBy('applications.created_at', 'desc')
          .limit(1)
          .as('parsed_role'),
    ])
    .where('candidates.organization_id', '=', organizationId)
    .where('candidates.id', '=', candidateId)
    .executeTakeFirst()
  if (!row) return null
  const currentRole = row.current_role_corrected
    ? { title: row.current_title_corrected, employer: row.current_employer_corrected }
    : toCurrentRole(row.parsed_role as CurrentRole | null)
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    currentRole,
    corrected: {
      name: row.name_corrected !== null,
      email: row.email_corrected !== null,
      currentRole: row.current_role_corrected,
    },
  }
}

/**
 * Stores a recruiter's corrections beside the parsed values, which re-parsing rewrites, so they survive it. Returns
 * false when the organisation has no such candidate.
 */
export async function correctCandidate(
  db: Db,
  organizationId: string,
  candidateId: string,
  correction: CandidateCorrection,
): Promise<boolean> {
  const role = correction.currentRole
  const result = await db
    .updateTable('candidates')
    .set({
      ...(correction.name !== undefined ? { name_corrected: correction.name } : {}),
      ...(correction.email !== undefined ? { email_corrected: correction.email?.toLowerCase() ?? null } : {}),
      ...(role !== undefined
        ? {
            current_role_corrected: role !== null,
            current_title_corrected: role?.title ?? null,
            current_employer_corrected: role?.employer ?? null,
          }
        : {}),
      corrected_at: sql`now()`,
      updated_at: sql`now()`,
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', candidateId)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}
