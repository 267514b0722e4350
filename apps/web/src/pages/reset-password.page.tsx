import { PASSWORD_MIN_LENGTH, ZAccessToken } from '@shortlist/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useNavigate, useParams } from 'react-router-dom'
import { apiRequest } from '../api/client'
import { writeToken } from '../api/session'
import { type FieldErrors, formValues, problemFieldErrors } from '../components/form'
import { PageHeading, usePageTitle } from '../components/layout'
import { ErrorState } from '../components/status'
import { TextField } from '../components/text-field'

/** Opened from a single-use link an admin handed over: choose a new password, then continue signed in. */
export function ResetPasswordPage() {
  usePageTitle('Choose a new password')
  const { token = '' } = useParams()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [errors, setErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const { password } = formValues(event.currentTarget)
    setErrors({})
    setFailure(null)
    setBusy(true)
    try {
      const { accessToken } = await apiRequest('/v1/auth/password-reset', ZAccessToken, {
        method: 'POST',
        body: { token, password },
      })
      queryClient.clear()
      writeToken('staff', accessToken)
      void navigate('/jobs', { replace: true })
    } catch (error) {
      setErrors(problemFieldErrors(error))
      setFailure(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card auth-card" aria-labelledby="reset-heading">
      <PageHeading>
        <span id="reset-heading">Choose a new password</span>
      </PageHeading>
      {failure ? <ErrorState error={failure} title="Could not set the password." /> : null}
      <form onSubmit={onSubmit} noValidate className="stack">
        <TextField
          label="New password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN_LENGTH} characters, not a common password.`}
          required
          error={errors.password}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save and sign in'}
        </button>
      </form>
    </section>
  )
}
