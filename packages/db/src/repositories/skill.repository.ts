import type { Db } from '../create-database'

export type CustomSkillRecord = {
  id: string
  name: string
  category: string
  aliases: string[]
  related: string[]
}

export async function listCustomSkills(db: Db, organizationId: string): Promise<CustomSkillRecord[]> {
  const rows = await db
    .selectFrom('custom_skills')
    .select(['skill_id', 'name', 'category', 'aliases', 'related'])
    .where('organization_id', '=', organizationId)
    .orderBy('skill_id')
    .execute()
  return rows.map((row) => ({
    id: row.skill_id,
    name: row.name,
    category: row.category,
    aliases: row.aliases,
    related: row.related,
  }))
}

/** Adds or replaces an organisation's own skill (or extra aliases for a built-in one). */
export async function upsertCustomSkill(
  db: Db,
  organizationId: string,
  skill: CustomSkillRecord,
): Promise<void> {
  const values = {
    organization_id: organizationId,
    skill_id: skill.id,
    name: skill.name,
    category: skill.category,
    aliases: JSON.stringify(skill.aliases),
    related: JSON.stringify(skill.related),
  }
  await db
    .insertInto('custom_skills')
    .values(values)
    .onConflict((conflict) =>
      conflict.columns(['organization_id', 'skill_id']).doUpdateSet({
        name: values.name,
        category: values.category,
        aliases: values.aliases,
        related: values.related,
      }),
    )
    .execute()
}
