/**
 * The requirements a rating on a question is evidence for: the question's own requirement ids (technical questions
 * name what they probe), or, for a question tied to none (most behavioral ones), the requirements the plan's
 * interview says it covers. Ids outside the job's current requirements are dropped.
 */
export function tieQuestionToRequirements(
  questionRequirementIds: readonly string[],
  interviewRequirementIds: readonly string[],
  jobRequirementIds: readonly string[],
): string[] {
  const known = new Set(jobRequirementIds)
  const own = [...new Set(questionRequirementIds)].filter((id) => known.has(id))
  if (own.length > 0) return own
  return [...new Set(interviewRequirementIds)].filter((id) => known.has(id))
}
