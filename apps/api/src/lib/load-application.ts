import { type Db, findApplication } from '@shortlist/db'
import { AppError } from './app-error'

/** The organisation's application, or a 404 problem: ids from another organisation look the same as unknown ones. */
export async function loadApplication(db: Db, organizationId: string, applicationId: string) {
  const application = await findApplication(db, organizationId, applicationId)
  if (!application) throw new AppError('NOT_FOUND', 'No such application in your organisation.')
  return application
}
