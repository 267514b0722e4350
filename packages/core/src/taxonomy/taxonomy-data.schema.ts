import { z } from 'zod'

const ZSkillId = z.string().regex(/^[a-z0-9]+(?:[-:][a-z0-9]+)*$/, 'ids are kebab-case')

export const ZSkillRecord = z.object({
  id: ZSkillId,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  related: z.array(ZSkillId).default([]),
  /** More general skills this one is a kind of (MySQL -> SQL); evidence of this skill satisfies them. */
  broader: z.array(ZSkillId).optional(),
})

/** One file of `data/taxonomy`: skills grouped by category so the category is written once. */
export const ZTaxonomyFile = z.object({
  group: z.string().min(1),
  source: z.string().optional(),
  categories: z.record(z.string().regex(/^[a-z0-9-]+$/), z.array(ZSkillRecord)),
})

export type SkillRecord = z.infer<typeof ZSkillRecord>
export type TaxonomyFile = z.infer<typeof ZTaxonomyFile>
