import {
  type SelectionBasis,
  ZBlindReview,
  ZFairnessReport,
  ZJobBlindReview,
  ZSelfIdentification,
} from '@shortlist/contracts'
import { useQuery } from '@tanstack/react-query'
import { apiRequest } from './client'
import { useToken } from './session'

/** Query keys of the fairness features (blind review, report, self-identification). */
export const fairnessKeys = {
  blindReview: ['fairness', 'blind-review'] as const,
  jobBlindReview: (jobId: string) => ['job', jobId, 'blind-review'] as const,
  report: (jobId: string | null, basis: SelectionBasis) => ['fairness', 'report', jobId, basis] as const,
  selfIdentification: (token: string | null) => ['me', 'self-identification', token] as const,
}

export function useBlindReview() {
  return useQuery({
    queryKey: fairnessKeys.blindReview,
    queryFn: ({ signal }) => apiRequest('/v1/fairness/blind-review', ZBlindReview, { signal }),
  })
}

export function useJobBlindReview(jobId: string) {
  return useQuery({
    queryKey: fairnessKeys.jobBlindReview(jobId),
    queryFn: ({ signal }) =>
      apiRequest(`/v1/jobs/${encodeURIComponent(jobId)}/blind-review`, ZJobBlindReview, { signal }),
    enabled: jobId !== '',
  })
}

/** The path of a report (job or organisation), without the format suffix. */
export function fairnessReportPath(jobId: string | null): string {
  return jobId ? `/v1/jobs/${encodeURIComponent(jobId)}/fairness-report` : '/v1/fairness/report'
}

export function useFairnessReport(jobId: string | null, basis: SelectionBasis) {
  return useQuery({
    queryKey: fairnessKeys.report(jobId, basis),
    queryFn: ({ signal }) =>
      apiRequest(`${fairnessReportPath(jobId)}?basis=${basis}`, ZFairnessReport, { signal }),
  })
}

export function useSelfIdentification() {
  const token = useToken('candidate')
  return useQuery({
    queryKey: fairnessKeys.selfIdentification(token),
    queryFn: ({ signal }) =>
      apiRequest('/v1/me/self-identification', ZSelfIdentification, { signal, token: 'candidate' }),
    enabled: token !== null,
    retry: false,
  })
}
