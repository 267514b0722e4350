import { z } from 'zod'
import { RETRY_AFTER_BACKOFF } from './backoff'
import { defineJob } from './define-job'

const ZUuid = z.uuid()

// Payloads carry ids only: resume text never travels through Redis.

export const ingestDocumentJob = defineJob({
  name: 'document.ingest',
  queue: 'ingest',
  payload: z.object({ organizationId: ZUuid, applicationId: ZUuid }).strict(),
  jobId: (payload) => `ingest-${payload.applicationId}`,
})

export const analyzeJobPostingJob = defineJob({
  name: 'job.analyze',
  queue: 'analysis',
  payload: z.object({ organizationId: ZUuid, jobId: ZUuid }).strict(),
  jobId: (payload) => `analyze-${payload.jobId}`,
})

export const scoreApplicationJob = defineJob({
  name: 'application.score',
  queue: 'scoring',
  payload: z
    .object({
      organizationId: ZUuid,
      applicationId: ZUuid,
      /** Fingerprint of the job's requirements: a changed posting is new work, the same one is not. */
      revision: z.string().min(1).max(80),
    })
    .strict(),
  jobId: (payload) => `score-${payload.applicationId}-${payload.revision}`,
})

export const generateInterviewKitJob = defineJob({
  name: 'interview-kit.generate',
  queue: 'kits',
  payload: z
    .object({
      organizationId: ZUuid,
      jobId: ZUuid,
      applicationId: ZUuid.nullable(),
      /** Fingerprint of the inputs (requirements, evaluation); a regeneration request with new inputs is new work. */
      revision: z.string().min(1).max(80),
      /** Language asked for; absent means the posting's language. */
      locale: z.enum(['en', 'pt', 'es']).optional(),
    })
    .strict(),
  attempts: 4,
  // A 429 says when to come back; honour it instead of guessing.
  backoff: { type: RETRY_AFTER_BACKOFF, delay: 2_000 },
  jobId: (payload) =>
    `kit-${payload.applicationId ?? payload.jobId}-${payload.revision}${payload.locale ? `-${payload.locale}` : ''}`,
})

export const sendCandidateMessageJob = defineJob({
  name: 'candidate-message.send',
  queue: 'messages',
  // The message (recipient, subject, body) stays in the database; Redis only learns which row to send.
  payload: z.object({ organizationId: ZUuid, messageId: ZUuid }).strict(),
  // An SMTP server that is down usually comes back within minutes: about 1 + 2 + 4 + 8 s of exponential backoff
  // before the message is marked failed and shown as such on the application.
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000 },
  jobId: (payload) => `message-${payload.messageId}`,
})

/**
 * Erases, in every organisation, the candidates whose retention period has passed. Run by a job scheduler (see
 * `RETENTION_SCHEDULE`); `runAt` names one run, so a manual run is a job of its own.
 */
export const sweepRetentionJob = defineJob({
  name: 'retention.sweep',
  queue: 'privacy',
  payload: z.object({ runAt: z.string().min(1).max(40) }).strict(),
  attempts: 3,
  jobId: (payload) => `retention-${payload.runAt.replace(/[^0-9A-Za-z]/g, '')}`,
})

/**
 * Removes queue jobs that name erased records but were running when the erasure committed (BullMQ cannot remove a
 * locked job). The ids are opaque once their rows are gone.
 */
export const purgeErasedJobsJob = defineJob({
  name: 'privacy.purge-jobs',
  queue: 'privacy',
  payload: z.object({ erasureId: ZUuid, subjectIds: z.array(ZUuid).min(1).max(50_000) }).strict(),
  attempts: 10,
  backoff: { type: 'exponential', delay: 10_000 },
  // Its payload lists erased ids: gone from Redis the moment it is done.
  ephemeral: true,
  jobId: (payload) => `purge-${payload.erasureId}`,
})

/** The retention sweep's scheduler: one id per deployment, daily at 03:17 UTC (off the hour, away from other crons). */
export const RETENTION_SCHEDULE = { schedulerId: 'retention-sweep', pattern: '17 3 * * *' } as const

export const jobDefinitions = [
  ingestDocumentJob,
  analyzeJobPostingJob,
  scoreApplicationJob,
  generateInterviewKitJob,
  sendCandidateMessageJob,
  sweepRetentionJob,
  purgeErasedJobsJob,
]

export type IngestDocumentPayload = z.infer<typeof ingestDocumentJob.payload>
export type AnalyzeJobPostingPayload = z.infer<typeof analyzeJobPostingJob.payload>
export type ScoreApplicationPayload = z.infer<typeof scoreApplicationJob.payload>
export type GenerateInterviewKitPayload = z.infer<typeof generateInterviewKitJob.payload>
export type SendCandidateMessagePayload = z.infer<typeof sendCandidateMessageJob.payload>
export type SweepRetentionPayload = z.infer<typeof sweepRetentionJob.payload>
export type PurgeErasedJobsPayload = z.infer<typeof purgeErasedJobsJob.payload>
