import { createHash } from 'node:crypto'
import { loadTaxonomy, type Taxonomy } from '@shortlist/core'
import { type Db, listCustomSkills } from '@shortlist/db'

// Building the matcher for 1,500+ skills is the expensive part; reuse it until the organisation's own skills change.
const cache = new Map<string, { fingerprint: string; taxonomy: Taxonomy }>()
const MAX_CACHED = 200

type CustomSkills = Awaited<ReturnType<typeof listCustomSkills>>

/** The built-in taxonomy merged with the organisation's own skills and aliases. */
export async function loadOrganizationTaxonomy(db: Db, organizationId: string): Promise<Taxonomy> {
  return mergeOrganizationTaxonomy(organizationId, await listCustomSkills(db, organizationId))
}

/** The same from the organisation's own skills already read (ingest reads them once for the sandbox too). */
export function mergeOrganizationTaxonomy(organizationId: string, custom: CustomSkills): Taxonomy {
  if (custom.length === 0) return loadTaxonomy()
  const fingerprint = createHash('sha256').update(JSON.stringify(custom)).digest('hex')
  const cached = cache.get(organizationId)
  if (cached?.fingerprint === fingerprint) return cached.taxonomy
  const taxonomy = loadTaxonomy({ extraSkills: custom })
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string)
  cache.set(organizationId, { fingerprint, taxonomy })
  return taxonomy
}
