import { type Job, type PutInterviewPlanBody, ZInterviewPlan } from '@shortlist/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { Link } from 'react-router-dom'
import { apiRequest } from '../api/client'
import { interviewKeys, useInterviewPlan } from '../api/interview-queries'
import { useJobKit } from '../api/queries'
import { ErrorState, Loading } from './status'

type Item = PutInterviewPlanBody['interviews'][number] & { key: string }

let nextKey = 0
const newKey = () => `new-${++nextKey}`

/**
 * The job's interview plan: named interviews, each asking some of the role kit's questions and covering some
 * requirements. Hiring managers and admins edit it; others read it.
 */
export function InterviewPlanEditor({ job, canEdit }: { job: Job; canEdit: boolean }) {
  const plan = useInterviewPlan(job.id)
  const kit = useJobKit(job.id)
  return (
    <section className="card" aria-labelledby="interview-plan-heading">
      <h2 id="interview-plan-heading">Interview plan</h2>
      {plan.isPending || kit.isPending ? <Loading label="Loading the interview plan…" /> : null}
      {plan.isError ? <ErrorState error={plan.error} onRetry={() => void plan.refetch()} /> : null}
      {plan.data && !kit.isPending ? (
        <PlanForm
          // Restart from the server's plan whenever it changes (after a save).
          key={JSON.stringify(plan.data)}
          job={job}
          items={plan.data.interviews.map((item) => ({ ...item, key: item.id }))}
          // A kit being regenerated keeps its earlier questions until the new ones are ready.
          questions={kit.data?.questions ?? []}
          canEdit={canEdit}
        />
      ) : null}
    </section>
  )
}

function PlanForm({
  job,
  items: initial,
  questions,
  canEdit,
}: {
  job: Job
  items: Item[]
  questions: Array<{ id: string; text: string; type: string }>
  canEdit: boolean
}) {
  const queryClient = useQueryClient()
  const [items, setItems] = useState<Item[]>(initial)
  const [saved, setSaved] = useState<string | null>(null)
  const save = useMutation({
    mutationFn: (body: PutInterviewPlanBody) =>
      apiRequest(`/v1/jobs/${encodeURIComponent(job.id)}/interview-plan`, ZInterviewPlan, {
        method: 'PUT',
        body,
      }),
    onSuccess: () => {
      setSaved('Interview plan saved.')
      return queryClient.invalidateQueries({ queryKey: interviewKeys.plan(job.id) })
    },
  })
  const update = (key: string, change: Partial<Item>) =>
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)))
  const toggle = (list: string[], id: string, on: boolean) =>
    on ? [...new Set([...list, id])] : list.filter((value) => value !== id)

  if (!canEdit && items.length === 0) return <p className="muted">No interview plan yet.</p>
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        setSaved(null)
        // Ids of questions a regenerated kit no longer has would be refused; they are not shown either.
        const known = new Set(questions.map((question) => question.id))
        save.mutate({
          interviews: items.map(({ key: _key, ...item }) => ({
            ...item,
            questionIds: item.questionIds.filter((id) => known.has(id)),
          })),
        })
      }}
    >
      {questions.length === 0 ? (
        <p className="muted small">
          Questions come from the role's interview kit: generate it on the{' '}
          <Link to={`/jobs/${job.id}/kit`}>kit page</Link> to pick questions.
        </p>
      ) : null}
      {items.map((item, index) => (
        <PlanItem
          key={item.key}
          item={item}
          number={index + 1}
          job={job}
          questions={questions}
          canEdit={canEdit}
          onName={(name) => update(item.key, { name })}
          onQuestion={(id, on) => update(item.key, { questionIds: toggle(item.questionIds, id, on) })}
          onRequirement={(id, on) =>
            update(item.key, { requirementIds: toggle(item.requirementIds, id, on) })
          }
          onRemove={() => setItems((current) => current.filter((other) => other.key !== item.key))}
        />
      ))}
      {save.isError ? <ErrorState error={save.error} title="Not saved." /> : null}
      <p role="status" aria-live="polite" className="muted">
        {saved ?? ''}
      </p>
      {canEdit ? (
        <div className="field-row">
          <button
            type="button"
            className="button"
            onClick={() =>
              setItems((current) => [
                ...current,
                { key: newKey(), name: '', questionIds: [], requirementIds: [] },
              ])
            }
          >
            Add interview
          </button>
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            Save plan
          </button>
        </div>
      ) : null}
    </form>
  )
}

function PlanItem({
  item,
  number,
  job,
  questions,
  canEdit,
  onName,
  onQuestion,
  onRequirement,
  onRemove,
}: {
  item: Item
  number: number
  job: Job
  questions: Array<{ id: string; text: string; type: string }>
  canEdit: boolean
  onName: (name: string) => void
  onQuestion: (id: string, on: boolean) => void
  onRequirement: (id: string, on: boolean) => void
  onRemove: () => void
}) {
  const id = useId()
  return (
    <fieldset className="card" disabled={!canEdit}>
      <legend>
        Interview {number}
        {item.name ? `: ${item.name}` : ''}
      </legend>
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          className="input"
          value={item.name}
          maxLength={200}
          placeholder="e.g. Technical screen"
          onChange={(event) => onName(event.target.value)}
        />
      </div>
      {questions.length > 0 ? (
        <details>
          <summary>
            Questions ({item.questionIds.length} of {questions.length})
          </summary>
          <fieldset>
            <legend className="visually-hidden">Questions for interview {number}</legend>
            {questions.map((question) => (
              <label key={question.id} className="block">
                <input
                  type="checkbox"
                  checked={item.questionIds.includes(question.id)}
                  onChange={(event) => onQuestion(question.id, event.target.checked)}
                />{' '}
                <span className="muted small">{question.type.replace('_', ' ')}</span> {question.text}
              </label>
            ))}
          </fieldset>
        </details>
      ) : null}
      <details>
        <summary>
          Requirements covered ({item.requirementIds.length} of {job.requirements.length})
        </summary>
        <fieldset>
          <legend className="visually-hidden">Requirements covered by interview {number}</legend>
          {job.requirements.map((requirement) => (
            <label key={requirement.id} className="block">
              <input
                type="checkbox"
                checked={item.requirementIds.includes(requirement.id)}
                onChange={(event) => onRequirement(requirement.id, event.target.checked)}
              />{' '}
              {requirement.label}
            </label>
          ))}
        </fieldset>
      </details>
      {canEdit ? (
        <button type="button" className="button button-quiet" onClick={onRemove}>
          Remove interview {number}
        </button>
      ) : null}
    </fieldset>
  )
}
