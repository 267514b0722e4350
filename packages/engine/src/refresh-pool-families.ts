import { createHash } from 'node:crypto'
import {
  buildResumeFamilyProfile,
  type FamilyProfile,
  POOL_RANKING_VERSION,
  RESUME_PARSER_VERSION,
  type Taxonomy,
} from '@shortlist/core'
import { type Db, listPoolSkills, listStalePoolFamilies, savePoolFamilies } from '@shortlist/db'

/** Bumped whenever what a stored family profile holds changes without the taxonomy, parser or pool order changing. */
const FAMILY_RULES_VERSION = 'family-1'

/** Documents rebuilt per read and write: bounds one statement's size. */
const BATCH = 1_000

/**
 * What a stored family profile was built with: the taxonomy (with the organisation's own skills), the parser that
 * found the skills and titles, and the pool order's rules. A row under another key is rebuilt before it is read.
 */
export function poolFamilyKey(taxonomy: Taxonomy): string {
  // Hashed: every row of the pool stores the key, and the family scan reads every row.
  return createHash('sha256')
    .update(`${FAMILY_RULES_VERSION};${POOL_RANKING_VERSION};${RESUME_PARSER_VERSION};${taxonomy.version}`)
    .digest('hex')
    .slice(0, 16)
}

/**
 * Builds and stores the job-family profile (`buildResumeFamilyProfile`: the profile's skills and the current role,
 * a recruiter's correction first) of the given documents of the organisation, or of every document whose stored
 * profile is stale (`listStalePoolFamilies`). Ingest calls it for the document it stores; a pool search calls it
 * first, so a taxonomy change or a correction is caught up before the rows are read. Returns how many were built.
 */
export async function refreshPoolFamilies(
  db: Db,
  organizationId: string,
  taxonomy: Taxonomy,
  documentIds?: readonly string[],
): Promise<number> {
  const key = poolFamilyKey(taxonomy)
  const ids = documentIds ?? (await listStalePoolFamilies(db, organizationId, key))
  const titleProfiles = new Map<string, FamilyProfile>()
  for (let from = 0; from < ids.length; from += BATCH) {
    const documents = await listPoolSkills(db, organizationId, ids.slice(from, from + BATCH))
    await savePoolFamilies(
      db,
      organizationId,
      key,
      documents.map((document) => ({
        documentId: document.documentId,
        family: [...buildResumeFamilyProfile(document, taxonomy, titleProfiles)],
      })),
    )
  }
  return ids.length
}
