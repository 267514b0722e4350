import {
  PASSWORD_MIN_LENGTH,
  type Role,
  type User,
  ZCreateUserBody,
  ZPasswordResetLink,
  ZUser,
} from '@shortlist/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useId, useState } from 'react'
import { apiRequest } from '../api/client'
import { queryKeys, useUsers } from '../api/queries'
import { type FieldErrors, formValues, problemFieldErrors, zodFieldErrors } from '../components/form'
import { PageHeading, usePageTitle, useStaff } from '../components/layout'
import { EmptyState, ErrorState, FieldError, Loading } from '../components/status'
import { TextField } from '../components/text-field'

const roleWords: Record<Role, string> = {
  admin: 'Admin',
  recruiter: 'Recruiter',
  hiring_manager: 'Hiring manager',
  interviewer: 'Interviewer',
}

export function UsersPage() {
  usePageTitle('Users')
  const me = useStaff()
  const users = useUsers()
  const queryClient = useQueryClient()
  const roleId = useId()
  const [errors, setErrors] = useState<FieldErrors>({})
  const [created, setCreated] = useState<string | null>(null)
  const create = useMutation({
    mutationFn: (body: unknown) => apiRequest('/v1/users', ZUser, { method: 'POST', body }),
    onSuccess: (user) => {
      setCreated(`${user.name} can now sign in as ${roleWords[user.role].toLowerCase()}.`)
      return queryClient.invalidateQueries({ queryKey: queryKeys.users })
    },
    onError: (error) => setErrors(problemFieldErrors(error)),
  })

  if (me.user.role !== 'admin') {
    return (
      <>
        <PageHeading>Users</PageHeading>
        <ErrorState error={new Error('Only administrators can manage users.')} title="Not allowed." />
      </>
    )
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const parsed = ZCreateUserBody.safeParse(formValues(form))
    setCreated(null)
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error))
      return
    }
    setErrors({})
    create.mutate(parsed.data, { onSuccess: () => form.reset() })
  }

  return (
    <>
      <PageHeading>Users</PageHeading>
      <div className="grid-two">
        <section aria-labelledby="team-heading" className="card">
          <h2 id="team-heading">Team</h2>
          {users.isPending ? <Loading /> : null}
          {users.isError ? <ErrorState error={users.error} onRetry={() => void users.refetch()} /> : null}
          {users.data && users.data.items.length === 0 ? <EmptyState>No users yet.</EmptyState> : null}
          {users.data && users.data.items.length > 0 ? (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">Users in your organization</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Email</th>
                    <th scope="col">Role</th>
                    <th scope="col">Access</th>
                  </tr>
                </thead>
                <tbody>
                  {users.data.items.map((user) => (
                    <UserRow key={user.id} user={user} isMe={user.id === me.user.id} />
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
        <section aria-labelledby="add-user-heading" className="card">
          <h2 id="add-user-heading">Add a user</h2>
          {create.isError ? <ErrorState error={create.error} title="Could not add the user." /> : null}
          {created ? (
            <p className="state state-success" role="status">
              {created}
            </p>
          ) : null}
          <form onSubmit={onSubmit} noValidate className="stack">
            <TextField label="Name" name="name" autoComplete="off" required error={errors.name} />
            <TextField
              label="Email"
              name="email"
              type="email"
              autoComplete="off"
              required
              error={errors.email}
            />
            <div className="field">
              <label htmlFor={roleId}>Role</label>
              <select id={roleId} name="role" className="input" defaultValue="recruiter">
                <option value="recruiter">Recruiter</option>
                <option value="hiring_manager">Hiring manager</option>
                <option value="interviewer">Interviewer (assigned candidates only)</option>
                <option value="admin">Admin</option>
              </select>
              <FieldError id={`${roleId}-error`} message={errors.role} />
            </div>
            <TextField
              label="Temporary password"
              name="password"
              type="password"
              autoComplete="new-password"
              hint={`At least ${PASSWORD_MIN_LENGTH} characters, not a common password. Share it privately.`}
              required
              error={errors.password}
            />
            <button type="submit" className="button button-primary" disabled={create.isPending}>
              {create.isPending ? 'Adding…' : 'Add user'}
            </button>
          </form>
        </section>
      </div>
    </>
  )
}

/** Role, deactivation and a password-reset link for one user; changes apply from the user's next request. */
function UserRow({ user, isMe }: { user: User; isMe: boolean }) {
  const queryClient = useQueryClient()
  const roleId = useId()
  const [resetUrl, setResetUrl] = useState<string | null>(null)
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.users })
  const changeRole = useMutation({
    mutationFn: (role: Role) =>
      apiRequest(`/v1/users/${user.id}/role`, ZUser, { method: 'PUT', body: { role } }),
    onSettled: refresh,
  })
  const deactivate = useMutation({
    mutationFn: () => apiRequest(`/v1/users/${user.id}/deactivate`, ZUser, { method: 'POST', body: {} }),
    onSettled: refresh,
  })
  const reset = useMutation({
    mutationFn: () =>
      apiRequest(`/v1/users/${user.id}/password-reset`, ZPasswordResetLink, { method: 'POST', body: {} }),
    onSuccess: (link) => setResetUrl(link.url),
  })
  const failure = changeRole.error ?? deactivate.error ?? reset.error
  const inactive = Boolean(user.deactivatedAt)

  return (
    <tr>
      <td>{user.name}</td>
      <td className="break">{user.email}</td>
      <td>
        <label htmlFor={roleId} className="visually-hidden">
          {/* Not "Role …": the add-user form's own "Role" field must stay the only one by that name. */}
          Permissions of {user.name}
        </label>
        <select
          id={roleId}
          className="input"
          value={user.role}
          disabled={inactive || isMe || changeRole.isPending}
          onChange={(event) => changeRole.mutate(event.currentTarget.value as Role)}
        >
          <option value="recruiter">{roleWords.recruiter}</option>
          <option value="hiring_manager">{roleWords.hiring_manager}</option>
          <option value="admin">{roleWords.admin}</option>
        </select>
      </td>
      <td>
        {inactive ? (
          'Deactivated'
        ) : (
          <div className="stack">
            <button
              type="button"
              className="button"
              onClick={() => reset.mutate()}
              disabled={reset.isPending}
            >
              Password reset link
            </button>
            {isMe ? null : (
              <button
                type="button"
                className="button"
                onClick={() => deactivate.mutate()}
                disabled={deactivate.isPending}
              >
                Deactivate
              </button>
            )}
          </div>
        )}
        {resetUrl ? (
          <p className="break" role="status">
            Single-use link, valid 24 h: {resetUrl}
          </p>
        ) : null}
        {failure ? <ErrorState error={failure} title="Could not change this user." /> : null}
      </td>
    </tr>
  )
}
