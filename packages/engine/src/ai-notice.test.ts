import { describe, expect, it } from 'vitest'
import { AI_NOTICE, aiNoticeFor } from './ai-notice'
import {
  DEFAULT_MESSAGE_TEMPLATES,
  MESSAGE_LOCALES,
  renderCandidateMessage,
} from './render-candidate-message'

describe('the AI notice', () => {
  it('is in every default invite, in its language, and survives rendering', () => {
    for (const locale of MESSAGE_LOCALES) {
      for (const kind of ['prep_invite', 'interview_invitation'] as const) {
        const rendered = renderCandidateMessage(DEFAULT_MESSAGE_TEMPLATES[kind][locale], {
          candidateName: 'Ana',
          jobTitle: 'Data Engineer',
          link: 'https://shortlist.test/invite/abc',
          organizationName: 'Acme',
        })
        expect(rendered.body).toContain(AI_NOTICE[locale])
      }
      // A rejection is not an invitation to the process: no notice there.
      expect(DEFAULT_MESSAGE_TEMPLATES.rejection[locale].body).not.toContain(AI_NOTICE[locale])
    }
  })

  it('offers the alternative process in each language, and falls back to English', () => {
    expect(AI_NOTICE.en).toMatch(/alternative selection process/)
    expect(AI_NOTICE.pt).toMatch(/processo seletivo alternativo/)
    expect(AI_NOTICE.es).toMatch(/proceso de selección alternativo/)
    expect(aiNoticeFor('pt')).toBe(AI_NOTICE.pt)
    expect(aiNoticeFor('de')).toBe(AI_NOTICE.en)
  })
})
