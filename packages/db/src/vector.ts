import { type Expression, type RawBuilder, sql } from 'kysely'

/** Width of every stored embedding; providers are asked for exactly this many dimensions. */
export const EMBEDDING_DIMENSIONS = 256

/**
 * pgvector's text form: `[0.1,0.2,...]`. Each value is written as the float32 pgvector stores: nine significant
 * digits give back exactly that float32, where a double's shortest form takes up to 17. Formatting and parsing
 * these literals was the largest cost of storing a resume's chunks (the ingest profile), and the stored vectors
 * are the same.
 */
export function toVectorLiteral(embedding: readonly number[]): string {
  if (embedding.length !== EMBEDDING_DIMENSIONS) {
    throw new Error(`embedding has ${embedding.length} dimensions, expected ${EMBEDDING_DIMENSIONS}`)
  }
  let text = '['
  for (let index = 0; index < embedding.length; index++) {
    const value = Math.fround(embedding[index] as number)
    if (index > 0) text += ','
    text += value === 0 ? '0' : value.toPrecision(9)
  }
  return `${text}]`
}

/** Cosine distance (0 = same direction, 2 = opposite), served by the HNSW `vector_cosine_ops` indexes. */
export const cosineDistance = (
  column: Expression<unknown>,
  embedding: readonly number[],
): RawBuilder<number> => sql<number>`${column} <=> ${toVectorLiteral(embedding)}::vector`
