// Interview feedback per requirement, from submitted scorecards only. It is a separate signal from the screening
// score: nothing here reads or writes the score, and callers show the two side by side, never blended.

export const RECOMMENDATIONS = ['strong_no', 'no', 'yes', 'strong_yes'] as const
export type Recommendation = (typeof RECOMMENDATIONS)[number]

/** A submitted scorecard as the aggregation needs it: each rating already tied to the requirements it evidences. */
export type ScorecardForAggregation = {
  recommendation: Recommendation
  ratings: ReadonlyArray<{ level: number; requirementIds: readonly string[] }>
}

export type RequirementInterviewSignal = {
  requirementId: string
  /** Mean rubric level (1–4) over every rating tied to the requirement, two decimals; null when none was rated. */
  meanLevel: number | null
  /** How many ratings the mean is over. */
  ratings: number
  /** How many scorecards rated the requirement at least once. */
  scorecards: number
}

export type ScorecardAggregate = {
  /** Submitted scorecards counted. */
  scorecards: number
  recommendations: Record<Recommendation, number>
  /** One entry per requirement asked for, in the order given. */
  requirements: RequirementInterviewSignal[]
}

const isLevel = (level: number): boolean => Number.isInteger(level) && level >= 1 && level <= 4

/**
 * Per requirement, the mean level over the submitted ratings of questions tied to it, plus the tally of overall
 * recommendations. Ratings outside 1–4 and requirement ids not listed (removed since) are ignored.
 */
export function aggregateScorecards(
  scorecards: readonly ScorecardForAggregation[],
  requirementIds: readonly string[],
): ScorecardAggregate {
  const recommendations: Record<Recommendation, number> = { strong_no: 0, no: 0, yes: 0, strong_yes: 0 }
  const totals = new Map(requirementIds.map((id) => [id, { sum: 0, ratings: 0, scorecards: 0 }]))
  for (const scorecard of scorecards) {
    recommendations[scorecard.recommendation] += 1
    const touched = new Set<string>()
    for (const rating of scorecard.ratings) {
      if (!isLevel(rating.level)) continue
      // A question tied to the same requirement twice still counts once for it.
      for (const requirementId of new Set(rating.requirementIds)) {
        const total = totals.get(requirementId)
        if (!total) continue
        total.sum += rating.level
        total.ratings += 1
        touched.add(requirementId)
      }
    }
    for (const requirementId of touched) {
      const total = totals.get(requirementId)
      if (total) total.scorecards += 1
    }
  }
  return {
    scorecards: scorecards.length,
    recommendations,
    requirements: requirementIds.map((requirementId) => {
      const total = totals.get(requirementId) ?? { sum: 0, ratings: 0, scorecards: 0 }
      return {
        requirementId,
        meanLevel: total.ratings > 0 ? Math.round((total.sum / total.ratings) * 100) / 100 : null,
        ratings: total.ratings,
        scorecards: total.scorecards,
      }
    }),
  }
}
