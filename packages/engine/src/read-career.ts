import { type Career, ZCareer } from '@shortlist/contracts'

export type { Career }

// The shape the API promises, read from stored JSON: profiles stored by parsers older than
// resume-parser-2026.11.5 have no headline.
const ZStoredCareer = ZCareer.extend({
  headline: ZCareer.shape.headline.optional().transform((value) => value ?? null),
})

/**
 * The work history a reviewer reads beside the evidence: the headline under the name and the dated entries, as
 * parsed. A stored profile is JSON written by whichever parser version ingested the resume, so it is read
 * defensively; a profile that is missing or of an unknown shape yields null rather than a guess.
 */
export function readCareer(profile: unknown): Career | null {
  const parsed = ZStoredCareer.safeParse(profile)
  if (!parsed.success) return null
  const { headline, totalYears, experiences } = parsed.data
  return {
    headline: headline && (headline.title || headline.employer) ? headline : null,
    totalYears,
    experiences: experiences.filter((entry) => entry.title !== null || entry.employer !== null),
  }
}
