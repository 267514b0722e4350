import { sql } from 'kysely'
import type { Db } from '../create-database'

export type CurrentRole = { title: string | null; employer: string | null }

// A recruiter's correction of the candidate's current role first (it survives re-parsing); then the entry marked
// current, else the first one that names a role (resumes list the latest job first), else the headline. Read inside
// the database, in any query with `documents` in scope, so a page of results does not ship whole profiles to the API.
export const currentRoleSql = sql<CurrentRole | null>`coalesce(
  (
    select jsonb_build_object('title', corrected.current_title_corrected, 'employer', corrected.current_employer_corrected)
    from applications as corrected_application
    join candidates as corrected on corrected.id = corrected_application.candidate_id
    where corrected_application.document_id = documents.id and corrected.current_role_corrected
    order by corrected.corrected_at desc nulls last
    limit 1
  ),
  (
    select jsonb_build_object('title', entry.value ->> 'title', 'employer', entry.value ->> 'employer')
    from jsonb_array_elements(
      case when jsonb_typeof(documents.profile -> 'experiences') = 'array'
        then documents.profile -> 'experiences' else '[]'::jsonb end
    ) with ordinality as entry(value, position)
    where entry.value ->> 'title' is not null
    order by coalesce((entry.value ->> 'current') = 'true', false) desc, entry.position
    limit 1
  ),
  case when jsonb_typeof(documents.profile -> 'headline') = 'object' then documents.profile -> 'headline' end
)`

/** The candidate's name as shown everywhere: the recruiter's correction, else the parsed name. */
export const candidateNameSql = sql<string | null>`coalesce(candidates.name_corrected, candidates.name)`
/** The candidate's email as shown everywhere: the recruiter's correction, else the parsed email. */
export const candidateEmailSql = sql<string | null>`coalesce(candidates.email_corrected, candidates.email)`

/** The JSON the fragment yields, with absent keys as null. */
export function toCurrentRole(value: Partial<CurrentRole> | null): CurrentRole | null {
  return value ? { title: value.title ?? null, employer: value.employer ?? null } : null
}

/** Current roles of the organisation's documents among `documentIds`, by document id. */
export async function listCurrentRoles(
  db: Db,
  organizationId: string,
  documentIds: readonly string[],
): Promise<Map<string, CurrentRole | null>> {
  if (documentIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('documents')
    .select(['documents.id', currentRoleSql.as('current_role')])
    .where('documents.organization_id', '=', organizationId)
    .where('documents.id', 'in', [...documentIds])
    .execute()
  return new Map(rows.map((row) => [row.id, toCurrentRole(row.current_role)]))
}
