import { sql } from 'kysely'
import type { Db } from '../create-database'
import { type CurrentRole, candidateNameSql, currentRoleSql, toCurrentRole } from './current-role'

/** Stored per-requirement results; the shape is owned by the scorer in @shortlist/core. */
export type StoredRequirementResult = {
  requirementId: string
  status: 'matched' | 'partial' | 'missing'
  credit: number
  reason: string
  /** What the status rests on (`EvidenceBasis` in core); absent on results stored before scorer-3 recorded it. */
  basis?: 'named' | 'narrower' | 'related' | 'paraphrase' | 'listed' | 'years_short' | 'equivalent' | 'none'
  yearsFound: number | null
  evidence: Array<{
    quote: string
    start: number
    end: number
    section: string
    source: string
    skillId: string | null
  }>
}

/** Stored role fit; the shape is owned by `measureRoleFit` in @shortlist/core. */
export type StoredRoleFit = {
  score: number
  currentTitle: string | null
  familyFit: number
  titleFit: number
  functionYears: number
  yearsFit: number
  seniorityFit: number
  sameFunction: 'same' | 'related' | 'different'
  explanation: string
}

/** What the shortlist orders by: every screened required item met first, then the rank score, then id. */
export type StoredShortlistRank = {
  rankScore: number
  allRequiredMet: boolean
  coverage: number
  roleFit: StoredRoleFit | null
  rankingVersion: string
}

export type EvaluationRecord = {
  applicationId: string
  jobId: string
  score: number
  requiredMet: number
  requiredTotal: number
  requirements: StoredRequirementResult[]
  versions: { taxonomy: string; parser: string; scorer: string }
  rank: StoredShortlistRank
  updatedAt: Date
}

export type SemanticMatchRecord = {
  requirementId: string
  chunk: { index: number; text: string; start: number; end: number; section: string }
  similarity: number
}

/**
 * For every requirement of the job, the single most similar chunk of the document (cosine), in one query.
 * Ties break on chunk index so the result is reproducible.
 */
export async function findSemanticMatches(
  db: Db,
  organizationId: string,
  jobId: string,
  documentId: string,
): Promise<SemanticMatchRecord[]> {
  const rows = await sql<{
    requirement_id: string
    chunk_index: number
    text: string
    start_offset: number
    end_offset: number
    section: string
    similarity: number
  }>`
    SELECT DISTINCT ON (r.id)
      r.id AS requirement_id, c.chunk_index, c.text, c.start_offset, c.end_offset, c.section,
      1 - (c.embedding <=> r.embedding) AS similarity
    FROM job_requirements r
    JOIN resume_chunks c ON c.document_id = ${documentId} AND c.organization_id = ${organizationId}
    WHERE r.job_id = ${jobId} AND r.organization_id = ${organizationId} AND r.embedding IS NOT NULL
    ORDER BY r.id, c.embedding <=> r.embedding, c.chunk_index
  `.execute(db)
  return rows.rows.map((row) => ({
    requirementId: row.requirement_id,
    chunk: {
      index: row.chunk_index,
      text: row.text,
      start: row.start_offset,
      end: row.end_offset,
      section: row.section,
    },
    similarity: Number(row.similarity),
  }))
}

/** One evaluation per application: a rerun overwrites it. */
export async function upsertEvaluation(
  db: Db,
  organizationId: string,
  evaluation: Omit<EvaluationRecord, 'updatedAt'>,
): Promise<void> {
  const values = {
    organization_id: organizationId,
    application_id: evaluation.applicationId,
    job_id: evaluation.jobId,
    score: evaluation.score,
    required_met: evaluation.requiredMet,
    required_total: evaluation.requiredTotal,
    requirements: JSON.stringify(evaluation.requirements),
    taxonomy_version: evaluation.versions.taxonomy,
    parser_version: evaluation.versions.parser,
    scorer_version: evaluation.versions.scorer,
    rank_score: evaluation.rank.rankScore,
    all_required_met: evaluation.rank.allRequiredMet,
    coverage: evaluation.rank.coverage,
    role_fit: JSON.stringify(evaluation.rank.roleFit),
    ranking_version: evaluation.rank.rankingVersion,
  }
  await db
    .insertInto('evaluations')
    .values(values)
    .onConflict((conflict) =>
      conflict.column('application_id').doUpdateSet({
        score: values.score,
        required_met: values.required_met,
        required_total: values.required_total,
        requirements: values.requirements,
        taxonomy_version: values.taxonomy_version,
        parser_version: values.parser_version,
        scorer_version: values.scorer_version,
        rank_score: values.rank_score,
        all_required_met: values.all_required_met,
        coverage: values.coverage,
        role_fit: values.role_fit,
        ranking_version: values.ranking_version,
        updated_at: new Date(),
      }),
    )
    .execute()
}

export async function findEvaluation(
  db: Db,
  organizationId: string,
  applicationId: string,
): Promise<EvaluationRecord | null> {
  const row = await db
    .selectFrom('evaluations')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('application_id', '=', applicationId)
    .executeTakeFirst()
  return row ? toEvaluation(row) : null
}

export async function countEvaluations(
  db: Db,
  organizationId: string,
  applicationId: string,
): Promise<number> {
  const row = await db
    .selectFrom('evaluations')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('organization_id', '=', organizationId)
    .where('application_id', '=', applicationId)
    .executeTakeFirstOrThrow()
  return row.count
}

export type ShortlistFilters = {
  meetsAllRequired?: boolean
  minScore?: number
  skill?: string
  /** Only applications in this pipeline stage. */
  stage?: string
}

export type ShortlistRow = EvaluationRecord & {
  candidateId: string
  candidateName: string | null
  /** The current entry of the parsed work history (else the headline under the name), when the resume names one. */
  currentRole: CurrentRole | null
  hiddenTextFlagged: boolean
  decision: 'advance' | 'hold' | 'reject' | null
  /** The application's pipeline stage. */
  stage: string
}

/**
 * Scored applications of a job in the order of core's `rankCandidates`: every screened required item met first,
 * then the rank score, then application id, so pages are stable (index evaluations_shortlist_rank_idx).
 */
export async function listShortlist(
  db: Db,
  organizationId: string,
  jobId: string,
  page: { limit: number; offset: number },
  filters: ShortlistFilters,
): Promise<{ total: number; rows: ShortlistRow[] }> {
  let query = db
    .selectFrom('evaluations')
    .innerJoin('applications', 'applications.id', 'evaluations.application_id')
    .innerJoin('candidates', 'candidates.id', 'applications.candidate_id')
    .innerJoin('documents', 'documents.id', 'applications.document_id')
    .leftJoin('decisions', 'decisions.application_id', 'applications.id')
    .where('evaluations.organization_id', '=', organizationId)
    .where('applications.organization_id', '=', organizationId)
    .where('evaluations.job_id', '=', jobId)
    .where('applications.status', '=', 'scored')
  if (filters.meetsAllRequired) query = query.where('evaluations.all_required_met', '=', true)
  if (filters.minScore !== undefined) query = query.where('evaluations.score', '>=', filters.minScore)
  if (filters.skill) {
    query = query.where(
      sql<boolean>`documents.profile -> 'skills' @> ${JSON.stringify([{ skillId: filters.skill }])}::jsonb`,
    )
  }
  if (filters.stage) query = query.where('applications.stage', '=', filters.stage)

  const total = await query.select(sql<number>`count(*)::int`.as('count')).executeTakeFirstOrThrow()
  const rows = await query
    .selectAll('evaluations')
    .select([
      'candidates.id as candidate_id',
      candidateNameSql.as('candidate_name'),
      'applications.hidden_text_flagged',
      'decisions.decision',
      'applications.stage',
      currentRoleSql.as('current_role'),
    ])
    .orderBy('evaluations.all_required_met', 'desc')
    .orderBy('evaluations.rank_score', 'desc')
    .orderBy('evaluations.application_id')
    .limit(page.limit)
    .offset(page.offset)
    .execute()
  return {
    total: total.count,
    rows: rows.map((row) => ({
      ...toEvaluation(row),
      candidateId: row.candidate_id,
      candidateName: row.candidate_name,
      currentRole: toCurrentRole(row.current_role),
      hiddenTextFlagged: row.hidden_text_flagged,
      decision: row.decision,
      stage: row.stage,
    })),
  }
}

function toEvaluation(row: {
  application_id: string
  job_id: string
  score: number
  required_met: number
  required_total: number
  requirements: unknown
  taxonomy_version: string
  parser_version: string
  scorer_version: string
  rank_score: number
  all_required_met: boolean
  coverage: number
  role_fit: unknown
  ranking_version: string
  updated_at: Date
}): EvaluationRecord {
  return {
    applicationId: row.application_id,
    jobId: row.job_id,
    score: Number(row.score),
    requiredMet: row.required_met,
    requiredTotal: row.required_total,
    requirements: row.requirements as StoredRequirementResult[],
    versions: { taxonomy: row.taxonomy_version, parser: row.parser_version, scorer: row.scorer_version },
    rank: {
      rankScore: Number(row.rank_score),
      allRequiredMet: row.all_required_met,
      coverage: Number(row.coverage),
      roleFit: (row.role_fit ?? null) as StoredRoleFit | null,
      rankingVersion: row.ranking_version,
    },
    updatedAt: row.updated_at,
  }
}
