import type { ResumeProfile } from '../types'

export type CurrentRole = { title: string | null; employer: string | null }

/**
 * The role a resume's holder is in now: the entry marked current, else the first one that names a role (resumes
 * list the latest job first), else the headline under the name. The database reads the same rule from a stored
 * profile in SQL (`currentRoleSql` in packages/db), so lists and the pool's family fit agree on it.
 */
export function findCurrentRole(
  profile: Pick<ResumeProfile, 'experiences' | 'headline'>,
): CurrentRole | null {
  const entry =
    profile.experiences.find((experience) => experience.current && experience.title !== null) ??
    profile.experiences.find((experience) => experience.title !== null)
  if (entry) return { title: entry.title, employer: entry.employer }
  return profile.headline ? { title: profile.headline.title, employer: profile.headline.employer } : null
}
