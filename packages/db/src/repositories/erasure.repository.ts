import { sql } from 'kysely'
import type { Db } from '../create-database'
import { lastActivitySql } from './retention.repository'

/** How many rows an erasure removed, per kind: what the audit entry keeps instead of the data. */
export type ErasureCounts = {
  candidates: number
  applications: number
  documents: number
  resumeChunks: number
  evaluations: number
  interviewKits: number
  cacheEntries: number
  messages: number
  stageEvents: number
  interviews: number
  notes: number
  decisions: number
  invites: number
  auditEntriesRedacted: number
}

export type ErasedRecords = {
  counts: ErasureCounts
  /**
   * Ids of what was erased (applications, documents, messages, candidates). Opaque once their rows are gone; the
   * caller uses them to remove queue jobs that name them.
   */
  subjectIds: string[]
}

/**
 * Audit data keys that never hold personal data (stage names, decision kinds, counts, staff ids). Everything else
 * (free-text reasons, file names, document hashes) is dropped from the audit entries about an erased candidate; an
 * allow-list, so a key added later is dropped until someone decides it is safe.
 */
export const AUDIT_KEYS_KEPT_AFTER_ERASURE = [
  'from',
  'to',
  'decision',
  'kind',
  'status',
  'fields',
  'recommendation',
  'interviewId',
  'interviewerIds',
  'revoked',
  'count',
  'role',
] as const

/**
 * Erases a candidate's data in one transaction (the caller's `trx`): their applications and every row hanging off
 * them (evaluations, kits and the cached model answers behind them, messages, stage history, interviews and
 * scorecards, notes, decisions, invites), the documents those applications were made with (bytes, text, profile,
 * vectors, chunks), and the candidate rows. A document is personal data of whoever sent it, so applications made
 * with the same document are erased with it, and so is another candidate row left with no application (the same
 * person, parsed without an email). Audit entries about them stay, stripped to non-personal keys. Returns null
 * when the organisation has no such candidate (or, with `inactiveSince`, when they were active since).
 */
export async function eraseCandidateRecords(
  trx: Db,
  organizationId: string,
  candidateId: string,
  options: {
    /** Erase only if nothing happened to the candidate since (the retention sweep: activity may be newer than its list). */
    inactiveSince?: Date
  } = {},
): Promise<ErasedRecords | null> {
  const candidate = await trx
    .selectFrom('candidates')
    .select(['id', lastActivitySql.as('last_activity_at')])
    .where('organization_id', '=', organizationId)
    .where('id', '=', candidateId)
    .forUpdate()
    .executeTakeFirst()
  if (!candidate) return null
  if (options.inactiveSince && new Date(candidate.last_activity_at) > options.inactiveSince) return null

  const documentIds = (
    await trx
      .selectFrom('applications')
      .select('document_id')
      .distinct()
      .where('organization_id', '=', organizationId)
      .where('candidate_id', '=', candidateId)
      .execute()
  ).map((row) => row.document_id)
  const applications = await trx
    .selectFrom('applications')
    .select(['id', 'candidate_id'])
    .where('organization_id', '=', organizationId)
    .where((eb) =>
      documentIds.length > 0
        ? eb.or([eb('candidate_id', '=', candidateId), eb('document_id', 'in', documentIds)])
        : eb('candidate_id', '=', candidateId),
    )
    .forUpdate()
    .execute()
  const applicationIds = applications.map((row) => row.id)
  const otherCandidateIds = [
    ...new Set(
      applications
        .map((row) => row.candidate_id)
        .filter((id): id is string => id !== null && id !== candidateId),
    ),
  ]
  const messageIds =
    applicationIds.length > 0
      ? (
          await trx
            .selectFrom('candidate_messages')
            .select('id')
            .where('organization_id', '=', organizationId)
            .where('application_id', 'in', applicationIds)
            .execute()
        ).map((row) => row.id)
      : []

  const counts: ErasureCounts = {
    candidates: 0,
    applications: 0,
    documents: 0,
    resumeChunks: 0,
    evaluations: 0,
    interviewKits: 0,
    cacheEntries: 0,
    messages: 0,
    stageEvents: 0,
    interviews: 0,
    notes: 0,
    decisions: 0,
    invites: 0,
    auditEntriesRedacted: 0,
  }
  const deleted = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows)

  if (applicationIds.length > 0) {
    // Cached answers: by the application they were written for, and (entries written before the cache named its
    // application) by being the very kit stored for one of these applications.
    counts.cacheEntries = deleted(
      await trx
        .deleteFrom('llm_cache')
        .where((eb) =>
          eb.or([
            eb('application_id', 'in', applicationIds),
            eb.and([
              eb('application_id', 'is', null),
              sql<boolean>`llm_cache.value -> 'questions' in (
                select interview_kits.questions from interview_kits
                where interview_kits.organization_id = ${organizationId}
                  and interview_kits.application_id in (${sql.join(applicationIds)})
              )`,
            ]),
          ]),
        )
        .executeTakeFirst(),
    )
    // Every table below also cascades from applications; deleting explicitly gives the counts for the audit entry.
    const byApplication = async (
      table:
        | 'candidate_messages'
        | 'invites'
        | 'interviews'
        | 'application_stage_events'
        | 'notes'
        | 'decisions'
        | 'interview_kits'
        | 'evaluations',
    ) =>
      deleted(
        await trx
          .deleteFrom(table)
          .where('organization_id', '=', organizationId)
          .where('application_id', 'in', applicationIds)
          .executeTakeFirst(),
      )
    counts.messages = await byApplication('candidate_messages')
    counts.invites = await byApplication('invites')
    counts.interviews = await byApplication('interviews')
    counts.stageEvents = await byApplication('application_stage_events')
    counts.notes = await byApplication('notes')
    counts.decisions = await byApplication('decisions')
    counts.interviewKits = await byApplication('interview_kits')
    counts.evaluations = await byApplication('evaluations')
    counts.applications = deleted(
      await trx
        .deleteFrom('applications')
        .where('organization_id', '=', organizationId)
        .where('id', 'in', applicationIds)
        .executeTakeFirst(),
    )
  }
  if (documentIds.length > 0) {
    counts.resumeChunks = deleted(
      await trx
        .deleteFrom('resume_chunks')
        .where('organization_id', '=', organizationId)
        .where('document_id', 'in', documentIds)
        .executeTakeFirst(),
    )
    counts.documents = deleted(
      await trx
        .deleteFrom('documents')
        .where('organization_id', '=', organizationId)
        .where('id', 'in', documentIds)
        .executeTakeFirst(),
    )
  }
  const erasedCandidateIds = [candidateId]
  for (const otherId of otherCandidateIds) {
    const remaining = await trx
      .selectFrom('applications')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('candidate_id', '=', otherId)
      .limit(1)
      .executeTakeFirst()
    if (!remaining) erasedCandidateIds.push(otherId)
  }
  counts.candidates = deleted(
    await trx
      .deleteFrom('candidates')
      .where('organization_id', '=', organizationId)
      .where('id', 'in', erasedCandidateIds)
      .executeTakeFirst(),
  )

  const subjectIds = [...erasedCandidateIds, ...applicationIds, ...documentIds, ...messageIds]
  const redacted = await trx
    .updateTable('audit_events')
    .set({
      data: sql<string>`(
        SELECT coalesce(jsonb_object_agg(entry.key, entry.value), '{}'::jsonb)
        FROM jsonb_each(audit_events.data) AS entry
        WHERE entry.key IN (${sql.join(AUDIT_KEYS_KEPT_AFTER_ERASURE.map((key) => sql.lit(key)))})
      )`,
    })
    .where('organization_id', '=', organizationId)
    .where('subject_id', 'in', subjectIds)
    .executeTakeFirst()
  counts.auditEntriesRedacted = Number(redacted.numUpdatedRows)
  return { counts, subjectIds }
}
