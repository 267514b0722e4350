import type { RoleFit } from '@shortlist/contracts'

/** The role-fit line a reviewer reads beside the requirement score; nothing until the application is rescored. */
export function RoleFitLine({ roleFit }: { roleFit: RoleFit | null | undefined }) {
  return roleFit ? <span className="role-fit muted">{roleFit.explanation}</span> : null
}
