import { sql } from 'kysely'

export type CurrentRole = { title: string | null; employer: string | null }

// The entry marked current, else the first one that names a role (resumes list the latest job first), else the
// headline. Read inside the database, in any query with `documents` in scope, so a page of results does not ship
// whole profiles to the API.
export const currentRoleSql = sql<CurrentRole | null>`coalesce(
  (
    select jsonb_build_object('title', entry.value ->> 'title', 'employer', entry.value ->> 'employer')
    from jsonb_array_elements(
      case when jsonb_typeof(documents.profile -> 'experiences') = 'array'
        then documents.profile -> 'experiences' else '[]'::jsonb end
    ) with ordinality as entry(value, position)
    where entry.value ->> 'title' is not null
    order by (entry.value ->> 'current') = 'true' desc, entry.position
    limit 1
  ),
  case when jsonb_typeof(documents.profile -> 'headline') = 'object' then documents.profile -> 'headline' end
)`

/** The JSON the fragment yields, with absent keys as null. */
export function toCurrentRole(value: Partial<CurrentRole> | null): CurrentRole | null {
  return value ? { title: value.title ?? null, employer: value.employer ?? null } : null
}
