import { type Db, findApplication, isAssignedInterviewer } from '@shortlist/db'
import type { Principal } from '../plugins/auth'
import { AppError } from './app-error'

/**
 * The application if the caller may read it: staff who read the pipeline see every application of their
 * organisation; an interviewer only those with an interview assigned to them. Anything else is 404, so an
 * interviewer cannot even learn that an application exists.
 */
export async function loadVisibleApplication(db: Db, principal: Principal, applicationId: string) {
  const application = await findApplication(db, principal.organizationId, applicationId)
  const visible =
    application !== null &&
    principal.kind === 'user' &&
    (principal.role !== 'interviewer' ||
      (await isAssignedInterviewer(db, principal.organizationId, application.id, principal.userId)))
  if (!application || !visible) throw new AppError('NOT_FOUND', 'No such application in your organisation.')
  return application
}
