export { computeBackoffDelay, RETRY_AFTER_BACKOFF } from './backoff'
export { assertRedisReachable, createRedisConnection, START_REDIS_HINT } from './connection'
export type { JobDefinition } from './define-job'
export { defineJob } from './define-job'
export type {
  AnalyzeJobPostingPayload,
  GenerateInterviewKitPayload,
  IngestDocumentPayload,
  PurgeErasedJobsPayload,
  ScoreApplicationPayload,
  SendCandidateMessagePayload,
  SweepRetentionPayload,
} from './definitions'
export {
  analyzeJobPostingJob,
  generateInterviewKitJob,
  ingestDocumentJob,
  jobDefinitions,
  purgeErasedJobsJob,
  RETENTION_SCHEDULE,
  scoreApplicationJob,
  sendCandidateMessageJob,
  sweepRetentionJob,
} from './definitions'
export type { JobContext } from './job-context'
export { currentJobContext, runWithJobContext, splitJobData, ZRequestId } from './job-context'
export type { QueueProducer } from './producer'
export { createQueueProducer, defaultJobOptions } from './producer'
