import { ZAccessToken, ZLoginBody } from '@shortlist/contracts'
import { Link, useSearchParams } from 'react-router-dom'
import { apiRequest } from '../api/client'
import { PageHeading, usePageTitle } from '../components/layout'
import { ErrorState } from '../components/status'
import { TextField } from '../components/text-field'
import { useAuthForm } from '../components/use-auth-form'

/** Only same-origin paths may be used as a post-login destination. */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/jobs'
}

export function SignInPage() {
  usePageTitle('Sign in')
  const [params] = useSearchParams()
  const { errors, failure, busy, onSubmit } = useAuthForm(
    ZLoginBody,
    async (body) => (await apiRequest('/v1/auth/login', ZAccessToken, { method: 'POST', body })).accessToken,
    () => safeNext(params.get('next')),
  )

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
