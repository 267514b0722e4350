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
 * Uses an invite: candidates open the same link on a phone and then a laptop, so it works any number of times
 * until it expires or staff revoke it. A rejected candidate's invites are refused too. Records the first and the
 * latest use.
 */
export async function useInvite(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<{ organizationId: string; applicationId: string } | null> {
  const row = await db
    .updateTable('invites')
    .set((eb) => ({ used_at: eb.fn.coalesce('used_at', eb.val(now)), last_used_at: now }))
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('applications')
          .select('applications.id')
          .whereRef('applications.id', '=', 'invites.application_id')
          .whereRef('applications.organization_id', '=', 'invites.organization_id')
          .where('applications.stage', '<>', 'rejected'),
      ),
    )
    .returning(['organization_id', 'application_id'])
    .executeTakeFirst()
  return row ? { organizationId: row.organization_id, applicationId: row.application_id } : null
}

/** Ends every live invite of an application; returns how many were revoked. */
export async function revokeInvites(
  db: Db,
  organizationId: string,
  applicationId: string,
  now: Date,
): Promise<number> {
  const result = await db
    .updateTable('invites')
    .set({ revoked_at: now })
    .where('organization_id', '=', organizationId)
    .where('application_id', '=', applicationId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/**
 * Whether an invited candidate may still use their token: the application is not rejected and at least one of its
 * invites is neither revoked nor expired. Checked on every candidate request, so revocation and rejection end
 * access at once instead of when the token expires.
 */
export async function hasCandidateAccess(
  db: Db,
  organizationId: string,
  applicationId: string,
  now: Date,
): Promise<boolean> {
  const row = await db
    .selectFrom('invites')
    .innerJoin('applications', 'applications.id', 'invites.application_id')
    .select('invites.id')
    .where('invites.organization_id', '=', organizationId)
    .where('applications.organization_id', '=', organizationId)
    .where('invites.application_id', '=', applicationId)
    .where('invites.revoked_at', 'is', null)
    .where('invites.expires_at', '>', now)
    .where('applications.stage', '<>', 'rejected')
    .limit(1)
    .executeTakeFirst()
  return row !== undefined
}
