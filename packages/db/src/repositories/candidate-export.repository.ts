import type { Db } from '../create-database'

/**
 * Everything held about one candidate, as a data-subject access request returns it (GDPR Art. 15, LGPD Art. 18).
 * Staff identities are left out (who moved, decided or interviewed): they are other people's data; what was
 * decided and said about the candidate is in.
 */
export type CandidateExport = {
  candidate: {
    id: string
    name: string | null
    email: string | null
    phone: string | null
    corrections: {
      name: string | null
      email: string | null
      currentTitle: string | null
      currentEmployer: string | null
      correctedAt: string | null
    }
    createdAt: string
    updatedAt: string
  }
  applications: Array<{
    id: string
    job: { id: string; title: string }
    status: string
    stage: string
    filename: string
    createdAt: string
    updatedAt: string
    document: {
      id: string
      filename: string
      kind: string
      mime: string
      sizeBytes: number
      sha256: string
      pages: number | null
      parserVersion: string | null
      text: string | null
      hiddenText: unknown
      profile: unknown
      createdAt: string
    }
    evaluation: {
      score: number
      requiredMet: number
      requiredTotal: number
      requirements: unknown
      roleFit: unknown
      createdAt: string
      updatedAt: string
    } | null
    decision: { decision: string; reason: string; decidedAt: string } | null
    notes: Array<{ body: string; createdAt: string }>
    stageHistory: Array<{ from: string; to: string; reason: string | null; at: string }>
    messages: Array<{
      kind: string
      locale: string
      recipient: string | null
      subject: string
      body: string
      status: string
      createdAt: string
      sentAt: string | null
    }>
    scorecards: Array<{
      interview: string
      status: string
      recommendation: string | null
      ratings: unknown
      submittedAt: string | null
    }>
    invites: Array<{ createdAt: string; expiresAt: string; usedAt: string | null; revokedAt: string | null }>
  }>
}

const iso = (value: Date): string => new Date(value).toISOString()
const isoOrNull = (value: Date | null): string | null => (value ? iso(value) : null)

/** Reads a candidate's export; null when the organisation has no such candidate. */
export async function readCandidateExport(
  db: Db,
  organizationId: string,
  candidateId: string,
): Promise<CandidateExport | null> {
  const candidate = await db
    .selectFrom('candidates')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', candidateId)
    .executeTakeFirst()
  if (!candidate) return null

  const applications = await db
    .selectFrom('applications')
    .innerJoin('jobs', 'jobs.id', 'applications.job_id')
    .innerJoin('documents', 'documents.id', 'applications.document_id')
    .select([
      'applications.id',
      'applications.status',
      'applications.stage',
      'applications.filename',
      'applications.created_at',
      'applications.updated_at',
      'jobs.id as job_id',
      'jobs.title as job_title',
      'documents.id as document_id',
      'documents.filename as document_filename',
      'documents.kind',
      'documents.mime',
      'documents.size_bytes',
      'documents.sha256',
      'documents.pages',
      'documents.parser_version',
      'documents.text',
      'documents.hidden',
      'documents.profile',
      'documents.created_at as document_created_at',
    ])
    .where('applications.organization_id', '=', organizationId)
    .where('applications.candidate_id', '=', candidateId)
    .orderBy('applications.created_at')
    .orderBy('applications.id')
    .execute()
  const ids = applications.map((row) => row.id)
  const byApplication = <T extends { application_id: string }>(rows: T[]) => {
    const grouped = new Map<string, T[]>()
    for (const row of rows) grouped.set(row.application_id, [...(grouped.get(row.application_id) ?? []), row])
    return (id: string) => grouped.get(id) ?? []
  }
  const scoped = ids.length > 0
  const [evaluations, decisions, notes, events, messages, interviews, invites] = await Promise.all([
    scoped
      ? db
          .selectFrom('evaluations')
          .selectAll()
          .where('organization_id', '=', organizationId)
          .where('application_id', 'in', ids)
          .execute()
      : [],
    scoped
      ? db
          .selectFrom('decisions')
          .selectAll()
          .where('organization_id', '=', organizationId)
          .where('application_id', 'in', ids)
          .execute()
      : [],
    scoped
      ? db
          .selectFrom('notes')
          .select(['application_id', 'body', 'created_at'])
          .where('organization_id', '=', organizationId)
          .where('application_id', 'in', ids)
          .orderBy('created_at')
          .execute()
      : [],
    scoped
      ? db
          .selectFrom('application_stage_events')
          .select(['application_id', 'from_stage', 'to_stage', 'reason', 'created_at'])
          .where('organization_id', '=', organizationId)
          .where('application_id', 'in', ids)
          .orderBy('created_at')
          .execute()
      : [],
    scoped
      ? db
          .selectFrom('candidate_messages')
          .selectAll()
          .where('organization_id', '=', organizationId)
          .where('application_id', 'in', ids)
          .orderBy('created_at')
          .execute()
      : [],
    scoped
      ? db
          .selectFrom('interviews')
          .innerJoin('interview_plan_items', 'interview_plan_items.id', 'interviews.plan_item_id')
          .select([
            'interviews.application_id',
            'interview_plan_items.name',
            'interviews.status',
            'interviews.recommendation',
            'interviews.ratings',
            'interviews.submitted_at',
          ])
          .where('interviews.organization_id', '=', organizationId)
          .where('interviews.application_id', 'in', ids)
          .orderBy('interviews.created_at')
          .execute()
      : [],
    scoped
      ? db
          .selectFrom('invites')
          .select(['application_id', 'created_at', 'expires_at', 'used_at', 'revoked_at'])
          .where('organization_id', '=', organizationId)
          .where('application_id', 'in', ids)
          .orderBy('created_at')
          .execute()
      : [],
  ])
  const evaluationOf = byApplication(evaluations)
  const decisionOf = byApplication(decisions)
  const notesOf = byApplication(notes)
  const eventsOf = byApplication(events)
  const messagesOf = byApplication(messages)
  const interviewsOf = byApplication(interviews)
  const invitesOf = byApplication(invites)

  return {
    candidate: {
      id: candidate.id,
      name: candidate.name,
      email: candidate.email,
      phone: candidate.phone,
      corrections: {
        name: candidate.name_corrected,
        email: candidate.email_corrected,
        currentTitle: candidate.current_title_corrected,
        currentEmployer: candidate.current_employer_corrected,
        correctedAt: isoOrNull(candidate.corrected_at),
      },
      createdAt: iso(candidate.created_at),
      updatedAt: iso(candidate.updated_at),
    },
    applications: applications.map((row) => {
      const evaluation = evaluationOf(row.id)[0]
      const decision = decisionOf(row.id)[0]
      return {
        id: row.id,
        job: { id: row.job_id, title: row.job_title },
        status: row.status,
        stage: row.stage,
        filename: row.filename,
        createdAt: iso(row.created_at),
        updatedAt: iso(row.updated_at),
        document: {
          id: row.document_id,
          filename: row.document_filename,
          kind: row.kind,
          mime: row.mime,
          sizeBytes: row.size_bytes,
          sha256: row.sha256,
          pages: row.pages,
          parserVersion: row.parser_version,
          text: row.text,
          hiddenText: row.hidden,
          profile: row.profile,
          createdAt: iso(row.document_created_at),
        },
        evaluation: evaluation
          ? {
              score: evaluation.score,
              requiredMet: evaluation.required_met,
              requiredTotal: evaluation.required_total,
              requirements: evaluation.requirements,
              roleFit: evaluation.role_fit,
              createdAt: iso(evaluation.created_at),
              updatedAt: iso(evaluation.updated_at),
            }
          : null,
        decision: decision
          ? { decision: decision.decision, reason: decision.reason, decidedAt: iso(decision.decided_at) }
          : null,
        notes: notesOf(row.id).map((note) => ({ body: note.body, createdAt: iso(note.created_at) })),
        stageHistory: eventsOf(row.id).map((event) => ({
          from: event.from_stage,
          to: event.to_stage,
          reason: event.reason,
          at: iso(event.created_at),
        })),
        messages: messagesOf(row.id).map((message) => ({
          kind: message.kind,
          locale: message.locale,
          recipient: message.recipient,
          subject: message.subject,
          body: message.body,
          status: message.status,
          createdAt: iso(message.created_at),
          sentAt: isoOrNull(message.sent_at),
        })),
        scorecards: interviewsOf(row.id).map((interview) => ({
          interview: interview.name,
          status: interview.status,
          recommendation: interview.recommendation,
          ratings: interview.ratings,
          submittedAt: isoOrNull(interview.submitted_at),
        })),
        invites: invitesOf(row.id).map((invite) => ({
          createdAt: iso(invite.created_at),
          expiresAt: iso(invite.expires_at),
          usedAt: isoOrNull(invite.used_at),
          revokedAt: isoOrNull(invite.revoked_at),
        })),
      }
    }),
  }
}
