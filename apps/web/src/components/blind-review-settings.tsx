import { type BlindReview, type JobBlindReview, ZBlindReview, ZJobBlindReview } from '@shortlist/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useId } from 'react'
import { apiRequest } from '../api/client'
import { fairnessKeys, useBlindReview, useJobBlindReview } from '../api/fairness-queries'
import { usePipeline } from '../api/queries'
import { stageLabel } from './stage-controls'
import { ErrorState, Loading } from './status'

const DEFAULT_STAGES = ['applied', 'screening', 'interview', 'offer', 'hired']
const HIDDEN_FIELDS =
  'names, contact details (email, phone, links), photos, addresses and places, ages and birth dates, and graduation years'

/** The organisation's blind review switch and the stage from which reviewers see who the candidate is. */
export function OrganizationBlindReviewForm() {
  const setting = useBlindReview()
  const queryClient = useQueryClient()
  const ids = { enabled: useId(), until: useId() }
  const save = useMutation({
    mutationFn: (body: BlindReview) =>
      apiRequest('/v1/fairness/blind-review', ZBlindReview, { method: 'PUT', body }),
    onSuccess: async (data) => {
      queryClient.setQueryData(fairnessKeys.blindReview, data)
      // Every list and candidate page changes with it.
      await queryClient.invalidateQueries()
    },
  })
  if (setting.isPending) return <Loading label="Loading blind review…" />
  if (setting.isError) return <ErrorState error={setting.error} onRetry={() => void setting.refetch()} />
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    save.mutate({
      enabled: form.get('enabled') === 'on',
      untilStage: String(form.get('untilStage') ?? 'interview'),
    })
  }
  return (
    <form className="card stack" aria-labelledby="blind-review-heading" onSubmit={onSubmit}>
      <h2 id="blind-review-heading">Blind review</h2>
      <p className="muted">
        Reviewers see a label such as “Candidate 7F3A” instead of {HIDDEN_FIELDS}, until the application
        reaches the stage below. Scores never use these details. Jobs may override this.
      </p>
      <div className="field-inline">
        <input id={ids.enabled} name="enabled" type="checkbox" defaultChecked={setting.data.enabled} />
        <label htmlFor={ids.enabled}>Hide identifying details from reviewers</label>
      </div>
      <div className="field">
        <label htmlFor={ids.until}>Show them from the stage</label>
        <select id={ids.until} name="untilStage" className="input" defaultValue={setting.data.untilStage}>
          {[...new Set([...DEFAULT_STAGES, setting.data.untilStage])].map((stage) => (
            <option key={stage} value={stage}>
              {stageLabel(stage)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save blind review'}
        </button>
      </div>
      {save.isSuccess ? (
        <p className="state state-success" role="status">
          Saved.
        </p>
      ) : null}
      {save.isError ? <ErrorState error={save.error} title="Could not save blind review." /> : null}
    </form>
  )
}

/** A job's override of blind review: inherit, on or off, and its own stage. */
export function JobBlindReviewForm({ jobId }: { jobId: string }) {
  const setting = useJobBlindReview(jobId)
  const pipeline = usePipeline(jobId)
  const queryClient = useQueryClient()
  const ids = { mode: useId(), until: useId() }
  const save = useMutation({
    mutationFn: (body: Omit<JobBlindReview, 'effective'>) =>
      apiRequest(`/v1/jobs/${encodeURIComponent(jobId)}/blind-review`, ZJobBlindReview, {
        method: 'PUT',
        body,
      }),
    onSuccess: async (data) => {
      queryClient.setQueryData(fairnessKeys.jobBlindReview(jobId), data)
      await queryClient.invalidateQueries({ queryKey: ['job', jobId] })
    },
  })
  if (setting.isPending || pipeline.isPending) return <Loading label="Loading blind review…" />
  if (setting.isError) return <ErrorState error={setting.error} onRetry={() => void setting.refetch()} />
  if (pipeline.isError) return <ErrorState error={pipeline.error} onRetry={() => void pipeline.refetch()} />
  const stages = pipeline.data.stages.filter((stage) => stage !== 'rejected')
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const mode = String(form.get('mode'))
    const until = String(form.get('untilStage'))
    save.mutate({
      enabled: mode === 'inherit' ? null : mode === 'on',
      untilStage: until === 'inherit' ? null : until,
    })
  }
  const { effective } = setting.data
  return (
    <form className="card stack" aria-labelledby="job-blind-review-heading" onSubmit={onSubmit}>
      <h2 id="job-blind-review-heading">Blind review for this job</h2>
      <p className="muted" role="status">
        {effective.enabled
          ? `On: reviewers see no identifying details until ${stageLabel(effective.untilStage)}.`
          : 'Off: reviewers see names and contact details.'}
      </p>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.mode}>Blind review</label>
          <select
            id={ids.mode}
            name="mode"
            className="input"
            defaultValue={setting.data.enabled === null ? 'inherit' : setting.data.enabled ? 'on' : 'off'}
          >
            <option value="inherit">As the organisation</option>
            <option value="on">On</option>
            <option value="off">Off</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.until}>Show details from</label>
          <select
            id={ids.until}
            name="untilStage"
            className="input"
            defaultValue={setting.data.untilStage ?? 'inherit'}
          >
            <option value="inherit">As the organisation</option>
            {stages.map((stage) => (
              <option key={stage} value={stage}>
                {stageLabel(stage)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div>
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save'}
        </button>
      </div>
      {save.isError ? <ErrorState error={save.error} title="Could not save blind review." /> : null}
    </form>
  )
}

/** Shown above a candidate under blind review. */
export function BlindReviewNotice() {
  return (
    <p className="state state-warning blind-notice" role="note">
      Blind review: {HIDDEN_FIELDS} are hidden (█) until this application reaches the stage your organisation
      chose.
    </p>
  )
}
