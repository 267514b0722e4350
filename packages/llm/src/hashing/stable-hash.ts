import { createHash } from 'node:crypto'

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** 32-bit FNV-1a over the UTF-16 code units of `text`; stable across runs and platforms. */
export function fnv1a32(text: string, seed = FNV_OFFSET): number {
  let hash = seed >>> 0
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, FNV_PRIME) >>> 0
  }
  return hash >>> 0
}

/** Hex sha256 of a UTF-8 string. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** Stable question id: the same type and text always give the same id. */
export function questionId(type: string, text: string): string {
  return `q_${sha256Hex(`${type}\u0000${text.trim()}`).slice(0, 16)}`
}
