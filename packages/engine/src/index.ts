export { analyzeJobPosting, enqueueScoringForJob } from './analyze-job-posting'
export { buildCandidatePrep } from './build-candidate-prep'
export type { CandidatePrep } from './build-candidate-prep'
export { computeRequirementsRevision } from './compute-requirements-revision'
export type { EngineDeps } from './engine-deps'
export { EngineError } from './engine-error'
export type { EngineErrorCode } from './engine-error'
export { assertWithinBudget, failInterviewKit, generateInterviewKit } from './generate-interview-kit'
export type { KitTarget } from './generate-interview-kit'
export { ingestApplication } from './ingest-application'
export { loadOrganizationTaxonomy } from './load-organization-taxonomy'
export { describeRequirement } from './requirement-text'
export { openEngine } from './open-engine'
export type { Engine, EngineConfig } from './open-engine'
export { scoreApplication } from './score-application'
export { resumeUnfinishedWork } from './resume-unfinished-work'
export {
  compareMatches,
  findMatchingCandidates,
  meanDirection,
  rankDocumentsForJob,
} from './find-matching-candidates'
export type { FindMatchingCandidatesInput, PoolMatch } from './find-matching-candidates'
