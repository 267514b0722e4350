/** An organisation's blind review setting, or a job's (which overrides it field by field). */
export type BlindReviewPolicy = { enabled: boolean; untilStage: string }

/**
 * True when reviewers must not see who the candidate is: blind review is on and the application has not reached
 * the chosen stage of its job's pipeline. A rejected application stays blind (it sits last in every pipeline but
 * was never advanced), and so does every stage of a pipeline that lacks the chosen stage: the safe reading.
 */
export function isBlindReview(
  policy: BlindReviewPolicy,
  pipeline: readonly string[],
  stage: string,
): boolean {
  if (!policy.enabled) return false
  if (stage === 'rejected') return true
  const until = pipeline.indexOf(policy.untilStage)
  const at = pipeline.indexOf(stage)
  if (until === -1 || at === -1) return true
  return at < until
}

/** The job's own setting where it has one, else the organisation's. */
export function resolveBlindReviewPolicy(
  organization: BlindReviewPolicy,
  job: { enabled: boolean | null; untilStage: string | null },
): BlindReviewPolicy {
  return {
    enabled: job.enabled ?? organization.enabled,
    untilStage: job.untilStage ?? organization.untilStage,
  }
}

/** "Candidate 7F3A": a stable label for an application under blind review, from its id (which says nothing). */
export function blindCandidateLabel(applicationId: string): string {
  return `Candidate ${applicationId
    .replace(/[^0-9a-f]/gi, '')
    .slice(0, 4)
    .toUpperCase()}`
}
