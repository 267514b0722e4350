import type { Db } from '../create-database'
import type { UserRole } from './organization.repository'

/** What a staff token is checked against on every request. */
export type UserSessionState = {
  organizationId: string
  role: UserRole
  tokenVersion: number
  deactivated: boolean
}

export async function findUserSessionState(db: Db, userId: string): Promise<UserSessionState | null> {
  const row = await db
    .selectFrom('users')
    .select(['organization_id', 'role', 'token_version', 'deactivated_at'])
    .where('id', '=', userId)
    .executeTakeFirst()
  return row
    ? {
        organizationId: row.organization_id,
        role: row.role,
        tokenVersion: row.token_version,
        deactivated: row.deactivated_at !== null,
      }
    : null
}

/** A candidate keeps access while the application exists and has not been rejected. */
export async function candidateMayAccess(
  db: Db,
  organizationId: string,
  applicationId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('applications')
    .leftJoin('decisions', 'decisions.application_id', 'applications.id')
    .select(['applications.id', 'decisions.decision'])
    .where('applications.organization_id', '=', organizationId)
    .where('applications.id', '=', applicationId)
    .executeTakeFirst()
  return row !== undefined && row.decision !== 'reject'
}

/** Deactivates and ends every session (the version bump invalidates issued tokens). Null when not in the org. */
export async function deactivateUser(db: Db, organizationId: string, userId: string): Promise<boolean> {
  const row = await db
    .updateTable('users')
    .set((eb) => ({ deactivated_at: new Date(), token_version: eb('token_version', '+', 1) }))
    .where('organization_id', '=', organizationId)
    .where('id', '=', userId)
    .returning('id')
    .executeTakeFirst()
  return row !== undefined
}

/** Takes effect on the user's next request: tokens are checked against the stored role, not their own claim. */
export async function changeUserRole(
  db: Db,
  organizationId: string,
  userId: string,
  role: UserRole,
): Promise<boolean> {
  const row = await db
    .updateTable('users')
    .set({ role })
    .where('organization_id', '=', organizationId)
    .where('id', '=', userId)
    .returning('id')
    .executeTakeFirst()
  return row !== undefined
}

/** Sets a new password and ends every other session; returns the new token version. */
export async function setUserPassword(
  db: Db,
  organizationId: string,
  userId: string,
  passwordHash: string,
): Promise<number | null> {
  const row = await db
    .updateTable('users')
    .set((eb) => ({ password_hash: passwordHash, token_version: eb('token_version', '+', 1) }))
    .where('organization_id', '=', organizationId)
    .where('id', '=', userId)
    .returning('token_version')
    .executeTakeFirst()
  return row ? row.token_version : null
}

export async function countActiveAdmins(db: Db, organizationId: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('organization_id', '=', organizationId)
    .where('role', '=', 'admin')
    .where('deactivated_at', 'is', null)
    .executeTakeFirstOrThrow()
  return Number(row.count)
}

export async function createPasswordReset(
  db: Db,
  organizationId: string,
  input: { userId: string; tokenHash: string; expiresAt: Date; createdBy: string },
): Promise<void> {
  await db
    .insertInto('password_resets')
    .values({
      organization_id: organizationId,
      user_id: input.userId,
      token_hash: input.tokenHash,
      expires_at: input.expiresAt,
      created_by: input.createdBy,
    })
    .execute()
}

/** Spends a reset link once, before it expires, and only for a user who is still active. */
export async function consumePasswordReset(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<{ organizationId: string; userId: string; email: string } | null> {
  const row = await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .from('users')
    .whereRef('users.id', '=', 'password_resets.user_id')
    .where('users.deactivated_at', 'is', null)
    .where('password_resets.token_hash', '=', tokenHash)
    .where('password_resets.used_at', 'is', null)
    .where('password_resets.expires_at', '>', now)
    .returning(['password_resets.organization_id', 'password_resets.user_id', 'users.email'])
    .executeTakeFirst()
  return row ? { organizationId: row.organization_id, userId: row.user_id, email: row.email } : null
}
