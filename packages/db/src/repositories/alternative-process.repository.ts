import type { Db } from '../create-database'

export type AlternativeProcessRecord = { requestedAt: Date; note: string | null }

/** Records the candidate's request; asking again keeps the first date and takes the latest note. */
export async function requestAlternativeProcess(
  db: Db,
  organizationId: string,
  applicationId: string,
  input: { note: string | null; at: Date },
): Promise<void> {
  const current = await findAlternativeProcesses(db, organizationId, [applicationId])
  await db
    .updateTable('applications')
    .set({
      alternative_process_requested_at: current.get(applicationId)?.requestedAt ?? input.at,
      alternative_process_note: input.note,
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', applicationId)
    .execute()
}

/** Requests among the applications, by application id (applications without one are absent). */
export async function findAlternativeProcesses(
  db: Db,
  organizationId: string,
  applicationIds: readonly string[],
): Promise<Map<string, AlternativeProcessRecord>> {
  if (applicationIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('applications')
    .select(['id', 'alternative_process_requested_at', 'alternative_process_note'])
    .where('organization_id', '=', organizationId)
    .where('id', 'in', [...new Set(applicationIds)])
    .where('alternative_process_requested_at', 'is not', null)
    .execute()
  return new Map(
    rows.flatMap((row) =>
      row.alternative_process_requested_at
        ? [
            [
              row.id,
              { requestedAt: row.alternative_process_requested_at, note: row.alternative_process_note },
            ],
          ]
        : [],
    ),
  )
}
