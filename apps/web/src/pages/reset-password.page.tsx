import { PASSWORD_MIN_LENGTH, ZAccessToken } from '@shortlist/contracts'
import { useParams } from 'react-router-dom'
import { z } from 'zod'
import { apiRequest } from '../api/client'
import { PageHeading, usePageTitle } from '../components/layout'
import { ErrorState } from '../components/status'
import { TextField } from '../components/text-field'
import { useAuthForm } from '../components/use-auth-form'

/** Opened from a single-use link an admin handed over: choose a new password, then continue signed in. */
export function ResetPasswordPage() {
  usePageTitle('Choose a new password')
  const { token = '' } = useParams()
  // The password's rules live in the API (length, common passwords); its problem names the field.
  const { errors, failure, busy, onSubmit } = useAuthForm(
    z.object({ password: z.string() }),
    async ({ password }) =>
      (
        await apiRequest('/v1/auth/password-reset', ZAccessToken, {
          method: 'POST',
          body: { token, password },
        })
      ).accessToken,
    () => '/jobs',
  )

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
