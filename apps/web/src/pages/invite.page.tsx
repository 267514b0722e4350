import { ZAccessToken } from '@shortlist/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { Navigate, useParams } from 'react-router-dom'
import { apiRequest } from '../api/client'
import { writeToken } from '../api/session'
import { PageHeading, usePageTitle } from '../components/layout'
import { ErrorState, Loading } from '../components/status'

/** Exchanges the one-time invite token for a candidate session, then shows the prep page. */
export function InvitePage() {
  usePageTitle('Your interview preparation')
  const { token = '' } = useParams()
  const queryClient = useQueryClient()
  const [state, setState] = useState<
    { status: 'working' } | { status: 'done' } | { status: 'failed'; error: unknown }
  >({ status: 'working' })
  const started = useRef(false)

  useEffect(() => {
    // The token may be single-use: never exchange it twice (React StrictMode runs effects twice).
    if (started.current) return
    started.current = true
    apiRequest('/v1/auth/invite', ZAccessToken, { method: 'POST', body: { token }, token: 'candidate' })
      .then(({ accessToken }) => {
        writeToken('candidate', accessToken)
        queryClient.removeQueries({ queryKey: ['prep'] })
        setState({ status: 'done' })
      })
      .catch((error: unknown) => setState({ status: 'failed', error }))
  }, [token, queryClient])

  if (state.status === 'done') return <Navigate to="/prep" replace />
  return (
    <>
      <PageHeading>Your interview preparation</PageHeading>
      {state.status === 'working' ? <Loading label="Opening your invitation…" /> : null}
      {state.status === 'failed' ? (
        <ErrorState error={state.error} title="This invitation link does not work." />
      ) : null}
      {state.status === 'failed' ? (
        <p>If the link has expired, ask the person who invited you for a new one.</p>
      ) : null}
    </>
  )
}
