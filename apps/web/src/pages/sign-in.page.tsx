import { ZAccessToken, ZLoginBody } from '@shortlist/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router-dom'
import { apiRequest } from '../api/client'
import { writeToken } from '../api/session'
import { type FieldErrors, formValues, problemFieldErrors, zodFieldErrors } from '../components/form'
import { PageHeading, usePageTitle } from '../components/layout'
import { ErrorState } from '../components/status'
import { TextField } from '../components/text-field'

/** Only same-origin paths may be used as a post-login destination. */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/jobs'
}

export function SignInPage() {
  usePageTitle('Sign in')
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [params] = useSearchParams()
  const [errors, setErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const parsed = ZLoginBody.safeParse(formValues(event.currentTarget))
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error))
      return
    }
    setErrors({})
    setFailure(null)
    setBusy(true)
    try {
      const { accessToken } = await apiRequest('/v1/auth/login', ZAccessToken, {
        method: 'POST',
        body: parsed.data,
      })
      queryClient.clear()
      writeToken('staff', accessToken)
      void navigate(safeNext(params.get('next')), { replace: true })
    } catch (error) {
      setErrors(problemFieldErrors(error))
      setFailure(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card auth-card" aria-labelledby="sign-in-heading">
      <PageHeading>
        <span id="sign-in-heading">Sign in</span>
      </PageHeading>
      {failure ? <ErrorState error={failure} title="Could not sign in." /> : null}
      <form onSubmit={onSubmit} noValidate className="stack">
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
          autoComplete="current-password"
          required
          error={errors.password}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        New to Shortlist? <Link to="/sign-up">Create an organization</Link>
      </p>
    </section>
  )
}
