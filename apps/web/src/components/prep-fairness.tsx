import {
  type AlternativeProcess,
  type Prep,
  RACE_ETHNICITY_LABELS,
  type RaceEthnicity,
  SEX_LABELS,
  type SelfIdentification,
  type Sex,
  ZAlternativeProcess,
  ZRaceEthnicity,
  ZSelfIdentification,
  ZSex,
} from '@shortlist/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useId } from 'react'
import { apiRequest } from '../api/client'
import { fairnessKeys, useSelfIdentification } from '../api/fairness-queries'
import { queryKeys } from '../api/queries'
import { useToken } from '../api/session'
import { ErrorState } from './status'

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' })

/** How automated screening takes part, and the candidate's way to ask for another process. */
export function AiNoticePanel({ prep }: { prep: Prep }) {
  const token = useToken('candidate')
  const queryClient = useQueryClient()
  const noteId = useId()
  const request = useMutation({
    mutationFn: (note: string) =>
      apiRequest('/v1/me/alternative-process', ZAlternativeProcess, {
        method: 'POST',
        body: note ? { note } : {},
        token: 'candidate',
      }),
    onSuccess: (alternative: AlternativeProcess) =>
      queryClient.setQueryData(queryKeys.prep(token), { ...prep, alternativeProcess: alternative }),
  })
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    request.mutate(String(new FormData(event.currentTarget).get('note') ?? '').trim())
  }
  return (
    <section aria-labelledby="ai-notice-heading" className="card stack">
      <h2 id="ai-notice-heading">Automated screening</h2>
      <p>{prep.aiNotice}</p>
      {prep.alternativeProcess ? (
        <p className="state state-success" role="status">
          You asked for an alternative process on{' '}
          {dateTime.format(new Date(prep.alternativeProcess.requestedAt))}. The hiring team can see your
          request and will contact you.
        </p>
      ) : (
        <form className="stack" onSubmit={onSubmit} aria-label="Ask for an alternative process">
          <div className="field">
            <label htmlFor={noteId}>Anything the team should know (optional)</label>
            <textarea id={noteId} name="note" className="input" rows={3} maxLength={2000} />
          </div>
          <div>
            <button type="submit" className="button" disabled={request.isPending}>
              {request.isPending ? 'Sending…' : 'Ask for an alternative process'}
            </button>
          </div>
          {request.isError ? <ErrorState error={request.error} title="Could not send your request." /> : null}
        </form>
      )}
    </section>
  )
}

/** Voluntary self-identification: optional, kept apart from the application, only counted in aggregate. */
export function SelfIdentificationForm() {
  const token = useToken('candidate')
  const answer = useSelfIdentification()
  const queryClient = useQueryClient()
  const ids = { sex: useId(), race: useId() }
  const save = useMutation({
    mutationFn: (body: { sex: Sex; raceEthnicity: RaceEthnicity }) =>
      apiRequest('/v1/me/self-identification', ZSelfIdentification, {
        method: 'PUT',
        body,
        token: 'candidate',
      }),
    onSuccess: (data: SelfIdentification) =>
      queryClient.setQueryData(fairnessKeys.selfIdentification(token), data),
  })
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    save.mutate({
      sex: ZSex.parse(form.get('sex')),
      raceEthnicity: ZRaceEthnicity.parse(form.get('raceEthnicity')),
    })
  }
  const current = answer.data
  return (
    <section aria-labelledby="self-id-heading" className="card stack">
      <h2 id="self-id-heading">Voluntary self-identification</h2>
      <p className="muted">
        Answering is optional and does not affect your application. Your answers are stored apart from it, are
        never shown to the people reviewing you and never used to assess you; they are only counted, with
        everyone else’s, to check that our process treats all groups fairly. You can choose “I decline to
        answer”.
      </p>
      {answer.isError ? <ErrorState error={answer.error} onRetry={() => void answer.refetch()} /> : null}
      {answer.isSuccess ? (
        <form className="stack" onSubmit={onSubmit} aria-label="Voluntary self-identification">
          <fieldset className="field">
            <legend id={ids.sex}>Sex</legend>
            {ZSex.options.map((value) => (
              <label key={value} className="field-inline">
                <input
                  type="radio"
                  name="sex"
                  value={value}
                  defaultChecked={current?.sex === value}
                  required
                />
                {SEX_LABELS[value]}
              </label>
            ))}
          </fieldset>
          <fieldset className="field">
            <legend id={ids.race}>Race/ethnicity</legend>
            {ZRaceEthnicity.options.map((value) => (
              <label key={value} className="field-inline">
                <input
                  type="radio"
                  name="raceEthnicity"
                  value={value}
                  defaultChecked={current?.raceEthnicity === value}
                  required
                />
                {RACE_ETHNICITY_LABELS[value]}
              </label>
            ))}
          </fieldset>
          <div>
            <button type="submit" className="button" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save my answers'}
            </button>
          </div>
          {save.isSuccess ? (
            <p className="state state-success" role="status">
              Thank you, your answers are saved.
            </p>
          ) : null}
          {save.isError ? <ErrorState error={save.error} title="Could not save your answers." /> : null}
        </form>
      ) : null}
    </section>
  )
}
