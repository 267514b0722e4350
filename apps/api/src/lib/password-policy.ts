import { PASSWORD_MIN_LENGTH } from '@shortlist/contracts'
import { dictionary } from '@zxcvbn-ts/language-common'
import { AppError } from './app-error'

// zxcvbn-ts' list of ~49,000 leaked passwords, ranked by frequency. Built once, on first use.
let common: Set<string> | null = null
const commonPasswords = (): Set<string> => {
  common ??= new Set(dictionary['passwords-common'])
  return common
}

/** Why a password is refused, or null when it passes. */
export function findPasswordWeakness(password: string, email: string): string | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`
  const lowered = password.toLowerCase()
  // "Password2024!" is "password" with the usual decorations: strip them before the list look-up.
  const core = lowered.replace(/^[\d\W_]+|[\d\W_]+$/g, '')
  if (commonPasswords().has(lowered) || (core.length >= 4 && commonPasswords().has(core)))
    return 'This password is on the list of commonly used passwords; choose another.'
  const localPart = email.split('@')[0]?.toLowerCase() ?? ''
  if (lowered === localPart || (localPart.length >= 3 && lowered.includes(localPart)))
    return 'The password must not contain your email address.'
  return null
}

export function assertStrongPassword(password: string, email: string): void {
  const weakness = findPasswordWeakness(password, email)
  if (weakness)
    throw new AppError('WEAK_PASSWORD', weakness, { details: [{ path: 'body.password', message: weakness }] })
}
