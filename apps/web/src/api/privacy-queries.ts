import { ZAuditLog, ZRetention } from '@shortlist/contracts'
import { useQuery } from '@tanstack/react-query'
import { apiRequest } from './client'

/** The audit log's filters as the page holds them (see `ZAuditLogFilters` for what the API accepts). */
export type AuditLogFilters = {
  action?: string | undefined
  actorId?: string | undefined
  from?: string | undefined
  to?: string | undefined
  limit: number
  offset: number
}

/** Query keys of the privacy pages; changing the retention period invalidates `privacyKeys.retention`. */
export const privacyKeys = {
  auditLog: (query: AuditLogFilters) => ['privacy', 'audit-log', query] as const,
  retention: ['privacy', 'retention'] as const,
}

/** Serialises the audit log filters for the API, leaving out the empty ones. */
export function auditLogSearch(query: AuditLogFilters): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, String(value))
  return params.toString()
}

export function useAuditLog(query: AuditLogFilters) {
  return useQuery({
    queryKey: privacyKeys.auditLog(query),
    queryFn: ({ signal }) => apiRequest(`/v1/audit-log?${auditLogSearch(query)}`, ZAuditLog, { signal }),
    placeholderData: (previous) => previous,
  })
}

export function useRetention() {
  return useQuery({
    queryKey: privacyKeys.retention,
    queryFn: ({ signal }) => apiRequest('/v1/retention?withinDays=30', ZRetention, { signal }),
  })
}
