import { ZCreateJobBody, ZJobCreated } from '@shortlist/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useId, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { apiRequest } from '../api/client'
import { queryKeys } from '../api/queries'
import { type FieldErrors, formValues, problemFieldErrors, zodFieldErrors } from '../components/form'
import { PageHeading, usePageTitle } from '../components/layout'
import { ErrorState, FieldError } from '../components/status'
import { TextField } from '../components/text-field'

export function NewJobPage() {
  usePageTitle('New job')
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const descriptionId = useId()
  const [errors, setErrors] = useState<FieldErrors>({})
  const create = useMutation({
    mutationFn: (body: unknown) => apiRequest('/v1/jobs', ZJobCreated, { method: 'POST', body }),
    onSuccess: async (job) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.jobs })
      void navigate(`/jobs/${job.id}`)
    },
    onError: (error) => setErrors(problemFieldErrors(error)),
  })

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const values = formValues(event.currentTarget)
    const parsed = ZCreateJobBody.safeParse(values)
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error))
      return
    }
    if (!parsed.data.description.trim()) {
      setErrors({ description: 'Paste the job posting text.' })
      return
    }
    setErrors({})
    create.mutate(parsed.data)
  }

  return (
    <>
      <PageHeading>New job</PageHeading>
      <p className="muted">
        Paste the posting as it reads to candidates. Shortlist finds the requirements and shows each one next
        to the words it came from; you can adjust them before screening.
      </p>
      {create.isError ? <ErrorState error={create.error} title="Could not create the job." /> : null}
      <form onSubmit={onSubmit} noValidate className="stack card">
        <TextField label="Job title" name="title" required maxLength={200} error={errors.title} />
        <div className="field">
          <label htmlFor={descriptionId}>Job posting</label>
          <textarea
            id={descriptionId}
            name="description"
            className="input textarea-tall"
            required
            rows={16}
            aria-invalid={errors.description ? true : undefined}
            aria-describedby={errors.description ? `${descriptionId}-error` : undefined}
          />
          <FieldError id={`${descriptionId}-error`} message={errors.description} />
        </div>
        <div>
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create job'}
          </button>
        </div>
      </form>
    </>
  )
}
