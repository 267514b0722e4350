export { analyzeJobPosting, enqueueScoringForJob } from './analyze-job-posting'
export type { CandidatePrep } from './build-candidate-prep'
export { buildCandidatePrep } from './build-candidate-prep'
export { computeRequirementsRevision } from './compute-requirements-revision'
export type { EngineDeps } from './engine-deps'
export type { EngineEnvironment } from './engine-environment'
export { engineConfigFromEnvironment, parseEnvironment, ZEngineEnvironment } from './engine-environment'
export type { EngineErrorCode } from './engine-error'
export { EngineError } from './engine-error'
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
  rankDocumentsForJob,
  rankPoolForJob,
} from './find-matching-candidates'
export type { KitTarget } from './generate-interview-kit'
export { assertWithinBudget, failInterviewKit, generateInterviewKit } from './generate-interview-kit'
export { ingestApplication } from './ingest-application'
export { loadOrganizationTaxonomy } from './load-organization-taxonomy'
export type { Engine, EngineConfig } from './open-engine'
export { openEngine } from './open-engine'
export type { Career } from './read-career'
export { readCareer } from './read-career'
export { requestInterviewKit } from './request-interview-kit'
export { describeRequirement } from './requirement-text'
export { resumeUnfinishedWork } from './resume-unfinished-work'
export { scoreApplication } from './score-application'
export { storePostingAnalysis } from './store-posting-analysis'
export { toRequirementInput } from './to-requirement-input'
