import {
  candidateLabel,
  type Shortlist,
  ZCreateJobBody,
  ZIdParams,
  ZInterviewKit,
  ZJob,
  ZJobCreated,
  ZJobList,
  ZKitAccepted,
  ZKitRequestBody,
  ZMatchesQuery,
  ZPoolMatches,
  ZProblem,
  ZPutRequirementsBody,
  ZShortlist,
  ZShortlistQuery,
} from '@shortlist/contracts'
import { classifyRequirement, getSkill, isScreenedType, SHORTLIST_SCORE } from '@shortlist/core'
import {
  createJob,
  findJob,
  findKit,
  listCandidateNames,
  listCurrentRoles,
  listJobs,
  listRequirements,
  listShortlist,
  listSubmittedInterviewsForJob,
  recordAuditEvent,
  replaceRequirements,
  requirementsBelongToJob,
  type ShortlistCursor,
  type ShortlistRow,
} from '@shortlist/db'
import {
  computeRequirementsRevision,
  describeRequirement,
  enqueueScoringForJob,
  findMatchingCandidates,
  loadOrganizationTaxonomy,
  requestInterviewKit,
} from '@shortlist/engine'
import { analyzeJobPostingJob } from '@shortlist/jobs'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppError } from '../../lib/app-error'
import { blindCandidateLabel, loadBlindCandidates, loadBlindCheck } from '../../lib/blind-review'
import { withEngineErrors } from '../../lib/engine-errors'
import { csvCell, presentJob } from '../../lib/present'
import { groupByApplication, presentAggregate } from '../../lib/present-interviews'
import { presentKit } from '../../lib/present-kit'
import {
  createEncodingNegotiator,
  createShortlistPages,
  createShortlistVersionReader,
  matchesEtag,
  shortlistEtag,
} from '../../lib/shortlist-page'
import { ROLES, staff } from '../../plugins/auth'

const security = [{ bearerAuth: [] }]

export const jobRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, producer, llm } = app.engine

  const loadJob = async (organizationId: string, jobId: string) => {
    const job = await findJob(db, organizationId, jobId)
    if (!job) throw new AppError('NOT_FOUND', 'No such job in your organisation.')
    return job
  }

  app.post(
    '/',
    {
      preHandler: app.requireRole(...ROLES.manageJobs),
      schema: {
        tags: ['jobs'],
        summary: "Create a job from a posting's raw text; requirements are extracted in the background",
        security,
        body: ZCreateJobBody,
        response: { 201: ZJobCreated, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = staff(request)
      if (request.body.description.trim().length === 0) {
        throw new AppError('EMPTY_POSTING', 'The posting has no text. Paste the job description.')
      }
      const job = await db.transaction().execute(async (trx) => {
        const created = await createJob(trx, actor.organizationId, {
          title: request.body.title,
          description: request.body.description,
          createdBy: actor.userId,
        })
        await recordAuditEvent(trx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'job.created',
          subjectType: 'job',
          subjectId: created.id,
        })
        return created
      })
      await producer.enqueue(analyzeJobPostingJob, { organizationId: actor.organizationId, jobId: job.id })
      return reply.status(201).send(job)
    },
  )

  app.get(
    '/',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags: ['jobs'],
        summary: 'List jobs with application counts',
        security,
        response: { 200: ZJobList },
      },
    },
    async (request) => {
      const jobs = await listJobs(db, staff(request).organizationId)
      return { items: jobs.map((job) => ({ ...job, createdAt: job.createdAt.toISOString() })) }
    },
  )

  app.get(
    '/:id',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags: ['jobs'],
        summary: 'A job and its required and nice-to-have requirements',
        security,
        params: ZIdParams,
        response: { 200: ZJob, 404: ZProblem },
      },
    },
    async (request) => {
      const { organizationId } = staff(request)
      const job = await loadJob(organizationId, request.params.id)
      const [requirements, taxonomy] = await Promise.all([
        listRequirements(db, organizationId, job.id),
        loadOrganizationTaxonomy(db, organizationId),
      ])
      return presentJob(job, requirements, taxonomy)
    },
  )

  app.put(
    '/:id/requirements',
    {
      preHandler: app.requireRole(...ROLES.manageJobs),
      schema: {
        tags: ['jobs'],
        summary:
          'Replace the requirement list (edit kind, weight, skills; add; remove) and re-score every application',
        security,
        params: ZIdParams,
        body: ZPutRequirementsBody,
        response: { 200: ZJob, 404: ZProblem, 409: ZProblem, 422: ZProblem },
      },
    },
    async (request) => {
      const actor = staff(request)
      const { organizationId } = actor
      const job = await loadJob(organizationId, request.params.id)
      if (job.status !== 'ready')
        throw new AppError('JOB_NOT_READY', 'The posting is still being analysed; try again shortly.')
      const edits = request.body.requirements
      const ids = edits.flatMap((edit) => (edit.id ? [edit.id] : []))
      if (!(await requirementsBelongToJob(db, organizationId, job.id, ids))) {
        throw new AppError('UNKNOWN_REQUIREMENT', 'One or more requirement ids do not belong to this job.')
      }
      const taxonomy = await loadOrganizationTaxonomy(db, organizationId)
      const unknown = edits.flatMap((edit) => edit.skillIds).filter((id) => !getSkill(taxonomy, id))
      if (unknown.length > 0)
        throw new AppError('UNKNOWN_SKILL', `Unknown skill ids: ${[...new Set(unknown)].join(', ')}.`)

      const current = new Map(
        (await listRequirements(db, organizationId, job.id)).map((item) => [item.id, item]),
      )
      const embeddings = await llm.embedder.embed(
        edits.map((edit) => describeRequirement({ ...edit, keywords: [] }, taxonomy)),
      )
      await db.transaction().execute(async (trx) => {
        await replaceRequirements(
          trx,
          organizationId,
          job.id,
          edits.map((edit, index) => {
            const previous = edit.id ? current.get(edit.id) : undefined
            const type =
              edit.type ??
              (previous && previous.label === edit.label
                ? previous.type
                : classifyRequirement({
                    text: edit.label,
                    skillIds: edit.skillIds,
                    minYears: edit.minYears,
                    taxonomy,
                  }))
            return {
              ...(edit.id ? { id: edit.id } : {}),
              label: edit.label,
              kind: edit.kind,
              type,
              screened: isScreenedType(type),
              weight: edit.weight,
              skillIds: edit.skillIds,
              // Keywords only help skill-less requirements; a relabelled one gets fresh keywords.
              keywords:
                previous && previous.label === edit.label ? previous.keywords : keywordsOf(edit.label),
              minYears: edit.minYears,
              source: previous?.source ?? null,
              section: previous?.section ?? 'edited',
              embedding: embeddings[index] ?? null,
              level: edit.level !== undefined ? edit.level : (previous?.level ?? null),
              alternativeExperience:
                edit.alternativeExperience !== undefined
                  ? edit.alternativeExperience
                  : (previous?.alternativeExperience ?? null),
            }
          }),
        )
        await recordAuditEvent(trx, {
          organizationId,
          actorId: actor.userId,
          action: 'job.requirements_edited',
          subjectType: 'job',
          subjectId: job.id,
          data: { count: edits.length },
        })
      })
      const requirements = await listRequirements(db, organizationId, job.id)
      await enqueueScoringForJob(
        app.engine,
        organizationId,
        job.id,
        computeRequirementsRevision(requirements),
      )
      return presentJob(job, requirements, taxonomy)
    },
  )

  // Pages of the shortlist by job version: see lib/shortlist-page.ts.
  const shortlistPages = createShortlistPages({ maxBytes: 32 * 1024 * 1024 })
  const readShortlistVersion = createShortlistVersionReader(db)
  const acceptedEncoding = createEncodingNegotiator()

  app.get(
    '/:id/shortlist',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags: ['shortlist'],
        summary:
          'Scored applications, best first, a page at a time (keyset cursor); each requirement with its status (quotes with view=full). Weak ETag: If-None-Match answers 304 while nothing shown has changed',
        security,
        params: ZIdParams,
        querystring: ZShortlistQuery,
        response: {
          200: ZShortlist,
          304: z.null().describe('Not modified (no body)'),
          400: ZProblem,
          404: ZProblem,
        },
      },
    },
    async (request, reply) => {
      const { organizationId } = staff(request)
      const jobId = request.params.id
      // One primary-key read per request: the version says whether anything shown changed (ETag, page cache key).
      const version = await readShortlistVersion(organizationId, jobId)
      if (version === null) throw new AppError('NOT_FOUND', 'No such job in your organisation.')
      const etag = shortlistEtag(version)
      // private: the page is one organisation's; no-cache: always revalidate, which costs a 304 when unchanged.
      // Vary: the body may be gzipped; the weak ETag names the content, whichever coding carries it.
      reply
        .header('etag', etag)
        .header('cache-control', 'private, no-cache')
        .header('vary', 'accept-encoding')
      // No payload at all: sending null would serialise "null" and announce `content-length: 4` on a 304, which
      // keeps clients waiting for a body that never comes.
      if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send(undefined as never)
      const page = await shortlistPages.read(db, { organizationId, jobId, version }, request.query)
      reply.header('content-type', 'application/json; charset=utf-8')
      // The bytes of a ZShortlist, validated when the page was built; Fastify sends a Buffer as it is.
      if (acceptedEncoding(request.headers['accept-encoding']) === 'gzip')
        return reply.header('content-encoding', 'gzip').send(page.gzip as unknown as Shortlist)
      return reply.send(page.json as unknown as Shortlist)
    },
  )

  app.get(
    '/:id/shortlist.csv',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags: ['shortlist'],
        summary: 'The shortlist as CSV',
        security,
        params: ZIdParams,
        response: { 200: z.string(), 404: ZProblem },
      },
    },
    async (request, reply) => {
      const { organizationId } = staff(request)
      const job = await loadJob(organizationId, request.params.id)
      const requirements = await listRequirements(db, organizationId, job.id)
      // Every scored application, read a keyset page at a time: statuses only, no evidence.
      const rows: ShortlistRow[] = []
      let after: ShortlistCursor | null = null
      do {
        const page: Awaited<ReturnType<typeof listShortlist>> = await listShortlist(
          db,
          organizationId,
          job.id,
          { limit: 1000, after },
          {},
        )
        rows.push(...page.rows)
        after = page.next
      } while (after)
      const isBlind = await loadBlindCheck(db, organizationId, [job.id])
      // Interview feedback goes in columns of its own after the screening ones, never folded into the score.
      const feedback = groupByApplication(await listSubmittedInterviewsForJob(db, organizationId, job.id))
      const header = [
        'rank',
        'candidate',
        'current_role',
        'score',
        'required_met',
        'required_total',
        'decision',
        'hidden_text',
        ...requirements.map((r) => r.label),
        'interview_scorecards',
        'interview_recommendations',
        ...requirements.map((r) => `interview: ${r.label}`),
      ]
      const lines = rows.map((row, index) => {
        const statusById = new Map(row.statuses.map((result) => [result.requirementId, result.status]))
        return [
          index + 1,
          isBlind(job.id, row.stage)
            ? blindCandidateLabel(row.applicationId)
            : candidateLabel({ id: row.candidateId, name: row.candidateName }),
          [row.currentRole?.title, row.currentRole?.employer].filter(Boolean).join(', '),
          row.score.toFixed(2),
          row.requiredMet,
          row.requiredTotal,
          row.decision,
          row.hiddenTextFlagged ? 'flagged' : '',
          ...requirements.map((requirement) => statusById.get(requirement.id) ?? ''),
          ...interviewColumns(feedback.get(row.applicationId) ?? [], requirements),
        ]
      })
      const csv = [header, ...lines].map((line) => line.map(csvCell).join(',')).join('\r\n')
      const filename = `shortlist-${job.title
        .replace(/[^a-z0-9]+/gi, '-')
        .toLowerCase()
        .slice(0, 60)}.csv`
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(`${csv}\r\n`)
    },
  )

  app.get(
    '/:id/matches',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags: ['shortlist'],
        summary:
          "Search the organisation's whole resume pool for this job (HNSW + job-family preselect, exact scores, pool order)",
        security,
        params: ZIdParams,
        querystring: ZMatchesQuery,
        response: { 200: ZPoolMatches, 404: ZProblem, 409: ZProblem },
      },
    },
    async (request) => {
      const { organizationId } = staff(request)
      const job = await loadJob(organizationId, request.params.id)
      if (job.status !== 'ready')
        throw new AppError('JOB_NOT_READY', 'The posting is still being analysed; try again shortly.')
      const matches = await withEngineErrors(() =>
        findMatchingCandidates(app.engine, { organizationId, jobId: job.id, limit: request.query.limit }),
      )
      const candidateIds = [
        ...new Set(matches.flatMap((match) => (match.candidateId ? [match.candidateId] : []))),
      ]
      const [roles, names, isBlindCandidate] = await Promise.all([
        listCurrentRoles(
          db,
          organizationId,
          matches.map((match) => match.documentId),
        ),
        listCandidateNames(db, organizationId, candidateIds),
        loadBlindCandidates(db, organizationId, candidateIds),
      ])
      const items = matches.map((match, index) => {
        const candidateId =
          match.candidateId !== null && names.has(match.candidateId) ? match.candidateId : null
        const blind = candidateId === null || isBlindCandidate(candidateId)
        return {
          rank: index + 1,
          candidate: {
            id: candidateId,
            name:
              candidateId === null
                ? null
                : blind
                  ? blindCandidateLabel(candidateId)
                  : (names.get(candidateId) ?? null),
          },
          blind,
          currentRole: roles.get(match.documentId) ?? null,
          score: match.score,
          requiredMet: match.requiredMet,
          requiredTotal: match.requiredTotal,
          familyFit: Math.round(match.familyFit * 10_000) / 10_000,
          poolScore: Math.round(match.poolScore * 10_000) / 10_000,
          allRequiredMet: match.allRequiredMet,
          coverage: match.coverage,
          roleFit: match.roleFit,
          sharedFamilies: match.sharedFamilies,
        }
      })
      return { items, scorerShare: SHORTLIST_SCORE.coverageShare }
    },
  )

  app.post(
    '/:id/interview-kit',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags: ['interview kits'],
        summary: 'Generate the role interview kit (behavioral and technical questions with rubrics)',
        security,
        params: ZIdParams,
        body: ZKitRequestBody.optional(),
        response: { 202: ZKitAccepted, 402: ZProblem, 404: ZProblem, 409: ZProblem },
      },
    },
    async (request, reply) => {
      const { organizationId } = staff(request)
      const job = await loadJob(organizationId, request.params.id)
      if (job.status !== 'ready')
        throw new AppError('JOB_NOT_READY', 'The posting is still being analysed; try again shortly.')
      await withEngineErrors(() =>
        requestInterviewKit(
          app.engine,
          { organizationId, jobId: job.id, applicationId: null },
          { locale: request.body?.locale },
        ),
      )
      return reply.status(202).send({ status: 'pending' as const })
    },
  )

  app.get(
    '/:id/interview-kit',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags: ['interview kits'],
        summary: 'The role interview kit',
        security,
        params: ZIdParams,
        response: { 200: ZInterviewKit, 404: ZProblem },
      },
    },
    async (request) => {
      const { organizationId } = staff(request)
      const job = await loadJob(organizationId, request.params.id)
      const kit = await findKit(db, organizationId, { jobId: job.id })
      if (!kit) throw new AppError('NOT_FOUND', 'No interview kit has been requested for this job yet.')
      return presentKit(kit)
    },
  )
}

/** Scorecard count, recommendation tally and mean rubric level per requirement (blank where nobody rated it). */
function interviewColumns(
  interviews: Parameters<typeof presentAggregate>[0],
  requirements: Parameters<typeof presentAggregate>[1],
): Array<string | number> {
  const aggregate = presentAggregate(interviews, requirements)
  const meanById = new Map(aggregate.requirements.map((signal) => [signal.requirementId, signal.meanLevel]))
  return [
    aggregate.scorecards,
    Object.entries(aggregate.recommendations)
      .filter(([, count]) => count > 0)
      .map(([recommendation, count]) => `${recommendation}:${count}`)
      .join(' '),
    ...requirements.map((requirement) => meanById.get(requirement.id)?.toFixed(2) ?? ''),
  ]
}

function keywordsOf(label: string): string[] {
  return [...new Set(label.toLowerCase().match(/[\p{L}\p{N}+#.]{3,}/gu) ?? [])].slice(0, 12)
}
