import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestEngine } from '../../testing/src/index'
import type { DatabaseHandle } from './create-database'
import { EMBEDDING_DIMENSIONS, toVectorLiteral } from './vector'

/** A unit vector with values across many magnitudes, signs and zeros, from a fixed seed. */
function sampleVector(seed: number): number[] {
  let state = seed
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
  const values = Array.from({ length: EMBEDDING_DIMENSIONS }, (_, index) =>
    index % 7 === 0 ? 0 : (next() - 0.5) * 10 ** -Math.floor(next() * 9),
  )
  const norm = Math.hypot(...values)
  return values.map((value) => value / norm)
}

describe('toVectorLiteral', () => {
  it('writes float32 values that read back as the same numbers', () => {
    const vector = sampleVector(7)
    const parsed = toVectorLiteral(vector).slice(1, -1).split(',').map(Number)
    expect(parsed).toHaveLength(EMBEDDING_DIMENSIONS)
    parsed.forEach((value, index) => {
      expect(Math.fround(value)).toBe(Math.fround(vector[index] as number))
    })
  })

  it('refuses a vector of another width', () => {
    expect(() => toVectorLiteral([0.5, 0.5])).toThrow(/dimensions/)
  })
})

describe.each<TestEngine>(['pglite', 'postgres'])('vector literals on %s', (engine) => {
  let handle: DatabaseHandle
  beforeAll(async () => {
    handle = await createTestDatabase(engine)
  }, 60_000)
  afterAll(async () => {
    await handle?.close()
  })

  it('store the same vector as the full double text did', async () => {
    for (const seed of [1, 2, 3]) {
      const vector = sampleVector(seed)
      const full = `[${vector.join(',')}]`
      const result = await sql<{ same: boolean; stored: string }>`
        SELECT ${toVectorLiteral(vector)}::vector = ${full}::vector AS same,
               ${toVectorLiteral(vector)}::vector::text AS stored
      `.execute(handle.db)
      expect(result.rows[0]?.same).toBe(true)
      const stored = (result.rows[0]?.stored ?? '').slice(1, -1).split(',').map(Number)
      stored.forEach((value, index) => {
        expect(Math.fround(value)).toBe(Math.fround(vector[index] as number))
      })
    }
  })
})
