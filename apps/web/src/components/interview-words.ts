import type { InterviewStatus, Recommendation } from '@shortlist/contracts'

export const RECOMMENDATION_WORDS: Record<Recommendation, string> = {
  strong_no: 'Strong no',
  no: 'No',
  yes: 'Yes',
  strong_yes: 'Strong yes',
}
export const RECOMMENDATION_ORDER: Recommendation[] = ['strong_no', 'no', 'yes', 'strong_yes']

export const INTERVIEW_STATUS_WORDS: Record<InterviewStatus, string> = {
  assigned: 'Not started',
  draft: 'Draft saved',
  submitted: 'Submitted',
}

/** "Strong yes 1 · No 1", or an em dash when nobody has submitted. */
export function formatTally(recommendations: Record<Recommendation, number>): string {
  const parts = RECOMMENDATION_ORDER.filter((key) => recommendations[key] > 0).map(
    (key) => `${RECOMMENDATION_WORDS[key]} ${recommendations[key]}`,
  )
  return parts.length > 0 ? parts.join(' · ') : '—'
}

/** A mean rubric level as "3.5 / 4", or an em dash when the requirement was not rated. */
export const formatLevel = (meanLevel: number | null): string =>
  meanLevel === null ? '—' : `${meanLevel.toFixed(1)} / 4`
