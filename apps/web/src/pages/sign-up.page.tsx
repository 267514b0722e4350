import { PASSWORD_MIN_LENGTH, ZAccessToken, ZSignupAccepted, ZSignupBody } from '@shortlist/contracts'
import { Link } from 'react-router-dom'
import { apiRequest } from '../api/client'
import { PageHeading, usePageTitle } from '../components/layout'
import { ErrorState } from '../components/status'
import { TextField } from '../components/text-field'
import { useAuthForm } from '../components/use-auth-form'

export function SignUpPage() {
  usePageTitle('Sign up')
  const { errors, failure, busy, onSubmit } = useAuthForm(
    ZSignupBody,
    async (body) => {
      // Signup answers the same for a taken email (it never says which emails have accounts); signing in tells.
      await apiRequest('/v1/auth/signup', ZSignupAccepted, { method: 'POST', body })
      const { accessToken } = await apiRequest('/v1/auth/login', ZAccessToken, {
        method: 'POST',
        body: { email: body.email, password: body.password },
      })
      return accessToken
    },
    () => '/jobs',
  )

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
