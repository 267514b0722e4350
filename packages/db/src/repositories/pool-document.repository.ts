import { sql } from 'kysely'
import type { Db } from '../create-database'
import { EMBEDDING_DIMENSIONS, toVectorLiteral } from '../vector'

/** A job-family profile as stored: [category, weight] pairs in the order the profile was built. */
export type StoredFamily = Array<[string, number]>

/** pgvector's largest sparsevec dimension: categories hash into it, so a collision is about one in 10^7 pairs. */
const FAMILY_DIMENSIONS = 1_000_000_000

/** FNV-1a (32 bit) of a category name, folded into 1..FAMILY_DIMENSIONS (sparsevec indices are 1-based). */
function familyDimension(category: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < category.length; index++) {
    hash ^= category.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return (hash % FAMILY_DIMENSIONS) + 1
}

/**
 * A family profile (category -> weight) as a pgvector sparsevec literal, one hashed dimension per category, or null
 * when no weight is positive. The stored pairs stay the exact record; a hash collision can only blur the order the
 * vector gives, never a fit computed from the pairs.
 */
export function toFamilyVectorLiteral(family: Iterable<[string, number]>): string | null {
  const weights = new Map<number, number>()
  for (const [category, weight] of family) {
    if (!(weight > 0)) continue
    const dimension = familyDimension(category)
    weights.set(dimension, (weights.get(dimension) ?? 0) + weight)
  }
  if (weights.size === 0) return null
  const entries = [...weights]
    .sort((a, b) => a[0] - b[0])
    .map(([dimension, weight]) => `${dimension}:${weight}`)
  return `{${entries.join(',')}}/${FAMILY_DIMENSIONS}`
}

function parseFamily(value: string): StoredFamily {
  const parsed: unknown = JSON.parse(value)
  if (!Array.isArray(parsed)) return []
  return parsed.filter(
    (pair): pair is [string, number] =>
      Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'number',
  )
}

/**
 * Ids of the organisation's analysed documents whose family row was not built with `familyKey` (never built, an
 * input changed since, or another taxonomy or parser): the rows `refreshPoolFamilies` rebuilds before a search.
 */
export async function listStalePoolFamilies(
  db: Db,
  organizationId: string,
  familyKey: string,
): Promise<string[]> {
  // Three probes of the (organisation, key) index answer "anything stale?" without reading every row: a search asks
  // this first every time, and almost always the answer is no.
  const probe = await sql<{ stale: boolean }>`
    SELECT EXISTS (SELECT 1 FROM pool_families WHERE organization_id = ${organizationId} AND family_key IS NULL)
      OR EXISTS (SELECT 1 FROM pool_families WHERE organization_id = ${organizationId} AND family_key < ${familyKey})
      OR EXISTS (SELECT 1 FROM pool_families WHERE organization_id = ${organizationId} AND family_key > ${familyKey})
      AS stale
  `.execute(db)
  if (!probe.rows[0]?.stale) return []
  const rows = await db
    .selectFrom('pool_families')
    .select('document_id')
    .where('organization_id', '=', organizationId)
    .where((eb) => eb.or([eb('family_key', 'is', null), eb('family_key', '<>', familyKey)]))
    .orderBy('document_id')
    .execute()
  return rows.map((row) => row.document_id)
}

/**
 * Stores the family profiles of the organisation's documents, built with `familyKey`. Only rows that are not
 * already current change: a rebuild that read its inputs before an ingest rewrote them (the trigger cleared the key,
 * and ingest built the row again) does not put the older profile back. Other organisations' rows are left alone.
 */
export async function savePoolFamilies(
  db: Db,
  organizationId: string,
  familyKey: string,
  families: ReadonlyArray<{ documentId: string; family: StoredFamily }>,
): Promise<void> {
  if (families.length === 0) return
  const values = families.map(
    ({ documentId, family }) =>
      sql`(${documentId}::uuid, ${JSON.stringify(family)}, ${toFamilyVectorLiteral(family)}::sparsevec)`,
  )
  await sql`
    UPDATE pool_families
    SET family_key = ${familyKey}, categories = input.categories, family = input.family
    FROM (VALUES ${sql.join(values)}) AS input (document_id, categories, family)
    WHERE pool_families.document_id = input.document_id AND pool_families.organization_id = ${organizationId}
      AND pool_families.family_key IS DISTINCT FROM ${familyKey}
  `.execute(db)
}

/**
 * The organisation's documents nearest to a query vector (cosine), nearest first, ties by id: an exact scan of the
 * half-precision copies in `pool_documents` for the `limit + margin` nearest, re-ranked with the full-precision
 * vectors. A half-precision distance differs from the full one by far less than the margin's spread, so this is
 * the exact answer in practice (`pnpm bench pool` measures it against the exact scan of `documents`).
 */
export async function preselectPoolDocuments(
  db: Db,
  organizationId: string,
  queryEmbedding: number[],
  limit: number,
): Promise<Array<{ documentId: string; distance: number }>> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be a positive integer')
  const vector = toVectorLiteral(queryEmbedding)
  const candidates = limit + Math.max(50, limit)
  const result = await sql<{ id: string; distance: number }>`
    SELECT documents.id, documents.embedding <=> ${vector}::vector AS distance
    FROM (
      SELECT document_id FROM pool_documents
      WHERE organization_id = ${organizationId} AND embedding IS NOT NULL
      ORDER BY embedding <=> ${vector}::halfvec(${sql.raw(String(EMBEDDING_DIMENSIONS))}), document_id
      LIMIT ${candidates}
    ) AS nearest
    JOIN documents ON documents.id = nearest.document_id
    WHERE documents.organization_id = ${organizationId} AND documents.embedding IS NOT NULL
    ORDER BY distance, documents.id
    LIMIT ${limit}
  `.execute(db)
  return result.rows.map((row) => ({ documentId: row.id, distance: Number(row.distance) }))
}

/**
 * The organisation's documents whose family profile (built with `familyKey`) is nearest in cosine to `direction`,
 * nearest first, ties by id, with their stored profiles: one scan of the narrow family rows. Documents with an
 * empty profile never come back.
 */
export async function listNearestPoolFamilies(
  db: Db,
  organizationId: string,
  familyKey: string,
  direction: Iterable<[string, number]>,
  limit: number,
): Promise<Array<{ documentId: string; family: StoredFamily; distance: number }>> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be a positive integer')
  const vector = toFamilyVectorLiteral(direction)
  if (!vector) return []
  const result = await sql<{ document_id: string; categories: string; distance: number }>`
    SELECT document_id, categories, family <=> ${vector}::sparsevec AS distance
    FROM pool_families
    WHERE organization_id = ${organizationId} AND family_key = ${familyKey} AND family IS NOT NULL
    ORDER BY family <=> ${vector}::sparsevec, document_id
    LIMIT ${limit}
  `.execute(db)
  return result.rows.map((row) => ({
    documentId: row.document_id,
    family: parseFamily(row.categories),
    distance: Number(row.distance),
  }))
}

/** The stored family profiles of the organisation's documents among `documentIds`, by id (empty when missing). */
export async function listPoolFamilies(
  db: Db,
  organizationId: string,
  documentIds: readonly string[],
): Promise<Map<string, StoredFamily>> {
  if (documentIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('pool_families')
    .select(['document_id', 'categories'])
    .where('organization_id', '=', organizationId)
    .where('document_id', 'in', [...documentIds])
    .execute()
  return new Map(rows.map((row) => [row.document_id, parseFamily(row.categories)]))
}
