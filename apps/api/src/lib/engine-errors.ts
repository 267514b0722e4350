import { EngineError } from '@shortlist/engine'
import { AppError } from './app-error'

/** Runs a use case and turns its EngineErrors into the matching AppErrors. */
export async function withEngineErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (!(error instanceof EngineError)) throw error
    switch (error.code) {
      case 'NOT_FOUND':
        throw new AppError('NOT_FOUND', 'Not found in your organisation.', { cause: error })
      case 'BUDGET_EXCEEDED':
        throw new AppError('BUDGET_EXCEEDED', error.message, { cause: error })
      case 'JOB_NOT_READY':
        throw new AppError('JOB_NOT_READY', error.message, { cause: error })
      default:
        throw new AppError('INTERNAL', error.message, { cause: error })
    }
  }
}
