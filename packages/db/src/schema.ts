// Kysely table types. These never leave the package: repositories map rows to domain objects.
import type { ColumnType, Generated, GeneratedAlways, JSONColumnType } from 'kysely'

// Timestamps with a database default: optional on insert, always a Date when read.
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type RequiredTimestamp = ColumnType<Date, Date | string, Date | string>
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
type Json<T extends object | null> = JSONColumnType<T, string, string>

export type OrganizationTable = {
  id: Generated<string>
  name: string
  monthly_budget_usd: number | null
  /** Months without activity after which a candidate is erased (retention sweep). */
  retention_months: Generated<number>
  /** Blind review: reviewers see no identifying details until an application reaches `blind_review_until`. */
  blind_review: Generated<boolean>
  blind_review_until: Generated<string>
  created_at: Timestamp
}

export type UserTable = {
  id: Generated<string>
  organization_id: string
  email: string
  name: string
  role: 'admin' | 'recruiter' | 'hiring_manager' | 'interviewer'
  password_hash: string
  deactivated_at: NullableTimestamp
  token_version: Generated<number>
  created_at: Timestamp
}

export type PasswordResetTable = {
  id: Generated<string>
  organization_id: string
  user_id: string
  token_hash: string
  expires_at: RequiredTimestamp
  used_at: NullableTimestamp
  created_by: string | null
  created_at: Timestamp
}

export type JobTable = {
  id: Generated<string>
  organization_id: string
  title: string
  description: string
  language: Generated<string>
  status: 'analyzing' | 'ready' | 'failed'
  responsibilities: Json<string[]>
  pipeline: JSONColumnType<string[] | null, string | null | undefined, string | null>
  /** Null inherits the organisation's blind review setting. */
  blind_review: boolean | null
  blind_review_until: string | null
  error_code: string | null
  created_by: string | null
  /** Bumped by triggers whenever anything a shortlist page shows changes: the page's ETag and cache key. */
  shortlist_version: Generated<string>
  created_at: Timestamp
  updated_at: Timestamp
}

export type RequirementTypeColumn =
  | 'skill'
  | 'knowledge'
  | 'activity'
  | 'language'
  | 'degree'
  | 'certification'
  | 'experience'
  | 'trait'
  | 'logistics'

export type JobRequirementTable = {
  id: Generated<string>
  organization_id: string
  job_id: string
  position: number
  label: string
  kind: 'required' | 'nice_to_have'
  type: Generated<RequirementTypeColumn>
  screened: Generated<boolean>
  weight: number
  skill_ids: Json<string[]>
  keywords: Json<string[]>
  min_years: number | null
  source_text: string | null
  source_start: number | null
  source_end: number | null
  section: string | null
  embedding: string | null
  created_at: Timestamp
  /** A recruiter's level for a language requirement; null: as the posting line reads (migration 2026-12-05T03-50). */
  level: Generated<string | null>
  /** A recruiter's "accepts equivalent experience" for a degree; null: as the posting line reads. */
  alternative_experience: Generated<boolean | null>
}

export type CandidateTable = {
  id: Generated<string>
  organization_id: string
  name: string | null
  email: string | null
  phone: string | null
  /** A recruiter's corrections; they take precedence over the parsed values above, which re-parsing rewrites. */
  name_corrected: string | null
  email_corrected: string | null
  current_role_corrected: Generated<boolean>
  current_title_corrected: string | null
  current_employer_corrected: string | null
  corrected_at: NullableTimestamp
  created_at: Timestamp
  updated_at: Timestamp
}

export type DocumentTable = {
  id: Generated<string>
  organization_id: string
  filename: string
  kind: 'pdf' | 'docx' | 'txt'
  mime: string
  size_bytes: number
  sha256: string
  content: Uint8Array
  pages: number | null
  text: string | null
  hidden: Json<Array<{ text: string; reason: string; page?: number }>>
  profile: JSONColumnType<object | null, string | null | undefined, string | null>
  parser_version: string | null
  embedding: string | null
  /** Generated from `profile` (migration 2026-12-05T01-40): its skill ids, for pool family profiles. */
  pool_skill_ids: GeneratedAlways<unknown>
  /** Generated from `profile`: the parsed current-role title (`currentRoleSql` without a correction). */
  pool_title: GeneratedAlways<string | null>
  created_at: Timestamp
}

/** The narrow copy of an analysed document's embedding that /matches scans (migration 2026-12-05T22-10). */
export type PoolDocumentTable = {
  document_id: string
  organization_id: string
  /** `documents.embedding` as halfvec, written by a trigger. */
  embedding: string | null
}

/** An analysed document's job-family profile, what /matches' family preselect scans (migration 2026-12-05T22-10). */
export type PoolFamilyTable = {
  document_id: string
  organization_id: string
  /** What the profile was built with (`poolFamilyKey`); null when an input changed and it awaits a rebuild. */
  family_key: string | null
  /** [category, weight] pairs in the order the profile was built, as JSON text. */
  categories: Generated<string>
  /** The same weights as a pgvector sparsevec (`toFamilyVectorLiteral`); null when the profile is empty. */
  family: string | null
}

export type ApplicationTable = {
  id: Generated<string>
  organization_id: string
  job_id: string
  document_id: string
  candidate_id: string | null
  filename: string
  status: 'queued' | 'processing' | 'scored' | 'failed'
  error_code: string | null
  error_message: string | null
  hidden_text_flagged: Generated<boolean>
  stage: Generated<string>
  /** The candidate asked for an alternative to automated screening (from the prep page). */
  alternative_process_requested_at: NullableTimestamp
  alternative_process_note: string | null
  created_by: string | null
  created_at: Timestamp
  updated_at: Timestamp
}

/** Voluntary self-identification: read only in aggregate by the fairness report, never by reviewers or scoring. */
export type SelfIdentificationTable = {
  application_id: string
  organization_id: string
  sex: string
  race_ethnicity: string
  created_at: Timestamp
  updated_at: Timestamp
}

export type ResumeChunkTable = {
  id: Generated<string>
  organization_id: string
  document_id: string
  chunk_index: number
  section: string
  text: string
  start_offset: number
  end_offset: number
  embedding: string
  embedding_model: string
  /** `embedding` in half precision once `indexSearchChunks` has put it in the search index; null until then. */
  search_embedding: ColumnType<string | null, never, never>
}

/** A chunk's strongest embedding components (`indexSearchChunks` writes them with `search_embedding`). */
export type ResumeChunkPostingTable = {
  chunk_id: string
  slot: number
  organization_id: string
  document_id: string
  weight: number
}

export type EvaluationTable = {
  id: Generated<string>
  organization_id: string
  application_id: string
  job_id: string
  score: number
  required_met: number
  required_total: number
  requirements: Json<object>
  taxonomy_version: string
  parser_version: string
  scorer_version: string
  /** Shortlist order, written by scoring: see core's `computeShortlistScore` and `rankCandidates`. */
  rank_score: Generated<number>
  all_required_met: Generated<boolean>
  coverage: Generated<number>
  role_fit: Json<object | null>
  ranking_version: Generated<string>
  /** Each requirement's status without evidence, what a shortlist page shows; null only if written by old code. */
  summary: JSONColumnType<object | null, string | null | undefined, string | null>
  created_at: Timestamp
  updated_at: Timestamp
}

export type InterviewKitTable = {
  id: Generated<string>
  organization_id: string
  job_id: string
  application_id: string | null
  scope: string
  status: 'pending' | 'ready' | 'failed'
  questions: Json<unknown[]>
  prompt_version: string | null
  model: string | null
  error_code: string | null
  error_message: string | null
  /** The bucketed applicant pool a role kit was written for (`KitPool` in core); null otherwise. */
  pool: Json<object | null> | null
  created_at: Timestamp
  updated_at: Timestamp
}

export type DecisionTable = {
  application_id: string
  organization_id: string
  decision: 'advance' | 'hold' | 'reject'
  reason: string
  decided_by: string
  decided_at: Timestamp
}

export type NoteTable = {
  id: Generated<string>
  organization_id: string
  application_id: string
  author_id: string
  body: string
  created_at: Timestamp
}

export type InviteTable = {
  id: Generated<string>
  organization_id: string
  application_id: string
  token_hash: string
  expires_at: RequiredTimestamp
  used_at: NullableTimestamp
  last_used_at: NullableTimestamp
  revoked_at: NullableTimestamp
  created_by: string
  created_at: Timestamp
}

export type CustomSkillTable = {
  id: Generated<string>
  organization_id: string
  skill_id: string
  name: string
  category: string
  aliases: Json<string[]>
  related: Json<string[]>
  created_at: Timestamp
}

export type LlmUsageTable = {
  id: Generated<string>
  organization_id: string
  month: string
  purpose: string
  model: string
  input_tokens: number
  output_tokens: number
  cost_usd: number
  created_at: Timestamp
}

export type LlmCacheTable = {
  key: string
  value: Json<object>
  /** The application a candidate kit was generated for; erasing the application erases the entry. */
  application_id: string | null
  created_at: Timestamp
}

export type AuditEventTable = {
  id: Generated<string>
  organization_id: string
  actor_id: string | null
  action: string
  subject_type: string
  subject_id: string | null
  data: Json<Record<string, unknown>>
  created_at: Timestamp
}

export type InterviewPlanItemTable = {
  id: Generated<string>
  organization_id: string
  job_id: string
  position: number
  name: string
  question_ids: Json<string[]>
  requirement_ids: Json<string[]>
  created_at: Timestamp
  updated_at: Timestamp
}

export type InterviewTable = {
  id: Generated<string>
  organization_id: string
  application_id: string
  plan_item_id: string
  interviewer_id: string
  status: Generated<'assigned' | 'draft' | 'submitted'>
  ratings: Json<Array<{ questionId: string; level: number; note: string; requirementIds: string[] }>>
  recommendation: 'strong_no' | 'no' | 'yes' | 'strong_yes' | null
  submitted_at: NullableTimestamp
  assigned_by: string | null
  created_at: Timestamp
  updated_at: Timestamp
}

export type ApplicationStageEventTable = {
  id: Generated<string>
  organization_id: string
  application_id: string
  from_stage: string
  to_stage: string
  reason: string | null
  moved_by: string | null
  created_at: Timestamp
}

export type MessageKindColumn = 'prep_invite' | 'interview_invitation' | 'rejection'
export type MessageStatusColumn = 'queued' | 'sent' | 'failed' | 'outbox'

export type MessageTemplateTable = {
  organization_id: string
  kind: MessageKindColumn
  locale: 'en' | 'pt' | 'es'
  subject: string
  body: string
  updated_by: string | null
  updated_at: Timestamp
}

export type CandidateMessageTable = {
  id: Generated<string>
  organization_id: string
  application_id: string
  kind: MessageKindColumn
  locale: 'en' | 'pt' | 'es'
  recipient: string | null
  subject: string
  body: string
  link: string | null
  status: MessageStatusColumn
  attempts: Generated<number>
  error: string | null
  created_by: string | null
  created_at: Timestamp
  sent_at: NullableTimestamp
}

export type DB = {
  organizations: OrganizationTable
  users: UserTable
  jobs: JobTable
  job_requirements: JobRequirementTable
  candidates: CandidateTable
  documents: DocumentTable
  pool_documents: PoolDocumentTable
  pool_families: PoolFamilyTable
  applications: ApplicationTable
  resume_chunks: ResumeChunkTable
  resume_chunk_postings: ResumeChunkPostingTable
  evaluations: EvaluationTable
  interview_kits: InterviewKitTable
  decisions: DecisionTable
  notes: NoteTable
  invites: InviteTable
  password_resets: PasswordResetTable
  custom_skills: CustomSkillTable
  llm_usage: LlmUsageTable
  llm_cache: LlmCacheTable
  audit_events: AuditEventTable
  interview_plan_items: InterviewPlanItemTable
  interviews: InterviewTable
  application_stage_events: ApplicationStageEventTable
  message_templates: MessageTemplateTable
  candidate_messages: CandidateMessageTable
  self_identifications: SelfIdentificationTable
}
