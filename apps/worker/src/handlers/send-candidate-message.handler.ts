import { type EngineDeps, type Mailer, sendCandidateMessage } from '@shortlist/engine'
import { sendCandidateMessageJob } from '@shortlist/jobs'
import type { Job } from 'bullmq'
import { isFinalAttempt, parsePayload, rethrowFinal } from './run-handler'

export async function handleSendCandidateMessage(
  deps: EngineDeps,
  mailer: Mailer | null,
  job: Job,
): Promise<unknown> {
  const payload = parsePayload(sendCandidateMessageJob.payload, job)
  try {
    return await sendCandidateMessage({ db: deps.db, mailer }, payload, { final: isFinalAttempt(job) })
  } catch (error) {
    return rethrowFinal(error)
  }
}
