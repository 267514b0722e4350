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
    summary: JSON.stringify(summarizeResults(evaluation.requirements)),
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
        summary: values.summary,
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

/** Where a page starts: the order columns of the last row of the page before (keyset pagination). */
export type ShortlistCursor = { allRequiredMet: boolean; rankScore: number; applicationId: string }

/** A requirement's status as the list shows it; the evidence stays with the application. */
export type RequirementStatusSummary = { requirementId: string; status: StoredRequirementResult['status'] }

export type ShortlistRow = {
  applicationId: string
  score: number
  requiredMet: number
  requiredTotal: number
  rank: Omit<StoredShortlistRank, 'rankingVersion'>
  /** Each requirement's status, in the scorer's order (`evaluations.summary`). */
  statuses: RequirementStatusSummary[]
  /** The full results with evidence: only when asked for (`evidence: true`). */
  requirements: StoredRequirementResult[] | null
  candidateId: string
  candidateName: string | null
  /** The current entry of the parsed work history (else the headline under the name), when the resume names one. */
  currentRole: CurrentRole | null
  hiddenTextFlagged: boolean
  decision: 'advance' | 'hold' | 'reject' | null
  /** The application's pipeline stage. */
  stage: string
  /** The candidate asked for an alternative to automated screening (fairness). */
  alternativeProcessRequested: boolean
}

/** The statuses without evidence, as scoring stores them in `evaluations.summary`. */
export function summarizeResults(results: readonly StoredRequirementResult[]): RequirementStatusSummary[] {
  return results.map((result) => ({ requirementId: result.requirementId, status: result.status }))
}

// The keyset index's columns (migration 2026-12-05T01-05): all ascending, so "after the cursor" is one row
// comparison the index can seek to, and the order equals core's `rankCandidates` (met first, rank score, id).
const KEYSET = sql`(not evaluations.all_required_met, -evaluations.rank_score, evaluations.application_id)`

// Rows written by code older than the summary column derive it from the full results; coalesce evaluates this only
// for them, so other rows never read the evidence.
const summarySql = sql<RequirementStatusSummary[]>`coalesce(evaluations.summary, (
  select coalesce(jsonb_agg(jsonb_build_object(
    'requirementId', result.value ->> 'requirementId', 'status', result.value ->> 'status') order by result.position),
    '[]'::jsonb)
  from jsonb_array_elements(evaluations.requirements) with ordinality as result(value, position)
))`

function shortlistQuery(
  db: Db,
  organizationId: string,
  jobId: string,
  filters: ShortlistFilters,
  options: { applicationsOfJob: boolean },
) {
  let query = db
    .selectFrom('evaluations')
    .innerJoin('applications', 'applications.id', 'evaluations.application_id')
    .where('evaluations.job_id', '=', jobId)
    .where('evaluations.organization_id', '=', organizationId)
    .where('applications.organization_id', '=', organizationId)
  // The count may start from either table: naming the job on both sides keeps it to the job's rows, never the
  // organisation's. The page starts from the keyset index and looks each application up by primary key; a second
  // index on the job's applications only gives a planner short of statistics a wrong choice to make.
  if (options.applicationsOfJob) query = query.where('applications.job_id', '=', jobId)
  query = query.where('applications.status', '=', 'scored')
  if (filters.meetsAllRequired) query = query.where('evaluations.all_required_met', '=', true)
  if (filters.minScore !== undefined) query = query.where('evaluations.score', '>=', filters.minScore)
  if (filters.stage) query = query.where('applications.stage', '=', filters.stage)
  if (filters.skill) {
    const skill = JSON.stringify([{ skillId: filters.skill }])
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('documents')
          .select(sql`1`.as('one'))
          .whereRef('documents.id', '=', 'applications.document_id')
          .where(sql<boolean>`documents.profile -> 'skills' @> ${skill}::jsonb`),
      ),
    )
  }
  return query
}

/**
 * One page of a job's scored applications in the order of core's `rankCandidates`: every screened required item met
 * first, then the rank score, then application id. Keyset pagination on evaluations_shortlist_keyset_idx: a page
 * after `after` costs the same at any depth and job size, and ties never repeat or skip a row across pages.
 * The plan needs statistics (without them the planner guesses every index returns one row and may start from the
 * organisation's applications); PGlite gets them from `createDatabase`'s periodic ANALYZE.
 */
export async function listShortlist(
  db: Db,
  organizationId: string,
  jobId: string,
  page: { limit: number; after?: ShortlistCursor | null; evidence?: boolean },
  filters: ShortlistFilters,
): Promise<{ rows: ShortlistRow[]; next: ShortlistCursor | null }> {
  let query = shortlistQuery(db, organizationId, jobId, filters, { applicationsOfJob: false })
    .innerJoin('candidates', 'candidates.id', 'applications.candidate_id')
    .innerJoin('documents', 'documents.id', 'applications.document_id')
    .leftJoin('decisions', 'decisions.application_id', 'applications.id')
    .select([
      'evaluations.application_id',
      'evaluations.score',
      'evaluations.required_met',
      'evaluations.required_total',
      'evaluations.rank_score',
      'evaluations.all_required_met',
      'evaluations.coverage',
      'evaluations.role_fit',
      summarySql.as('summary'),
      'candidates.id as candidate_id',
      candidateNameSql.as('candidate_name'),
      'applications.hidden_text_flagged',
      'decisions.decision',
      'applications.stage',
      'applications.alternative_process_requested_at',
      currentRoleSql.as('current_role'),
    ])
  if (page.evidence) query = query.select('evaluations.requirements')
  const { after } = page
  if (after) {
    query = query.where(
      sql<boolean>`${KEYSET} > (${!after.allRequiredMet}::boolean, ${-after.rankScore}::double precision, ${after.applicationId}::uuid)`,
    )
  }
  // One more row than asked for tells whether another page follows, without a count.
  const rows = await query
    .orderBy(sql`not evaluations.all_required_met`)
    .orderBy(sql`-evaluations.rank_score`)
    .orderBy('evaluations.application_id')
    .limit(page.limit + 1)
    .execute()
  const items = rows.slice(0, page.limit).map(
    (row): ShortlistRow => ({
      applicationId: row.application_id,
      score: Number(row.score),
      requiredMet: row.required_met,
      requiredTotal: row.required_total,
      rank: {
        rankScore: Number(row.rank_score),
        allRequiredMet: row.all_required_met,
        coverage: Number(row.coverage),
        roleFit: (row.role_fit ?? null) as StoredRoleFit | null,
      },
      statuses: row.summary ?? [],
      requirements:
        'requirements' in row ? ((row.requirements ?? []) as unknown as StoredRequirementResult[]) : null,
      candidateId: row.candidate_id,
      candidateName: row.candidate_name,
      currentRole: toCurrentRole(row.current_role),
      hiddenTextFlagged: row.hidden_text_flagged,
      decision: row.decision,
      stage: row.stage,
      alternativeProcessRequested: row.alternative_process_requested_at !== null,
    }),
  )
  const last = items.at(-1)
  const next =
    rows.length > page.limit && last
      ? {
          allRequiredMet: last.rank.allRequiredMet,
          rankScore: last.rank.rankScore,
          applicationId: last.applicationId,
        }
      : null
  return { rows: items, next }
}

/** How many scored applications of the job pass the filters (the API caches it per shortlist version). */
export async function countShortlist(
  db: Db,
  organizationId: string,
  jobId: string,
  filters: ShortlistFilters,
): Promise<number> {
  const row = await shortlistQuery(db, organizationId, jobId, filters, { applicationsOfJob: true })
    .select(sql<number>`count(*)::int`.as('count'))
    .executeTakeFirstOrThrow()
  return row.count
}

/**
 * The job's shortlist version (bumped by triggers on every change a page shows), or null when the organisation has
 * no such job. One primary-key read: it is the ETag, and the key of the API's page cache.
 */
export async function findShortlistVersion(
  db: Db,
  organizationId: string,
  jobId: string,
): Promise<string | null> {
  const versions = await findShortlistVersions(db, [{ organizationId, jobId }])
  return versions[0] ?? null
}

/**
 * `findShortlistVersion` for many (organisation, job) pairs in one query, in the order asked (null: no such job).
 * Under load a batch holds the same job many times over: it is read once, by primary key, and the organisation is
 * compared here, so a job of another organisation still answers null.
 */
export async function findShortlistVersions(
  db: Db,
  keys: ReadonlyArray<{ organizationId: string; jobId: string }>,
): Promise<Array<string | null>> {
  if (keys.length === 0) return []
  const jobIds = [...new Set(keys.map((key) => key.jobId))]
  const rows = await db
    .selectFrom('jobs')
    .select(['id', 'organization_id', sql<string>`shortlist_version::text`.as('version')])
    .where('id', 'in', jobIds)
    .execute()
  const found = new Map(rows.map((row) => [row.id, row]))
  return keys.map((key) => {
    const row = found.get(key.jobId)
    return row && row.organization_id === key.organizationId ? row.version : null
  })
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
