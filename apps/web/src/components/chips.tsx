import type { ApplicationStatus, DecisionKind, JobStatus, RequirementStatus } from '@shortlist/contracts'

const requirementSymbols: Record<RequirementStatus, string> = { matched: '✓', partial: '~', missing: '✗' }

/** A requirement outcome chip; the symbol and the word carry the meaning, colour only repeats it. */
export function RequirementChip({
  label,
  status,
  required,
  title,
}: {
  label: string
  status: RequirementStatus
  required: boolean
  title?: string
}) {
  return (
    <span className={`chip chip-${status}`} title={title} data-status={status}>
      <span aria-hidden="true">{requirementSymbols[status]}</span> {label}
      {required ? <span className="chip-required">required</span> : null}
      <span className="visually-hidden">: {status}</span>
    </span>
  )
}

const applicationStatusWords: Record<ApplicationStatus, string> = {
  queued: 'Queued',
  processing: 'Processing',
  scored: 'Scored',
  failed: 'Failed',
}

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  return (
    <span className={`badge badge-${status}`} data-status={status}>
      {status === 'queued' || status === 'processing' ? (
        <span className="spinner small" aria-hidden="true" />
      ) : null}
      {applicationStatusWords[status]}
    </span>
  )
}

const jobStatusWords: Record<JobStatus, string> = { analyzing: 'Analyzing', ready: 'Ready', failed: 'Failed' }

export function JobStatusBadge({ status }: { status: JobStatus }) {
  return <span className={`badge badge-job-${status}`}>{jobStatusWords[status]}</span>
}

const decisionWords: Record<DecisionKind, string> = { advance: 'Advance', hold: 'Hold', reject: 'Reject' }

export function DecisionBadge({ decision }: { decision: DecisionKind | null }) {
  if (!decision) return <span className="muted">Undecided</span>
  return <span className={`badge badge-decision-${decision}`}>{decisionWords[decision]}</span>
}
