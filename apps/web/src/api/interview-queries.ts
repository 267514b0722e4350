import {
  type ScorecardList,
  ZInterviewDetail,
  ZInterviewerList,
  ZInterviewPlan,
  ZInterviewSummaryList,
  ZJobInterviewFeedback,
  ZScorecardList,
} from '@shortlist/contracts'
import { useQuery } from '@tanstack/react-query'
import { ApiError, apiRequest } from './client'

/** Query keys of the interview loop; scorecard mutations invalidate `interviewKeys.all`. */
export const interviewKeys = {
  all: ['interviews'] as const,
  mine: ['interviews', 'mine'] as const,
  interview: (interviewId: string) => ['interviews', 'one', interviewId] as const,
  plan: (jobId: string) => ['interviews', 'plan', jobId] as const,
  scorecards: (applicationId: string) => ['interviews', 'scorecards', applicationId] as const,
  jobFeedback: (jobId: string) => ['interviews', 'feedback', jobId] as const,
  interviewers: ['interviews', 'interviewers'] as const,
}

export function useMyInterviews() {
  return useQuery({
    queryKey: interviewKeys.mine,
    queryFn: ({ signal }) => apiRequest('/v1/me/interviews', ZInterviewSummaryList, { signal }),
  })
}

export function useInterview(interviewId: string) {
  return useQuery({
    queryKey: interviewKeys.interview(interviewId),
    queryFn: ({ signal }) =>
      apiRequest(`/v1/interviews/${encodeURIComponent(interviewId)}`, ZInterviewDetail, { signal }),
  })
}

export function useInterviewPlan(jobId: string) {
  return useQuery({
    queryKey: interviewKeys.plan(jobId),
    queryFn: ({ signal }) =>
      apiRequest(`/v1/jobs/${encodeURIComponent(jobId)}/interview-plan`, ZInterviewPlan, { signal }),
    enabled: jobId !== '',
  })
}

export function useInterviewers(enabled: boolean) {
  return useQuery({
    queryKey: interviewKeys.interviewers,
    queryFn: ({ signal }) => apiRequest('/v1/interviewers', ZInterviewerList, { signal }),
    enabled,
    staleTime: 60_000,
  })
}

/** Scorecards, or `hidden` while the caller still owes their own scorecard for this candidate (403 SCORECARDS_HIDDEN). */
export function useScorecards(applicationId: string) {
  return useQuery({
    queryKey: interviewKeys.scorecards(applicationId),
    queryFn: async ({ signal }): Promise<{ hidden: true } | ({ hidden: false } & ScorecardList)> => {
      try {
        const list = await apiRequest(
          `/v1/applications/${encodeURIComponent(applicationId)}/scorecards`,
          ZScorecardList,
          { signal },
        )
        return { hidden: false, ...list }
      } catch (error) {
        if (error instanceof ApiError && error.code === 'SCORECARDS_HIDDEN') return { hidden: true }
        throw error
      }
    },
  })
}

export function useJobInterviewFeedback(jobId: string) {
  return useQuery({
    queryKey: interviewKeys.jobFeedback(jobId),
    queryFn: ({ signal }) =>
      apiRequest(`/v1/jobs/${encodeURIComponent(jobId)}/interview-feedback`, ZJobInterviewFeedback, {
        signal,
      }),
    enabled: jobId !== '',
  })
}
