import type { Db } from '../create-database'

export async function createInvite(
  db: Db,
  organizationId: string,
  input: { applicationId: string; tokenHash: string; expiresAt: Date; createdBy: string },
): Promise<void> {
  await db
    .insertInto('invites')
    .values({
      organization_id: organizationId,
      application_id: input.applicationId,
      token_hash: input.tokenHash,
      expires_at: input.expiresAt,
      created_by: input.createdBy,
    })
    .execute()
}

/**
 * Spends an invite: succeeds once, only before it expires. The single conditional UPDATE makes two concurrent
 * exchanges of the same token impossible to both win.
 */
export async function consumeInvite(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<{ organizationId: string; applicationId: string } | null> {
  const row = await db
    .updateTable('invites')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['organization_id', 'application_id'])
    .executeTakeFirst()
  return row ? { organizationId: row.organization_id, applicationId: row.application_id } : null
}
