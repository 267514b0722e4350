export { assertRedisReachable, createRedisConnection, START_REDIS_HINT } from './connection'
export { defineJob } from './define-job'
export type { JobDefinition } from './define-job'
export {
  analyzeJobPostingJob,
  generateInterviewKitJob,
  ingestDocumentJob,
  jobDefinitions,
  scoreApplicationJob,
} from './definitions'
export type {
  AnalyzeJobPostingPayload,
  GenerateInterviewKitPayload,
  IngestDocumentPayload,
  ScoreApplicationPayload,
} from './definitions'
export { createQueueProducer, defaultJobOptions } from './producer'
export type { QueueProducer } from './producer'
