import { aggregateScorecards } from '@shortlist/core'
import type { InterviewRecord, JobRequirementRecord } from '@shortlist/db'

export function presentInterviewSummary(interview: InterviewRecord) {
  return {
    id: interview.id,
    applicationId: interview.applicationId,
    job: { id: interview.jobId, title: interview.jobTitle },
    candidateName: interview.candidateName,
    interview: { id: interview.planItemId, name: interview.planItemName },
    interviewer: interview.interviewer,
    status: interview.status,
    submittedAt: interview.submittedAt?.toISOString() ?? null,
  }
}

export function presentScorecard(interview: InterviewRecord) {
  return {
    ...presentInterviewSummary(interview),
    ratings: interview.ratings,
    recommendation: interview.recommendation,
  }
}

/** Per-requirement interview feedback over the submitted scorecards given; drafts are never counted. */
export function presentAggregate(
  interviews: readonly InterviewRecord[],
  requirements: JobRequirementRecord[],
) {
  const submitted = interviews.flatMap((interview) =>
    interview.status === 'submitted' && interview.recommendation
      ? [{ recommendation: interview.recommendation, ratings: interview.ratings }]
      : [],
  )
  const aggregate = aggregateScorecards(
    submitted,
    requirements.map((requirement) => requirement.id),
  )
  const byId = new Map(requirements.map((requirement) => [requirement.id, requirement]))
  return {
    scorecards: aggregate.scorecards,
    recommendations: aggregate.recommendations,
    requirements: aggregate.requirements.flatMap((signal) => {
      const requirement = byId.get(signal.requirementId)
      return requirement ? [{ ...signal, label: requirement.label, kind: requirement.kind }] : []
    }),
  }
}

/** Groups submitted interviews by application, keeping the first-seen order. */
export function groupByApplication(interviews: readonly InterviewRecord[]): Map<string, InterviewRecord[]> {
  const groups = new Map<string, InterviewRecord[]>()
  for (const interview of interviews) {
    const group = groups.get(interview.applicationId)
    if (group) group.push(interview)
    else groups.set(interview.applicationId, [interview])
  }
  return groups
}
