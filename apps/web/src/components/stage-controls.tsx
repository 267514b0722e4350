import { ZApplicationStage, ZBulkStageResult } from '@shortlist/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useId, useState } from 'react'
import { apiRequest } from '../api/client'
import { ErrorState, FieldError } from './status'

/** Stage keys are snake or kebab case; people read them with spaces. */
export const stageLabel = (stage: string): string => {
  const words = stage.replace(/[_-]+/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

export function StageBadge({ stage }: { stage: string }) {
  return (
    <span className={`badge badge-stage${stage === 'rejected' ? ' badge-danger' : ''}`}>
      {stageLabel(stage)}
    </span>
  )
}

type MoveTarget =
  | { kind: 'one'; applicationId: string }
  | { kind: 'many'; jobId: string; applicationIds: string[] }

/**
 * Moves one or many candidates to a stage. A rejection needs a reason and can send the rejection message; the
 * API answers the same (422) if the form is bypassed.
 */
export function StageMoveForm({
  stages,
  current,
  target,
  onMoved,
}: {
  stages: string[]
  current?: string
  target: MoveTarget
  onMoved?: () => void
}) {
  const queryClient = useQueryClient()
  const ids = { stage: useId(), reason: useId(), send: useId() }
  const [stage, setStage] = useState(() => stages.find((item) => item !== current) ?? stages[0] ?? '')
  const [reason, setReason] = useState('')
  const [sendMessage, setSendMessage] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const rejecting = stage === 'rejected'

  const move = useMutation({
    mutationFn: async () => {
      const body = {
        stage,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        sendMessage: rejecting && sendMessage,
      }
      if (target.kind === 'one')
        await apiRequest(
          `/v1/applications/${encodeURIComponent(target.applicationId)}/stage`,
          ZApplicationStage,
          {
            method: 'POST',
            body,
          },
        )
      else
        await apiRequest(
          `/v1/jobs/${encodeURIComponent(target.jobId)}/applications/bulk-stage`,
          ZBulkStageResult,
          { method: 'POST', body: { ...body, applicationIds: target.applicationIds } },
        )
    },
    onSuccess: async () => {
      setReason('')
      setSendMessage(false)
      await queryClient.invalidateQueries({ queryKey: ['application'] })
      await queryClient.invalidateQueries({ queryKey: ['job'] })
      onMoved?.()
    },
  })

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (rejecting && !reason.trim()) {
      setError('Say why the candidate is rejected.')
      return
    }
    setError(undefined)
    move.mutate()
  }

  const count = target.kind === 'many' ? target.applicationIds.length : 1
  return (
    <form className="stage-move" onSubmit={onSubmit} aria-label="Move to a stage">
      <div className="field">
        <label htmlFor={ids.stage}>Move to</label>
        <select
          id={ids.stage}
          className="input"
          value={stage}
          onChange={(event) => setStage(event.target.value)}
        >
          {stages.map((item) => (
            <option key={item} value={item} disabled={item === current}>
              {stageLabel(item)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.reason}>Why{rejecting ? ' (required)' : ' (optional)'}</label>
        <input
          id={ids.reason}
          className="input"
          value={reason}
          maxLength={2000}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${ids.reason}-error` : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        <FieldError id={`${ids.reason}-error`} message={error} />
      </div>
      {rejecting ? (
        <div className="field field-inline">
          <input
            id={ids.send}
            type="checkbox"
            checked={sendMessage}
            onChange={(event) => setSendMessage(event.target.checked)}
          />
          <label htmlFor={ids.send}>Send the rejection message</label>
        </div>
      ) : null}
      <div>
        <button
          type="submit"
          className={`button${rejecting ? ' button-danger' : ' button-primary'}`}
          disabled={move.isPending || count === 0}
        >
          {move.isPending
            ? 'Moving…'
            : target.kind === 'many'
              ? `${rejecting ? 'Reject' : 'Move'} ${count} selected`
              : rejecting
                ? 'Reject candidate'
                : 'Move to stage'}
        </button>
      </div>
      {move.isError ? <ErrorState error={move.error} title="Could not move." /> : null}
    </form>
  )
}
