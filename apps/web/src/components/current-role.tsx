/** "Title · Employer", with whichever part the resume names. */
export function formatRole(role: { title: string | null; employer: string | null }): string {
  return [role.title, role.employer].filter(Boolean).join(' · ')
}

/** The candidate's current role under their name in a list; nothing when the resume names none. */
export function CurrentRole({ role }: { role: { title: string | null; employer: string | null } | null }) {
  const text = role ? formatRole(role) : ''
  return text ? <span className="current-role muted">{text}</span> : null
}
