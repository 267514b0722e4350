export { AI_NOTICE, aiNoticeFor } from './ai-notice'
export { analyzeJobPosting, enqueueScoringForJob } from './analyze-job-posting'
export type { CandidatePrep } from './build-candidate-prep'
export { buildCandidatePrep } from './build-candidate-prep'
export type { Outage } from './classify-outage'
export { classifyOutage } from './classify-outage'
export { computeRequirementsRevision } from './compute-requirements-revision'
export type { Mailer, OutgoingMail, SmtpSettings } from './create-smtp-mailer'
export { createSmtpMailer } from './create-smtp-mailer'
export type { EngineDeps } from './engine-deps'
export type { EngineEnvironment } from './engine-environment'
export {
  engineConfigFromEnvironment,
  parseEnvironment,
  workerConcurrency,
  ZEngineEnvironment,
} from './engine-environment'
export type { EngineErrorCode } from './engine-error'
export { EngineError } from './engine-error'
export type { CandidateErasure, ErasureReason } from './erase-candidate'
export { eraseCandidate, eraseCandidateRows, purgeQueueJobs } from './erase-candidate'
export { eraseExpiredCandidates } from './erase-expired-candidates'
export type {
  ExplainedPoolMatch,
  FindMatchingCandidatesInput,
  PoolMatch,
  RankedPoolMatch,
} from './find-matching-candidates'
export {
  compareMatches,
  findMatchingCandidates,
  meanDirection,
  measureJobFamilyFit,
  preselectFor,
  rankDocumentsForJob,
  rankPoolForJob,
} from './find-matching-candidates'
export type { KitTarget, LlmUsageRecord } from './generate-interview-kit'
export { assertWithinBudget, failInterviewKit, generateInterviewKit } from './generate-interview-kit'
export { indexSearchBacklog } from './index-search-backlog'
export { ingestApplication } from './ingest-application'
export { loadOrganizationTaxonomy } from './load-organization-taxonomy'
export type { Engine, EngineConfig } from './open-engine'
export { openEngine } from './open-engine'
export type { RenderedCandidateMessage } from './queue-candidate-message'
export { queueCandidateMessage, renderMessageForApplication } from './queue-candidate-message'
export { readApplicantPool } from './read-applicant-pool'
export type { Career } from './read-career'
export { readCareer } from './read-career'
export { readFamilyCandidates } from './read-family-candidates'
export type { ReconcileResult } from './reconcile-unfinished-work'
export { reconcileUnfinishedWork, requeueUnfinishedApplication } from './reconcile-unfinished-work'
export { poolFamilyKey, refreshPoolFamilies } from './refresh-pool-families'
export type { MessageTemplateText, MessageValues } from './render-candidate-message'
export {
  DEFAULT_MESSAGE_TEMPLATES,
  MESSAGE_KINDS,
  MESSAGE_LOCALES,
  MESSAGE_PLACEHOLDERS,
  messageCarriesLink,
  pickMessageTemplate,
  renderCandidateMessage,
} from './render-candidate-message'
export { requestInterviewKit } from './request-interview-kit'
export { describeRequirement } from './requirement-text'
export { resumeUnfinishedWork } from './resume-unfinished-work'
export { scoreApplication } from './score-application'
export { sendCandidateMessage } from './send-candidate-message'
export type { ReconcilerLogger, RunningReconciler } from './start-reconciler'
export { startReconciler } from './start-reconciler'
export { storePostingAnalysis } from './store-posting-analysis'
export { toRequirementInput } from './to-requirement-input'
