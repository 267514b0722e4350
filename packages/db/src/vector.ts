import { type Expression, type RawBuilder, sql } from 'kysely'

/** Width of every stored embedding; providers are asked for exactly this many dimensions. */
export const EMBEDDING_DIMENSIONS = 256

/** pgvector's text form: `[0.1,0.2,...]`. */
export function toVectorLiteral(embedding: readonly number[]): string {
  if (embedding.length !== EMBEDDING_DIMENSIONS) {
    throw new Error(`embedding has ${embedding.length} dimensions, expected ${EMBEDDING_DIMENSIONS}`)
  }
  return `[${embedding.join(',')}]`
}

/** Cosine distance (0 = same direction, 2 = opposite), served by the HNSW `vector_cosine_ops` indexes. */
export const cosineDistance = (
  column: Expression<unknown>,
  embedding: readonly number[],
): RawBuilder<number> => sql<number>`${column} <=> ${toVectorLiteral(embedding)}::vector`
