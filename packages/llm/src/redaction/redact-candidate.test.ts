import { describe, expect, it } from 'vitest'
import { redactCandidate } from './redact-candidate'

const candidate = { name: 'Ana Paula da Silva', email: 'ana.silva@mail.test', phone: '+55 (11) 98765-4321' }
const resume = [
  'Ana Paula da Silva',
  'ana.silva@mail.test · +55 (11) 98765-4321 · https://www.linkedin.com/in/ana-silva-42 · github.com/anasilva',
  'Av. Paulista, 1578 - São Paulo',
  'Senior ML Engineer at Acme (2019-2024). Silva led the platform migration; Ana mentored three engineers.',
  'Other contact: 742 Evergreen Terrace Road, backup mail ana.p@other.test, office 0800 123 4567',
].join('\n')

describe('redactCandidate', () => {
  const redaction = redactCandidate(resume, candidate)

  it('replaces name, its parts, e-mails, phones, addresses and profile URLs with placeholders', () => {
    for (const secret of [
      'Ana',
      'Paula',
      'Silva',
      'ana.silva@mail.test',
      'ana.p@other.test',
      '98765-4321',
      'Paulista',
      'Evergreen',
      'linkedin.com/in/ana-silva-42',
      'github.com/anasilva',
    ]) {
      expect(redaction.text).not.toContain(secret)
    }
    expect(redaction.text).toContain('[CANDIDATE_NAME]')
    expect(redaction.text).toContain('[EMAIL_1]')
    expect(redaction.text).toContain('[EMAIL_2]')
    expect(redaction.text).toContain('[PHONE_1]')
    expect(redaction.text).toContain('[ADDRESS_1]')
    expect(redaction.text).toContain('[PROFILE_URL_1]')
  })

  it('keeps ordinary text, years and name particles', () => {
    expect(redaction.text).toContain('Senior ML Engineer at Acme (2019-2024)')
    expect(redaction.text).toContain('mentored three engineers')
    expect(redaction.text).toContain('São Paulo')
  })

  it('restores every placeholder to its original', () => {
    expect(redaction.restore(redaction.text)).toBe(resume)
    expect(redaction.restore('Ask [CANDIDATE_NAME_PART_1] about [EMAIL_1].')).toMatch(
      /^Ask (Ana|Paula|Silva) about ana\.silva@mail\.test\.$/,
    )
    expect(redaction.restore('no placeholders')).toBe('no placeholders')
  })

  it('copes with a candidate without known details', () => {
    const plain = redactCandidate('Wrote Python for 5 years.', { name: null, email: null, phone: null })
    expect(plain.text).toBe('Wrote Python for 5 years.')
    expect(plain.replacements.size).toBe(0)
  })
})
