// Public surface of @shortlist/core. Each area lists its own exports; keep them explicit.
export type {
  CandidateEvaluation,
  DocumentErrorCode,
  DocumentKind,
  Evidence,
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
  RequirementInput,
  RequirementKind,
  RequirementResult,
  RequirementStatus,
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

// --- extraction (files -> visible text) ---

// --- resume (text -> profile, chunks) ---

// --- taxonomy (skills, aliases, related edges) ---

// --- posting (text -> requirements) ---

// --- scoring (requirements x resume -> evaluation) ---
