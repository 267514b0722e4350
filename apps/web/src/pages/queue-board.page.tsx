import { useEffect, useState } from 'react'
import { z } from 'zod'
import { apiRequest } from '../api/client'
import { PageHeading, usePageTitle } from '../components/layout'
import { ErrorState, Loading } from '../components/status'

/**
 * The way into Bull Board for the installation's operators. The board's own pages cannot send the bearer token
 * this app keeps, so this page trades it for a cookie limited to /admin/queues, then leaves for the board.
 */
export function QueueBoardPage() {
  usePageTitle('Queue board')
  const [error, setError] = useState<unknown>(null)
  const [attempt, setAttempt] = useState(0)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the request on retry.
  useEffect(() => {
    const controller = new AbortController()
    setError(null)
    apiRequest('/v1/admin/queue-board/session', z.undefined(), { method: 'POST', signal: controller.signal })
      .then(() => window.location.assign('/admin/queues'))
      .catch((failure: unknown) => {
        if (!controller.signal.aborted) setError(failure)
      })
    return () => controller.abort()
  }, [attempt])
  return (
    <>
      <PageHeading>Queue board</PageHeading>
      {error ? (
        <ErrorState
          error={error}
          title="The queue board is for the operators of this installation"
          onRetry={() => setAttempt((value) => value + 1)}
        />
      ) : (
        <Loading />
      )}
    </>
  )
}
