import { describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, DEMO_USERS } from '../seed/seed-demo'
import { findPasswordWeakness } from './password-policy'

describe('findPasswordWeakness', () => {
  it('refuses short passwords, common ones (also decorated) and ones built on the email', () => {
    const email = 'maria.silva@example.com'
    expect(findPasswordWeakness('Tr0ub4dor', email)).toMatch(/at least 10/)
    for (const common of ['password123', '1234567890', 'qwertyuiop', 'Password2024!', 'iloveyou!!'])
      expect(findPasswordWeakness(common, email), common).toMatch(/commonly used/)
    expect(findPasswordWeakness('maria.silva', 'maria.silva@example.com')).not.toBeNull()
    expect(findPasswordWeakness('maria.silva1984', email)).toMatch(/email/)
  })

  it('accepts long, uncommon passphrases, including the documented demo password', () => {
    expect(findPasswordWeakness('correct horse battery staple', 'admin@example.com')).toBeNull()
    expect(findPasswordWeakness('ñandú-cielo-azul-42', 'a@example.com')).toBeNull()
    for (const user of DEMO_USERS) expect(findPasswordWeakness(DEMO_PASSWORD, user.email)).toBeNull()
  })
})
