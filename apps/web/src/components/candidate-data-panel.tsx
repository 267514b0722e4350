import { ZCandidateErasure } from '@shortlist/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { apiRequest, downloadFile, errorMessage } from '../api/client'
import { ErrorState } from './status'

/**
 * A candidate's data-subject requests: download everything held about them as JSON, or erase them everywhere. Erasing
 * asks for the word ERASE first: it cannot be undone, and it takes every application of theirs with it.
 */
export function CandidateDataPanel({ candidateId, jobId }: { candidateId: string; jobId: string }) {
  const headingId = useId()
  const confirmId = useId()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [confirming, setConfirming] = useState(false)
  const [typed, setTyped] = useState('')
  const [exportError, setExportError] = useState<string | null>(null)
  const erase = useMutation({
    mutationFn: () =>
      apiRequest(`/v1/candidates/${encodeURIComponent(candidateId)}`, ZCandidateErasure, {
        method: 'DELETE',
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['job'] })
      await navigate(`/jobs/${jobId}/shortlist`, { replace: true })
    },
  })

  const onExport = async () => {
    setExportError(null)
    try {
      await downloadFile(
        `/v1/candidates/${encodeURIComponent(candidateId)}/export`,
        `candidate-${candidateId}.json`,
      )
    } catch (error) {
      setExportError(errorMessage(error))
    }
  }

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>Candidate data</h2>
      <p className="muted small">
        For a candidate's request to see or delete their data. Both are recorded in the audit log.
      </p>
      <div className="field-row">
        <button type="button" className="button" onClick={() => void onExport()}>
          Export data (JSON)
        </button>
        {confirming ? null : (
          <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
            Erase candidate…
          </button>
        )}
      </div>
      {exportError ? <ErrorState error={new Error(exportError)} title="Could not export." /> : null}
      {confirming ? (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault()
            if (typed === 'ERASE') erase.mutate()
          }}
        >
          <p>
            This erases the candidate, every application of theirs, their resumes, scores, messages, notes and
            scorecards. It cannot be undone.
          </p>
          <div className="field">
            <label htmlFor={confirmId}>Type ERASE to confirm</label>
            <input
              id={confirmId}
              className="input input-small"
              autoComplete="off"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
          </div>
          <div className="field-row">
            <button
              type="submit"
              className="button button-danger"
              disabled={typed !== 'ERASE' || erase.isPending}
            >
              Erase permanently
            </button>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                setConfirming(false)
                setTyped('')
              }}
            >
              Cancel
            </button>
          </div>
          {erase.isError ? <ErrorState error={erase.error} title="Could not erase." /> : null}
        </form>
      ) : null}
    </section>
  )
}
