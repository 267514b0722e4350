import { createHash, randomBytes } from 'node:crypto'

/** A URL-safe secret with 256 bits of entropy. Only its hash is stored. */
export const createSecretToken = (): string => randomBytes(32).toString('base64url')

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')
