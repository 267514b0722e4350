// Public surface of @shortlist/core. Each area lists its own exports; keep them explicit.

// --- extraction (files -> visible text) ---
export {
  type AnalyzedDocument,
  type AnalyzeOptions,
  analyzeDocument,
  MAX_ANALYZED_CHARS,
  MAX_CHUNKS_PER_DOCUMENT,
} from './extraction/analyze-document'
export { detectDocumentKind } from './extraction/detect-document-kind'
export { DocumentError, isDocumentError } from './extraction/document-error'
export {
  createDocumentSandbox,
  DEFAULT_MAX_OUTPUT_BYTES,
  type DocumentSandbox,
  type DocumentSandboxOptions,
} from './extraction/document-sandbox'
export { type ExtractOptions, extractDocument, validateDocument } from './extraction/extract-document'
export { normalizeText } from './extraction/normalize-text'
export { SNIFF_BYTES, sniffDocumentKind } from './extraction/sniff-document-kind'
// --- fairness (blind review, LL144-style impact report) ---
export {
  type ComputeImpactReportInput,
  computeImpactReport,
  IMPACT_DEFAULTS,
  type ImpactCategory,
  type ImpactDimension,
  type ImpactFlag,
  type ImpactReport,
  type ImpactRow,
  type ImpactWarning,
  type SelectionBasis,
  selectRows,
} from './fairness/compute-impact-report'
export {
  findIdentifyingSpans,
  type IdentifyingKind,
  type IdentifyingSpan,
  type KnownIdentity,
  MASK,
  maskSpans,
} from './fairness/find-identifying-spans'
export {
  type BlindReviewPolicy,
  blindCandidateLabel,
  isBlindReview,
  resolveBlindReviewPolicy,
} from './fairness/is-blind-review'
// --- interviews (scorecards -> per-requirement feedback, apart from the screening score) ---
export {
  aggregateScorecards,
  RECOMMENDATIONS,
  type Recommendation,
  type RequirementInterviewSignal,
  type ScorecardAggregate,
  type ScorecardForAggregation,
} from './interviews/aggregate-scorecards'
export {
  bucketApplicantPool,
  type KitPool,
  type KitRequirementPool,
  MIN_POOL_APPLICANTS,
  poolSizeBand,
} from './interviews/bucket-applicant-pool'
export {
  type ApplicantPoolCounts,
  countApplicantPool,
  type PoolResult,
  type RequirementPoolCounts,
} from './interviews/count-applicant-pool'
export {
  type ApplicantPoolStats,
  type RequirementPoolStats,
  summarizeApplicantPool,
} from './interviews/summarize-applicant-pool'
export { tieQuestionToRequirements } from './interviews/tie-question-to-requirements'
// --- posting (text -> requirements) ---
export { classifyRequirement, isScreenedType } from './posting/classify-requirement'
export { detectLanguage } from './posting/detect-language'
export {
  extractKeywords,
  POSTING_PARSER_VERSION,
  parsePosting,
  REQUIREMENT_WEIGHTS,
} from './posting/parse-posting'
export { readMinYears } from './posting/read-min-years'
export { readRequirementDetails } from './posting/read-requirement-details'
export { toRequirementInputs } from './posting/to-requirement-inputs'
// --- resume (text -> profile, chunks) ---
export { type ChunkOptions, chunkResume } from './resume/chunk-resume'
export { type CurrentRole, findCurrentRole } from './resume/find-current-role'
export { findDateRanges } from './resume/find-date-ranges'
export { classifyHeading } from './resume/find-sections'
export { isListLine } from './resume/is-list-line'
export { listSkillItems } from './resume/list-skill-items'
export { type ParseResumeOptions, parseResume } from './resume/parse-resume'
export { RESUME_PARSER_VERSION } from './resume/resume-parser-version'
export { hasTitleWord, type RoleHeader, splitRoleHeader } from './resume/split-role-header'
// --- scoring (requirements x resume -> evaluation) ---
export {
  computeShortlistScore,
  SHORTLIST_RANKING_VERSION,
  SHORTLIST_SCORE,
  type ShortlistScore,
} from './scoring/compute-shortlist-score'
export { describeRequirement } from './scoring/describe-requirement'
export { explainFamilyFit } from './scoring/explain-family-fit'
export { loadWordNet, type WordNet } from './scoring/load-wordnet'
export {
  buildFamilyProfile,
  buildFamilyProfileFromSkills,
  type FamilyProfile,
  measureFamilyFit,
} from './scoring/measure-family-fit'
export {
  buildRolePosting,
  measureRoleFit,
  measureTitleFit,
  ROLE_FIT,
  type RoleFit,
  type RolePosting,
  readTitleTerms,
} from './scoring/measure-role-fit'
export { compareCandidates, type RankedCandidate, rankCandidates } from './scoring/rank-candidates'
export {
  buildFamilyFitDirection,
  buildPoolFeedback,
  buildPostingFamilyProfile,
  buildResumeFamilyProfile,
  meanDirection,
  measureMemberFamilyFit,
  measurePoolFamilyFit,
  measurePoolScore,
  POOL_RANKING,
  POOL_RANKING_VERSION,
  type PoolMember,
  selectPoolCandidates,
} from './scoring/rank-pool'
export { MAX_QUOTE_LENGTH, readQuote } from './scoring/read-quote'
export {
  CREDITS,
  SCORER_VERSION,
  type ScoreCandidateInput,
  scoreCandidate,
} from './scoring/score-candidate'
// --- taxonomy (skills, aliases, related edges) ---
export {
  aliasKey,
  buildTaxonomy,
  type CustomSkill,
  findNamedSkillCategories,
  findSkills,
  foldText,
  getSkill,
  type LoadTaxonomyOptions,
  loadTaxonomy,
  lookupSkillId,
  narrowerSkillIds,
  relatedSkillIds,
  TAXONOMY_VERSION,
  type Taxonomy,
  toCustomSkill,
  ZCustomSkill,
} from './taxonomy'
export type {
  CandidateEvaluation,
  DocumentErrorCode,
  DocumentKind,
  Evidence,
  EvidenceBasis,
  EvidenceSource,
  ExperienceEntry,
  ExtractedDocument,
  HiddenFragment,
  HiddenTextReason,
  ParsedPosting,
  ParsedRequirement,
  PostingLanguage,
  PostingSection,
  PostingSectionName,
  PostingSetAside,
  RequirementInput,
  RequirementKind,
  RequirementResult,
  RequirementStatus,
  RequirementType,
  ResumeChunk,
  ResumeProfile,
  ResumeSection,
  ResumeSectionName,
  ScoreVersions,
  SemanticMatch,
  Skill,
  SkillExperience,
  SkillMatch,
  SkillMention,
  TextSpan,
} from './types'
export { REQUIREMENT_TYPES } from './types'
