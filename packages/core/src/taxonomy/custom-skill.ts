import { z } from 'zod'
import type { Skill } from '../types'
import type { Taxonomy } from './load-taxonomy'
import { lookupSkillId } from './query-taxonomy'
import { slugify } from './slugify'
import { aliasKey } from './tokenize-text'

const ZLabel = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .refine((label) => aliasKey(label) !== '', 'must contain a letter or a digit')

/** What an organisation submits to add its own skill or extra spellings of a known one. */
export const ZCustomSkill = z.object({
  name: ZLabel,
  aliases: z.array(ZLabel).max(50).default([]),
  category: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'categories are kebab-case')
    .max(60)
    .optional(),
  /** Ids of skills that can substitute for this one, built-in or the organisation's own. */
  related: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
})

export type CustomSkill = z.infer<typeof ZCustomSkill>

/** Category given to organisation skills that do not name one. */
export const CUSTOM_SKILL_CATEGORY = 'custom'

/** Namespace of organisation skill ids: `org:<organisation>:<skill>`, never clashing with curated ids. */
export function customSkillId(organisationId: string, name: string): string {
  return `org:${slugify(organisationId, 64)}:${slugify(name)}`
}

/**
 * Turns an organisation's submission into a skill for `loadTaxonomy({ extraSkills })`. When a taxonomy is
 * given and the name or an alias already names a skill, the result reuses that id so the submission only
 * adds spellings to it.
 */
export function toCustomSkill(input: CustomSkill, organisationId: string, taxonomy?: Taxonomy): Skill {
  const parsed = ZCustomSkill.parse(input)
  const aliases = [...new Set(parsed.aliases.filter((alias) => aliasKey(alias) !== aliasKey(parsed.name)))]
  const existing = taxonomy ? findExistingSkill(taxonomy, [parsed.name, ...aliases]) : undefined
  if (existing) {
    return {
      id: existing.id,
      name: existing.name,
      category: existing.category,
      aliases: [parsed.name, ...aliases],
      related: parsed.related,
    }
  }
  return {
    id: customSkillId(organisationId, parsed.name),
    name: parsed.name,
    category: parsed.category ?? CUSTOM_SKILL_CATEGORY,
    aliases,
    related: parsed.related,
  }
}

function findExistingSkill(taxonomy: Taxonomy, labels: readonly string[]): Skill | undefined {
  for (const label of labels) {
    const id = lookupSkillId(taxonomy, label)
    if (id) return taxonomy.skills.get(id)
  }
  return undefined
}
