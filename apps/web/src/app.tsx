import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom'
import { ApiError } from './api/client'
import { readToken } from './api/session'
import { PublicLayout, StaffLayout } from './components/layout'
import { ApplicationPage } from './pages/application.page'
import { CandidatesPage } from './pages/candidates.page'
import { ComparePage } from './pages/compare.page'
import { FairnessPage, JobFairnessPage } from './pages/fairness.page'
import { InterviewsPage } from './pages/interviews.page'
import { InvitePage } from './pages/invite.page'
import { JobPage } from './pages/job.page'
import { JobsPage } from './pages/jobs.page'
import { ApplicationKitPage, JobKitPage } from './pages/kit.page'
import { MessageTemplatesPage } from './pages/message-templates.page'
import { NewJobPage } from './pages/new-job.page'
import { NotFoundPage } from './pages/not-found.page'
import { OutboxPage } from './pages/outbox.page'
import { PoolPage } from './pages/pool.page'
import { PrepPage } from './pages/prep.page'
import { QueueBoardPage } from './pages/queue-board.page'
import { ResetPasswordPage } from './pages/reset-password.page'
import { ScorecardPage } from './pages/scorecard.page'
import { ShortlistPage } from './pages/shortlist.page'
import { SignInPage } from './pages/sign-in.page'
import { SignUpPage } from './pages/sign-up.page'
import { SkillsPage } from './pages/skills.page'
import { UsagePage } from './pages/usage.page'
import { UsersPage } from './pages/users.page'

/** Sends people to the page that fits who they are: staff to jobs, candidates to prep, others to sign in. */
function HomeRedirect() {
  if (readToken('staff')) return <Navigate to="/jobs" replace />
  if (readToken('candidate')) return <Navigate to="/prep" replace />
  return <Navigate to="/sign-in" replace />
}

const router = createBrowserRouter([
  { path: '/', element: <HomeRedirect /> },
  {
    element: <PublicLayout />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/sign-up', element: <SignUpPage /> },
      { path: '/invite/:token', element: <InvitePage /> },
      { path: '/reset-password/:token', element: <ResetPasswordPage /> },
      { path: '/prep', element: <PrepPage /> },
    ],
  },
  {
    element: <StaffLayout />,
    children: [
      { path: '/jobs', element: <JobsPage /> },
      { path: '/jobs/new', element: <NewJobPage /> },
      { path: '/jobs/:jobId', element: <JobPage /> },
      { path: '/jobs/:jobId/shortlist', element: <ShortlistPage /> },
      { path: '/jobs/:jobId/compare', element: <ComparePage /> },
      { path: '/jobs/:jobId/kit', element: <JobKitPage /> },
      { path: '/jobs/:jobId/pool', element: <PoolPage /> },
      { path: '/jobs/:jobId/fairness', element: <JobFairnessPage /> },
      { path: '/fairness', element: <FairnessPage /> },
      { path: '/candidates', element: <CandidatesPage /> },
      { path: '/skills', element: <SkillsPage /> },
      { path: '/applications/:applicationId', element: <ApplicationPage /> },
      { path: '/applications/:applicationId/kit', element: <ApplicationKitPage /> },
      { path: '/users', element: <UsersPage /> },
      { path: '/usage', element: <UsagePage /> },
      { path: '/queue-board', element: <QueueBoardPage /> },
      { path: '/interviews', element: <InterviewsPage /> },
      { path: '/interviews/:interviewId', element: <ScorecardPage /> },
      { path: '/outbox', element: <OutboxPage /> },
      { path: '/message-templates', element: <MessageTemplatesPage /> },
    ],
  },
  { element: <PublicLayout />, children: [{ path: '*', element: <NotFoundPage /> }] },
])

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 5_000,
      // Client errors (not found, forbidden, invalid) will not improve on retry.
      retry: (failureCount, error) =>
        failureCount < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
})

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}
