import type { Me } from '@shortlist/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { type ReactNode, useEffect, useRef } from 'react'
import { Link, Navigate, NavLink, Outlet, useLocation, useNavigate, useOutletContext } from 'react-router-dom'
import { useMe } from '../api/queries'
import { useToken, writeToken } from '../api/session'
import { ErrorState, Loading } from './status'

/** Sets the document title and moves focus to the page heading on navigation, for screen-reader users. */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Shortlist`
  }, [title])
}

// The first page load keeps the browser's own focus order (skip link first); later navigations move focus.
let focusedPath: string | null = typeof window === 'undefined' ? null : window.location.pathname

export function PageHeading({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null)
  const location = useLocation()
  useEffect(() => {
    if (focusedPath === location.pathname) return
    focusedPath = location.pathname
    ref.current?.focus({ preventScroll: true })
  }, [location.pathname])
  return (
    <div className="page-heading">
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </div>
  )
}

function SkipLink() {
  return (
    <a className="skip-link" href="#main">
      Skip to content
    </a>
  )
}

/** The public shell (sign in, sign up, invite, prep): a landmark structure without staff navigation. */
export function PublicLayout() {
  return (
    <>
      <SkipLink />
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            Shortlist
          </Link>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="page page-narrow">
        <Outlet />
      </main>
    </>
  )
}

/** The staff shell: requires a staff token and a successful /v1/me. */
export function StaffLayout() {
  const token = useToken('staff')
  const me = useMe()
  const location = useLocation()
  const navigate = useNavigate()
  const queryClient = useQueryClient()

  if (!token) {
    const next = `${location.pathname}${location.search}`
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />
  }

  const signOut = () => {
    writeToken('staff', null)
    queryClient.clear()
    void navigate('/sign-in')
  }

  const role = me.data?.user.role
  return (
    <>
      <SkipLink />
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/jobs" className="brand">
            Shortlist
          </Link>
          <nav aria-label="Main" className="main-nav">
            <ul>
              {role !== 'interviewer' ? (
                <>
                  <li>
                    <NavLink to="/jobs">Jobs</NavLink>
                  </li>
                  <li>
                    <NavLink to="/candidates">Candidates</NavLink>
                  </li>
                </>
              ) : null}
              <li>
                <NavLink to="/interviews">My interviews</NavLink>
              </li>
              {role === 'admin' || role === 'recruiter' ? (
                <li>
                  <NavLink to="/skills">Skills</NavLink>
                </li>
              ) : null}
              {role === 'admin' || role === 'recruiter' ? (
                <li>
                  <NavLink to="/outbox">Outbox</NavLink>
                </li>
              ) : null}
              {role === 'admin' ? (
                <li>
                  <NavLink to="/users">Users</NavLink>
                </li>
              ) : null}
              {role === 'admin' ? (
                <li>
                  <NavLink to="/usage">Usage</NavLink>
                </li>
              ) : null}
              {role === 'admin' ? (
                <li>
                  <NavLink to="/fairness">Fairness</NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
          <div className="account">
            {me.data ? (
              <span className="account-name">
                {me.data.user.name} <span className="muted">· {me.data.organization.name}</span>
              </span>
            ) : null}
            <button type="button" className="button button-quiet" onClick={signOut}>
              Sign out
            </button>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="page">
        {me.isPending ? <Loading label="Loading your account…" /> : null}
        {me.isError ? <ErrorState error={me.error} onRetry={() => void me.refetch()} /> : null}
        {me.data && me.data.user.role === 'candidate' ? <Navigate to="/prep" replace /> : null}
        {me.data && me.data.user.role !== 'candidate' ? <Outlet context={me.data} /> : null}
      </main>
    </>
  )
}

/** The signed-in staff member, provided by StaffLayout. */
export function useStaff(): Me {
  return useOutletContext<Me>()
}
