export type { DatabaseHandle, DatabaseOptions, Db } from './create-database'
export { createDatabase, DEFAULT_PGLITE_SHARED_BUFFERS } from './create-database'
export type { SchemaStatus } from './migrate'
export { assertSchemaCurrent, migrateToLatest, readSchemaStatus, SchemaNotCurrentError } from './migrate'
export type { AlternativeProcessRecord } from './repositories/alternative-process.repository'
export {
  findAlternativeProcesses,
  requestAlternativeProcess,
} from './repositories/alternative-process.repository'
export { countPoolResults, type PoolCountsRecord } from './repositories/applicant-pool.repository'
export type {
  ApplicationListItem,
  ApplicationRecord,
  ApplicationStatus,
  CandidateSearchHit,
  DocumentAnalysis,
  NewDocument,
  SearchCandidatesOptions,
  StoredDocument,
} from './repositories/application.repository'
export {
  createApplicationWithDocument,
  findApplication,
  findCandidate,
  findDocument,
  findDocumentAnalysis,
  hasUnfinishedApplications,
  indexSearchChunks,
  linkCandidate,
  listApplications,
  listCandidateNames,
  listScorableApplicationIds,
  POSTING_MIN_WEIGHT,
  SEARCH_CHUNK_FACTOR,
  SEARCH_EF_SEARCH,
  SEARCH_POSTING_CHUNKS,
  saveDocumentAnalysis,
  searchCandidates,
  searchChunksFor,
  selectPostingSlots,
  setApplicationStatus,
} from './repositories/application.repository'
export type { AuditLogEntry, AuditLogFilters } from './repositories/audit.repository'
export {
  listAuditEvents,
  listAuditLog,
  recordAuditEvent,
  recordAuditEvents,
  recordViewEvent,
} from './repositories/audit.repository'
export type {
  BlindReviewSetting,
  JobBlindReviewContext,
  JobBlindReviewSetting,
} from './repositories/blind-review.repository'
export {
  findOrganizationBlindReview,
  listBlindReviewContexts,
  listCandidateApplicationStages,
  listCandidateIdentities,
  saveJobBlindReview,
  saveOrganizationBlindReview,
} from './repositories/blind-review.repository'
export type { CandidateCorrection, CandidateRecord } from './repositories/candidate.repository'
export { correctCandidate, findCandidateRecord } from './repositories/candidate.repository'
export type { CandidateExport } from './repositories/candidate-export.repository'
export { readCandidateExport } from './repositories/candidate-export.repository'
export type { CurrentRole } from './repositories/current-role'
export { currentRoleSql, listCurrentRoles } from './repositories/current-role'
export type { ErasedRecords, ErasureCounts } from './repositories/erasure.repository'
export { AUDIT_KEYS_KEPT_AFTER_ERASURE, eraseCandidateRecords } from './repositories/erasure.repository'
export type {
  EvaluationRecord,
  RequirementStatusSummary,
  SemanticMatchRecord,
  ShortlistCursor,
  ShortlistFilters,
  ShortlistRow,
  StoredRequirementResult,
  StoredRoleFit,
  StoredShortlistRank,
} from './repositories/evaluation.repository'
export {
  countEvaluations,
  countShortlist,
  findEvaluation,
  findSemanticMatches,
  findShortlistVersion,
  findShortlistVersions,
  listShortlist,
  summarizeResults,
  upsertEvaluation,
} from './repositories/evaluation.repository'
export type {
  InterviewPlanItemRecord,
  InterviewRecommendation,
  InterviewRecord,
  InterviewStatus,
  NewInterviewPlanItem,
  StoredRating,
} from './repositories/interview.repository'
export {
  assignInterviews,
  findInterview,
  isAssignedInterviewer,
  listInterviewPlan,
  listInterviewsForApplication,
  listInterviewsForInterviewer,
  listPlanItemsInUse,
  listSubmittedInterviewsForJob,
  replaceInterviewPlan,
  saveScorecard,
} from './repositories/interview.repository'
export type { KitRecord, KitStatus, StoredKitPool } from './repositories/interview-kit.repository'
export {
  findKit,
  kitScope,
  markKitFailed,
  markKitPending,
  saveKitReady,
} from './repositories/interview-kit.repository'
export {
  createInvite,
  hasCandidateAccess,
  revokeInvites,
  useInvite,
} from './repositories/invite.repository'
export type {
  JobRecord,
  JobRequirementRecord,
  JobStatus,
  JobSummaryRecord,
  NewRequirement,
  RequirementKind,
} from './repositories/job.repository'
export {
  createJob,
  findJob,
  listJobs,
  listRequirements,
  markJobAnalyzed,
  markJobFailed,
  replaceRequirements,
  requirementsBelongToJob,
} from './repositories/job.repository'
export type { StaleApplication } from './repositories/maintenance.repository'
export {
  findUnfinishedApplication,
  listJobsBeingAnalyzed,
  listStaleApplications,
  listStaleJobAnalyses,
  listUnfinishedApplications,
} from './repositories/maintenance.repository'
export type {
  CandidateMessageRecord,
  MessageKind,
  MessageLocale,
  MessageStatus,
  MessageTemplateRecord,
} from './repositories/message.repository'
export {
  createCandidateMessage,
  findCandidateMessage,
  listApplicationMessages,
  listMessageTemplates,
  listOutboxMessages,
  listQueuedMessages,
  recordMessageAttempt,
  upsertMessageTemplates,
} from './repositories/message.repository'
export type {
  OrganizationRecord,
  UserRecord,
  UserRole,
  UserWithPassword,
} from './repositories/organization.repository'
export {
  countOrganizations,
  createOrganizationWithAdmin,
  createUser,
  emailExists,
  findOrganization,
  findUser,
  findUserByEmail,
  listUsers,
  setMonthlyBudget,
} from './repositories/organization.repository'
export type { StageEventRecord } from './repositories/pipeline.repository'
export {
  DEFAULT_PIPELINE,
  findApplicationStages,
  findJobPipeline,
  listOccupiedStages,
  listStageHistory,
  moveApplicationsToStage,
  saveJobPipeline,
} from './repositories/pipeline.repository'
export type { StoredFamily } from './repositories/pool-document.repository'
export {
  listNearestPoolFamilies,
  listPoolFamilies,
  listStalePoolFamilies,
  preselectPoolDocuments,
  savePoolFamilies,
  toFamilyVectorLiteral,
} from './repositories/pool-document.repository'
export type { RetentionCandidate } from './repositories/retention.repository'
export {
  DEFAULT_RETENTION_MONTHS,
  findRetentionMonths,
  listCandidatesDueForErasure,
  listRetentionPolicies,
  setRetentionMonths,
} from './repositories/retention.repository'
export type {
  DocumentForScoring,
  DocumentSemanticMatch,
  DocumentSkills,
  PreselectedDocument,
  VectorSearchOptions,
} from './repositories/retrieval.repository'
export {
  efSearchFor,
  listAnalyzedDocumentIds,
  listDocumentsForScoring,
  listPoolSkills,
  listRequirementEmbeddings,
  listSemanticMatches,
  preselectDocuments,
  withVectorSearch,
} from './repositories/retrieval.repository'
export type { DecisionKind, DecisionRecord, NoteRecord } from './repositories/review.repository'
export { addNote, findDecision, listNotes, upsertDecision } from './repositories/review.repository'
export type { ImpactRowRecord, SelfIdentificationRecord } from './repositories/self-identification.repository'
export {
  findSelfIdentification,
  listImpactRows,
  saveSelfIdentification,
} from './repositories/self-identification.repository'
export type { CustomSkillRecord } from './repositories/skill.repository'
export { listCustomSkills, upsertCustomSkill } from './repositories/skill.repository'
export type { StoredUpload, UploadedFile } from './repositories/upload.repository'
export { createApplicationsForDocuments, storeDocuments } from './repositories/upload.repository'
export type { UsageTotals } from './repositories/usage.repository'
export { readCache, recordUsage, sumUsage, usageMonth, writeCache } from './repositories/usage.repository'
export type { UserSessionState } from './repositories/user-session.repository'
export {
  candidateMayAccess,
  changeUserRole,
  consumePasswordReset,
  countActiveAdmins,
  createPasswordReset,
  deactivateUser,
  findUserSessionState,
  setUserPassword,
} from './repositories/user-session.repository'
export type { ExportBatch, ExportHeader, TableShape } from './transfer'
export { exportDatabase, importDatabase, listTablesInLoadOrder } from './transfer'
export { cosineDistance, EMBEDDING_DIMENSIONS, toVectorLiteral } from './vector'
