import {
  type InterviewKit,
  ZApplication,
  ZApplicationList,
  ZApplicationStage,
  ZCandidate,
  ZCandidateMessages,
  ZCandidateSearchResult,
  ZInterviewKit,
  ZJob,
  ZJobList,
  ZMe,
  ZMessageTemplates,
  ZOutbox,
  ZPipeline,
  ZPoolMatches,
  ZPrep,
  ZShortlist,
  ZSkillList,
  ZUsage,
  ZUserList,
} from '@shortlist/contracts'
import { type Query, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { ApiError, apiRequest } from './client'
import { useToken } from './session'

const POLL_MS = 1500

/** Shortlist filters as the page holds them; serialised to the API's query string by shortlistSearch. */
export type ShortlistFilters = {
  limit?: number
  meetsAllRequired?: boolean
  minScore?: number
  skill?: string
  stage?: string
}

/** Stable query keys, so mutations can invalidate exactly what they change. */
export const queryKeys = {
  me: (token: string | null) => ['me', token] as const,
  users: ['users'] as const,
  jobs: ['jobs'] as const,
  job: (jobId: string) => ['job', jobId] as const,
  applications: (jobId: string) => ['job', jobId, 'applications'] as const,
  shortlist: (jobId: string, query: ShortlistFilters) => ['job', jobId, 'shortlist', query] as const,
  shortlistPages: (jobId: string, query: ShortlistFilters) =>
    ['job', jobId, 'shortlist', 'pages', query] as const,
  application: (applicationId: string) => ['application', applicationId] as const,
  applicationKit: (applicationId: string) => ['application', applicationId, 'kit'] as const,
  jobKit: (jobId: string) => ['job', jobId, 'kit'] as const,
  skills: (q: string) => ['skills', q] as const,
  skillSearch: (q: string) => ['skills', 'search', q] as const,
  poolMatches: (jobId: string, limit: number) => ['job', jobId, 'pool', limit] as const,
  candidateSearch: (q: string) => ['candidates', 'search', q] as const,
  candidate: (candidateId: string) => ['candidates', candidateId] as const,
  prep: (token: string | null) => ['prep', token] as const,
  usage: ['usage'] as const,
  pipeline: (jobId: string) => ['job', jobId, 'pipeline'] as const,
  applicationStage: (applicationId: string) => ['application', applicationId, 'stage'] as const,
  applicationMessages: (applicationId: string) => ['application', applicationId, 'messages'] as const,
  outbox: ['outbox'] as const,
  messageTemplates: ['message-templates'] as const,
}

/** The signed-in staff member, or null when there is no staff token. */
export function useMe() {
  const token = useToken('staff')
  return useQuery({
    queryKey: queryKeys.me(token),
    queryFn: ({ signal }) => apiRequest('/v1/me', ZMe, { signal }),
    enabled: token !== null,
    staleTime: 60_000,
    retry: false,
  })
}

export function useUsers() {
  return useQuery({
    queryKey: queryKeys.users,
    queryFn: ({ signal }) => apiRequest('/v1/users', ZUserList, { signal }),
  })
}

export function useJobs() {
  return useQuery({
    queryKey: queryKeys.jobs,
    queryFn: ({ signal }) => apiRequest('/v1/jobs', ZJobList, { signal }),
    refetchInterval: (query) =>
      query.state.data?.items.some(
        (job) => job.status === 'analyzing' || job.counts.queued > 0 || job.counts.processing > 0,
      )
        ? POLL_MS * 2
        : false,
  })
}

export function useJob(jobId: string) {
  return useQuery({
    queryKey: queryKeys.job(jobId),
    queryFn: ({ signal }) => apiRequest(`/v1/jobs/${encodeURIComponent(jobId)}`, ZJob, { signal }),
    refetchInterval: (query) => (query.state.data?.status === 'analyzing' ? POLL_MS : false),
  })
}

export function useApplications(jobId: string, forcePolling = false) {
  return useQuery({
    queryKey: queryKeys.applications(jobId),
    queryFn: ({ signal }) =>
      apiRequest(`/v1/jobs/${encodeURIComponent(jobId)}/applications`, ZApplicationList, { signal }),
    refetchInterval: (query) => {
      const busy = query.state.data?.items.some(
        (item) => item.status === 'queued' || item.status === 'processing',
      )
      return busy || forcePolling ? POLL_MS : false
    },
  })
}

/** Serialises shortlist filters (and a page's cursor) as the API's query string (only the set ones). */
export function shortlistSearch(query: ShortlistFilters & { cursor?: string | null }): string {
  const params = new URLSearchParams()
  if (query.limit !== undefined) params.set('limit', String(query.limit))
  if (query.cursor) params.set('cursor', query.cursor)
  if (query.meetsAllRequired !== undefined) params.set('meetsAllRequired', String(query.meetsAllRequired))
  if (query.minScore !== undefined) params.set('minScore', String(query.minScore))
  if (query.skill) params.set('skill', query.skill)
  if (query.stage) params.set('stage', query.stage)
  const text = params.toString()
  return text ? `?${text}` : ''
}

export function useShortlist(jobId: string, query: ShortlistFilters) {
  return useQuery({
    queryKey: queryKeys.shortlist(jobId, query),
    queryFn: ({ signal }) =>
      apiRequest(`/v1/jobs/${encodeURIComponent(jobId)}/shortlist${shortlistSearch(query)}`, ZShortlist, {
        signal,
      }),
    placeholderData: (previous) => previous,
  })
}

/**
 * The shortlist a page at a time: the first page alone comes first, the next ones when asked for (keyset cursor).
 * The browser revalidates each page with its ETag, so refetching unchanged pages costs a 304.
 */
export function useShortlistPages(jobId: string, query: ShortlistFilters) {
  return useInfiniteQuery({
    queryKey: queryKeys.shortlistPages(jobId, query),
    queryFn: ({ signal, pageParam }) =>
      apiRequest(
        `/v1/jobs/${encodeURIComponent(jobId)}/shortlist${shortlistSearch({ ...query, cursor: pageParam })}`,
        ZShortlist,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: (previous) => previous,
  })
}

export function useCandidate(candidateId: string | null) {
  return useQuery({
    queryKey: queryKeys.candidate(candidateId ?? ''),
    queryFn: ({ signal }) =>
      apiRequest(`/v1/candidates/${encodeURIComponent(candidateId ?? '')}`, ZCandidate, { signal }),
    enabled: candidateId !== null,
  })
}

export function useApplication(applicationId: string) {
  return useQuery({
    queryKey: queryKeys.application(applicationId),
    queryFn: ({ signal }) =>
      apiRequest(`/v1/applications/${encodeURIComponent(applicationId)}`, ZApplication, { signal }),
    refetchInterval: (query) => {
      const status = query.state.data?.status
      return status === 'queued' || status === 'processing' ? POLL_MS : false
    },
  })
}

function kitPollInterval(query: Query<InterviewKit | null, Error, InterviewKit | null, readonly unknown[]>) {
  return query.state.data?.status === 'pending' ? POLL_MS : false
}

/** A kit that was never generated reads as null, not as an error. */
async function fetchKit(path: string, signal: AbortSignal): Promise<InterviewKit | null> {
  try {
    return await apiRequest(path, ZInterviewKit, { signal })
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}

export function useApplicationKit(applicationId: string) {
  return useQuery({
    queryKey: queryKeys.applicationKit(applicationId),
    queryFn: ({ signal }) =>
      fetchKit(`/v1/applications/${encodeURIComponent(applicationId)}/interview-kit`, signal),
    refetchInterval: kitPollInterval,
  })
}

export function useJobKit(jobId: string) {
  return useQuery({
    queryKey: queryKeys.jobKit(jobId),
    queryFn: ({ signal }) => fetchKit(`/v1/jobs/${encodeURIComponent(jobId)}/interview-kit`, signal),
    refetchInterval: kitPollInterval,
  })
}

export function useSkills(q: string) {
  return useQuery({
    queryKey: queryKeys.skills(q),
    queryFn: ({ signal }) =>
      apiRequest(`/v1/skills?q=${encodeURIComponent(q)}&limit=8`, ZSkillList, { signal }),
    enabled: q.trim().length > 0,
    staleTime: 5 * 60_000,
    placeholderData: (previous) => previous,
  })
}

/** The taxonomy as the skills page browses it: every skill when the query is empty. */
export function useSkillSearch(q: string) {
  return useQuery({
    queryKey: queryKeys.skillSearch(q),
    queryFn: ({ signal }) =>
      apiRequest(`/v1/skills?q=${encodeURIComponent(q)}&limit=50`, ZSkillList, { signal }),
    placeholderData: (previous) => previous,
  })
}

/** The organisation's whole resume pool ranked for one job; only asked for once the job is ready. */
export function usePoolMatches(jobId: string, limit: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.poolMatches(jobId, limit),
    queryFn: ({ signal }) =>
      apiRequest(`/v1/jobs/${encodeURIComponent(jobId)}/matches?limit=${limit}`, ZPoolMatches, { signal }),
    enabled,
    placeholderData: (previous) => previous,
  })
}

/** Semantic search over the organisation's resumes; idle until there is something to search for. */
export function useCandidateSearch(q: string) {
  return useQuery({
    queryKey: queryKeys.candidateSearch(q),
    queryFn: ({ signal }) =>
      apiRequest(`/v1/candidates/search?q=${encodeURIComponent(q)}&limit=20`, ZCandidateSearchResult, {
        signal,
      }),
    enabled: q.length > 0,
  })
}

export function usePrep() {
  const token = useToken('candidate')
  return useQuery({
    queryKey: queryKeys.prep(token),
    queryFn: ({ signal }) => apiRequest('/v1/me/prep', ZPrep, { signal, token: 'candidate' }),
    enabled: token !== null,
    retry: false,
  })
}

export function useUsage() {
  return useQuery({
    queryKey: queryKeys.usage,
    queryFn: ({ signal }) => apiRequest('/v1/usage', ZUsage, { signal }),
  })
}

export function usePipeline(jobId: string) {
  return useQuery({
    queryKey: queryKeys.pipeline(jobId),
    queryFn: ({ signal }) =>
      apiRequest(`/v1/jobs/${encodeURIComponent(jobId)}/pipeline`, ZPipeline, { signal }),
    enabled: jobId !== '',
  })
}

export function useApplicationStage(applicationId: string) {
  return useQuery({
    queryKey: queryKeys.applicationStage(applicationId),
    queryFn: ({ signal }) =>
      apiRequest(`/v1/applications/${encodeURIComponent(applicationId)}/stage`, ZApplicationStage, {
        signal,
      }),
  })
}

export function useApplicationMessages(applicationId: string) {
  return useQuery({
    queryKey: queryKeys.applicationMessages(applicationId),
    queryFn: ({ signal }) =>
      apiRequest(`/v1/applications/${encodeURIComponent(applicationId)}/messages`, ZCandidateMessages, {
        signal,
      }),
    // Delivery happens in the background: follow queued messages until they are sent or fail.
    refetchInterval: (query) =>
      query.state.data?.items.some((message) => message.status === 'queued') ? POLL_MS : false,
  })
}

export function useOutbox() {
  return useQuery({
    queryKey: queryKeys.outbox,
    queryFn: ({ signal }) => apiRequest('/v1/outbox', ZOutbox, { signal }),
  })
}

export function useMessageTemplates() {
  return useQuery({
    queryKey: queryKeys.messageTemplates,
    queryFn: ({ signal }) => apiRequest('/v1/message-templates', ZMessageTemplates, { signal }),
  })
}
