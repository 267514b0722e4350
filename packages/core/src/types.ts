// Shared domain types. Every package speaks these; keep them free of I/O concerns.

/** Document formats the engine ingests. */
export type DocumentKind = 'pdf' | 'docx' | 'txt'

/** Stable, machine-readable reasons a document cannot be ingested. */
export type DocumentErrorCode =
  | 'UNSUPPORTED_TYPE'
  | 'EMPTY_FILE'
  | 'FILE_TOO_LARGE'
  | 'CORRUPT_DOCUMENT'
  | 'NO_TEXT_LAYER'
  | 'TOO_MANY_PAGES'
  | 'PARSE_TIMEOUT'
  | 'PARSE_RESOURCE_LIMIT'
  | 'PARSE_TOO_LARGE'

/** Why a run of text was judged invisible to a human reader. */
export type HiddenTextReason = 'white_text' | 'tiny_font' | 'off_page' | 'hidden_run'

export type HiddenFragment = { text: string; reason: HiddenTextReason; page?: number }

/**
 * Result of turning a file into text. `text` holds only what a reader can see, in reading order;
 * hidden fragments are kept apart so they can be flagged but never scored.
 */
export type ExtractedDocument = {
  kind: DocumentKind
  text: string
  pages: number
  hidden: HiddenFragment[]
}

export type ResumeSectionName =
  | 'contact'
  | 'summary'
  | 'experience'
  | 'education'
  | 'skills'
  | 'projects'
  | 'certifications'
  | 'languages'
  | 'other'

/** A span of the resume text; offsets are UTF-16 indexes into the visible text, end exclusive. */
export type TextSpan = { start: number; end: number }

export type ResumeSection = TextSpan & { name: ResumeSectionName; heading: string | null }

export type ExperienceEntry = TextSpan & {
  title: string | null
  employer: string | null
  /** Where the role was held ("São Paulo", "Pune, Maharashtra"), when the header says. */
  location?: string
  /** ISO month, `YYYY-MM`. */
  startDate: string | null
  endDate: string | null
  current: boolean
}

export type EvidenceSource = 'skills_list' | 'described_work' | 'semantic'

export type SkillMention = TextSpan & {
  skillId: string
  surface: string
  section: ResumeSectionName
  source: Exclude<EvidenceSource, 'semantic'>
}

export type SkillExperience = {
  skillId: string
  /** Years of experience summed over the (non-overlapping) entries that mention the skill. */
  years: number
  lastUsedYear: number | null
  mentions: SkillMention[]
}

export type ResumeProfile = {
  name: string | null
  /** The role line under the name, when there is one: how the candidate titles themself now. */
  headline: { title: string | null; employer: string | null } | null
  email: string | null
  phone: string | null
  links: string[]
  sections: ResumeSection[]
  experiences: ExperienceEntry[]
  skills: SkillExperience[]
  totalYears: number
}

export type Skill = {
  id: string
  name: string
  category: string
  aliases: string[]
  /** Skills that can substitute for this one (experiment tracking: MLflow ~ W&B ~ Neptune). */
  related: string[]
  /** More general skills this one is a kind of (MySQL -> SQL, Excel -> Microsoft Office, BLS -> CPR). */
  broader?: string[]
}

export type SkillMatch = TextSpan & { skillId: string; surface: string }

export type RequirementKind = 'required' | 'nice_to_have'

/**
 * What a requirement asks for, which decides how it is matched and whether a resume can show it at all.
 * `trait` (soft qualities) and `logistics` (location, work authorisation, travel, shifts) are not screened: a resume
 * cannot prove them, so they are assessed in the interview or confirmed with the candidate, and never gate.
 */
export type RequirementType =
  | 'skill'
  | 'knowledge'
  | 'activity'
  | 'language'
  | 'degree'
  | 'certification'
  | 'experience'
  | 'trait'
  | 'logistics'

export const REQUIREMENT_TYPES: readonly RequirementType[] = [
  'skill',
  'knowledge',
  'activity',
  'language',
  'degree',
  'certification',
  'experience',
  'trait',
  'logistics',
]

export type PostingSectionName =
  | 'title'
  | 'company'
  | 'responsibilities'
  | 'required'
  | 'nice_to_have'
  | 'benefits'
  | 'other'

export type PostingSection = TextSpan & { name: PostingSectionName; heading: string | null }

/** A requirement as the posting parser found it, before it is stored. */
export type ParsedRequirement = {
  label: string
  kind: RequirementKind
  type: RequirementType
  /** False for traits and logistics: shown apart, never gating, never counted in the score. */
  screened: boolean
  weight: number
  /** Alternatives: any one of these skills satisfies the requirement. Empty for skill-less requirements. */
  skillIds: string[]
  minYears: number | null
  /** Significant words used when no skill is named (degree, domain, soft skills). */
  keywords: string[]
  source: TextSpan & { text: string }
  section: PostingSectionName
  /** Spoken languages: the level asked for (CEFR code, or native / fluent / advanced / intermediate / basic). */
  level?: string
  /** Degrees: the posting accepts equivalent experience instead ("or equivalent experience"). */
  alternativeExperience?: boolean
}

export type PostingLanguage = 'en' | 'pt' | 'es'

export type ParsedPosting = {
  language: PostingLanguage
  sections: PostingSection[]
  responsibilities: string[]
  requirements: ParsedRequirement[]
  /** Text the parser did not read as the posting (navigation, salary rows, FAQ blocks, company blurbs), with why. */
  setAside: PostingSetAside[]
}

/** A span of a pasted posting set aside as page furniture rather than read for requirements. */
export type PostingSetAside = TextSpan & { text: string; reason: string }

/** A stored requirement as the scorer sees it. */
export type RequirementInput = {
  id: string
  label: string
  kind: RequirementKind
  type: RequirementType
  screened: boolean
  weight: number
  skillIds: string[]
  minYears: number | null
  keywords: string[]
  /**
   * The posting line the requirement was read from, when known: its wording beyond the label ("or a related field",
   * "or equivalent experience", the other fields of a degree) is part of what it asks.
   */
  source?: string
  /** Degrees: a recruiter's setting of "accepts equivalent experience"; absent: as `source` reads. */
  alternativeExperience?: boolean
  /**
   * Spoken languages: a recruiter's setting of the level asked (CEFR code, or native / fluent / advanced /
   * intermediate / basic); absent: as `source` reads.
   */
  level?: string
}

export type ResumeChunk = TextSpan & { index: number; text: string; section: ResumeSectionName }

/** Nearest resume chunk for one requirement, found through pgvector (cosine similarity, 1 = same). */
export type SemanticMatch = { requirementId: string; chunk: ResumeChunk; similarity: number }

export type Evidence = TextSpan & {
  quote: string
  section: ResumeSectionName
  source: EvidenceSource
  skillId: string | null
}

export type RequirementStatus = 'matched' | 'partial' | 'missing'

/**
 * What a status rests on, so a reviewer (and the eval) can check it: the requirement's own skill or words `named`;
 * a `narrower` skill (MySQL for SQL); a `related` one; a `paraphrase` of an activity (its verb and object, or their
 * synonyms, in one sentence); a `listed` claim with no described use; `years_short` of those asked; an `equivalent`
 * the posting accepts ("or equivalent experience"); `none` when nothing supports it.
 */
export type EvidenceBasis =
  | 'named'
  | 'narrower'
  | 'related'
  | 'paraphrase'
  | 'listed'
  | 'years_short'
  | 'equivalent'
  | 'none'

export type RequirementResult = {
  requirementId: string
  status: RequirementStatus
  /** Set by the scorer from scorer-2 on; absent in results stored before. */
  basis?: EvidenceBasis
  /** 0..1 credit the formula used for this requirement. */
  credit: number
  evidence: Evidence[]
  yearsFound: number | null
  /** One plain sentence a hiring manager can read. */
  reason: string
}

export type ScoreVersions = { taxonomy: string; parser: string; scorer: string }

export type CandidateEvaluation = {
  /** 0..100, rounded to two decimals. */
  score: number
  requiredMet: number
  requiredTotal: number
  requirements: RequirementResult[]
  versions: ScoreVersions
}
