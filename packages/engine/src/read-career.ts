import { z } from 'zod'

export type CareerEntry = {
  title: string | null
  employer: string | null
  /** ISO year-month, or null for an undated entry. */
  startDate: string | null
  endDate: string | null
  current: boolean
}

export type Career = {
  headline: { title: string | null; employer: string | null } | null
  totalYears: number
  experiences: CareerEntry[]
}

const ZStoredCareer = z.object({
  // Profiles stored by parsers older than resume-parser-2026.11.5 have no headline.
  headline: z
    .object({ title: z.string().nullable(), employer: z.string().nullable() })
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  totalYears: z.number().nonnegative(),
  experiences: z.array(
    z.object({
      title: z.string().nullable(),
      employer: z.string().nullable(),
      startDate: z.string().nullable(),
      endDate: z.string().nullable(),
      current: z.boolean(),
    }),
  ),
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
    experiences: experiences
      .filter((entry) => entry.title !== null || entry.employer !== null)
      .map(({ title, employer, startDate, endDate, current }) => ({
        title,
        employer,
        startDate,
        endDate,
        current,
      })),
  }
}
