import type { Db } from '../create-database'

export type UserRole = 'admin' | 'recruiter' | 'hiring_manager' | 'interviewer'
export type UserRecord = {
  id: string
  organizationId: string
  email: string
  name: string
  role: UserRole
  deactivatedAt?: Date | null
}
export type UserWithPassword = UserRecord & {
  passwordHash: string
  tokenVersion: number
  deactivated: boolean
}
export type OrganizationRecord = { id: string; name: string; monthlyBudgetUsd: number | null }

type UserRow = { id: string; organization_id: string; email: string; name: string; role: UserRole }
const toUser = (row: UserRow): UserRecord => ({
  id: row.id,
  organizationId: row.organization_id,
  email: row.email,
  name: row.name,
  role: row.role,
})

/** Creates an organisation and its first admin; call inside a transaction. */
export async function createOrganizationWithAdmin(
  trx: Db,
  input: {
    organizationName: string
    name: string
    email: string
    passwordHash: string
    monthlyBudgetUsd?: number | null
  },
): Promise<{ organization: OrganizationRecord; user: UserRecord }> {
  const organization = await trx
    .insertInto('organizations')
    .values({ name: input.organizationName, monthly_budget_usd: input.monthlyBudgetUsd ?? null })
    .returning(['id', 'name', 'monthly_budget_usd'])
    .executeTakeFirstOrThrow()
  const user = await createUser(trx, organization.id, {
    email: input.email,
    name: input.name,
    role: 'admin',
    passwordHash: input.passwordHash,
  })
  return {
    organization: {
      id: organization.id,
      name: organization.name,
      monthlyBudgetUsd: organization.monthly_budget_usd,
    },
    user,
  }
}

export async function createUser(
  db: Db,
  organizationId: string,
  input: { email: string; name: string; role: UserRole; passwordHash: string },
): Promise<UserRecord> {
  const row = await db
    .insertInto('users')
    .values({
      organization_id: organizationId,
      email: input.email.toLowerCase(),
      name: input.name,
      role: input.role,
      password_hash: input.passwordHash,
    })
    .returning(['id', 'organization_id', 'email', 'name', 'role'])
    .executeTakeFirstOrThrow()
  return toUser(row)
}

/** Login looks users up across organisations: emails are unique platform-wide. */
export async function findUserByEmail(db: Db, email: string): Promise<UserWithPassword | null> {
  const row = await db
    .selectFrom('users')
    .select([
      'id',
      'organization_id',
      'email',
      'name',
      'role',
      'password_hash',
      'token_version',
      'deactivated_at',
    ])
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst()
  return row
    ? {
        ...toUser(row),
        passwordHash: row.password_hash,
        tokenVersion: row.token_version,
        deactivated: row.deactivated_at !== null,
      }
    : null
}

export async function emailExists(db: Db, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst()
  return row !== undefined
}

export async function findUser(db: Db, organizationId: string, userId: string): Promise<UserRecord | null> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'organization_id', 'email', 'name', 'role', 'deactivated_at'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', userId)
    .executeTakeFirst()
  return row ? { ...toUser(row), deactivatedAt: row.deactivated_at } : null
}

export async function listUsers(db: Db, organizationId: string): Promise<UserRecord[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'organization_id', 'email', 'name', 'role', 'deactivated_at'])
    .where('organization_id', '=', organizationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  return rows.map((row) => ({ ...toUser(row), deactivatedAt: row.deactivated_at }))
}

export async function findOrganization(db: Db, organizationId: string): Promise<OrganizationRecord | null> {
  const row = await db
    .selectFrom('organizations')
    .select(['id', 'name', 'monthly_budget_usd'])
    .where('id', '=', organizationId)
    .executeTakeFirst()
  return row ? { id: row.id, name: row.name, monthlyBudgetUsd: row.monthly_budget_usd } : null
}

export async function setMonthlyBudget(
  db: Db,
  organizationId: string,
  budgetUsd: number | null,
): Promise<void> {
  await db
    .updateTable('organizations')
    .set({ monthly_budget_usd: budgetUsd })
    .where('id', '=', organizationId)
    .execute()
}

export async function countOrganizations(db: Db): Promise<number> {
  const row = await db
    .selectFrom('organizations')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .executeTakeFirstOrThrow()
  return Number(row.count)
}
