import { PASSWORD_MIN_LENGTH, ZAccessToken, ZSignupAccepted, ZSignupBody } from '@shortlist/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { Link, useNavigate } from 'react-router-dom'
import { apiRequest } from '../api/client'
import { writeToken } from '../api/session'
import { type FieldErrors, formValues, problemFieldErrors, zodFieldErrors } from '../components/form'
import { PageHeading, usePageTitle } from '../components/layout'
import { ErrorState } from '../components/status'
import { TextField } from '../components/text-field'

export function SignUpPage() {
  usePageTitle('Sign up')
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [errors, setErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const parsed = ZSignupBody.safeParse(formValues(event.currentTarget))
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error))
      return
    }
    setErrors({})
    setFailure(null)
    setBusy(true)
    try {
      // Signup answers the same for a taken email (it never says which emails have accounts); signing in tells.
      await apiRequest('/v1/auth/signup', ZSignupAccepted, { method: 'POST', body: parsed.data })
      const { accessToken } = await apiRequest('/v1/auth/login', ZAccessToken, {
        method: 'POST',
        body: { email: parsed.data.email, password: parsed.data.password },
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
    <section className="card auth-card" aria-labelledby="sign-up-heading">
      <PageHeading>
        <span id="sign-up-heading">Create your organization</span>
      </PageHeading>
      <p className="muted">You will be its first administrator and can add recruiters and hiring managers.</p>
      {failure ? <ErrorState error={failure} title="Could not sign up." /> : null}
      <form onSubmit={onSubmit} noValidate className="stack">
        <TextField
          label="Organization name"
          name="organizationName"
          autoComplete="organization"
          required
          error={errors.organizationName}
        />
        <TextField label="Your name" name="name" autoComplete="name" required error={errors.name} />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          error={errors.email}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN_LENGTH} characters, not a common password.`}
          required
          minLength={8}
          error={errors.password}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create organization'}
        </button>
      </form>
      <p>
        Already have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </section>
  )
}
