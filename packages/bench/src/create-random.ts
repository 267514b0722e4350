/** A seeded pseudo-random generator (mulberry32): the same seed gives the same data on every run and machine. */
export type Random = {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [min, max]. */
  integer(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  /** `count` distinct items, in a random order. */
  sample<T>(items: readonly T[], count: number): T[]
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
  const integer = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    integer,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('cannot pick from an empty list')
      return items[integer(0, items.length - 1)] as T
    },
    sample<T>(items: readonly T[], count: number): T[] {
      const copy = [...items]
      const size = Math.min(count, copy.length)
      for (let index = 0; index < size; index++) {
        const swap = integer(index, copy.length - 1)
        ;[copy[index], copy[swap]] = [copy[swap] as T, copy[index] as T]
      }
      return copy.slice(0, size)
    },
  }
}
