import { describe, expect, it } from 'vitest'
import {
  DEFAULT_MESSAGE_TEMPLATES,
  MESSAGE_KINDS,
  MESSAGE_LOCALES,
  pickMessageTemplate,
  renderCandidateMessage,
} from './render-candidate-message'

const values = {
  candidateName: 'Ana Souza',
  jobTitle: 'Data Engineer',
  link: 'https://example.test/invite/abc',
  organizationName: 'Acme',
}

describe('renderCandidateMessage', () => {
  it('fills every placeholder of every default template in every language', () => {
    for (const kind of MESSAGE_KINDS) {
      for (const locale of MESSAGE_LOCALES) {
        const rendered = renderCandidateMessage(DEFAULT_MESSAGE_TEMPLATES[kind][locale], values)
        expect(rendered.subject).not.toMatch(/\{\w+\}/)
        expect(rendered.body).not.toMatch(/\{\w+\}/)
        expect(rendered.body).toContain('Ana Souza')
        expect(rendered.subject).toContain('Data Engineer')
        if (kind === 'rejection') expect(rendered.body).not.toContain(values.link)
        else expect(rendered.body).toContain(values.link)
      }
    }
  })

  it('keeps unknown placeholders visible and line breaks out of values', () => {
    const rendered = renderCandidateMessage(
      { subject: 'Hi {candidateName} {typo}', body: '{link}' },
      { ...values, candidateName: 'Eve\r\nBcc: someone@example.test' },
    )
    expect(rendered.subject).toBe('Hi Eve Bcc: someone@example.test {typo}')
    expect(rendered.body).toBe(values.link)
  })

  it("prefers the organisation's own template over the default", () => {
    const own = [
      { kind: 'rejection' as const, locale: 'pt' as const, subject: 'S', body: 'B', updatedAt: new Date() },
    ]
    expect(pickMessageTemplate(own, 'rejection', 'pt')).toEqual({ subject: 'S', body: 'B', custom: true })
    expect(pickMessageTemplate(own, 'rejection', 'en').custom).toBe(false)
  })
})
