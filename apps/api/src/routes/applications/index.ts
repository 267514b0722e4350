import {
  ZApplication,
  ZDecision,
  ZDecisionBody,
  ZIdParams,
  ZInterviewKit,
  ZInvite,
  ZInviteBody,
  ZInviteRevoked,
  ZKitAccepted,
  ZKitRequestBody,
  ZNote,
  ZNoteBody,
  ZProblem,
} from '@shortlist/contracts'
import {
  addNote,
  findAlternativeProcesses,
  findApplicationStages,
  findCandidate,
  findDecision,
  findDocument,
  findEvaluation,
  findKit,
  listNotes,
  listRequirements,
  recordAuditEvent,
  revokeInvites,
  upsertDecision,
} from '@shortlist/db'
import { readCareer, requestInterviewKit } from '@shortlist/engine'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { AppError } from '../../lib/app-error'
import {
  blindCandidateLabel,
  blindFilename,
  loadBlindApplications,
  loadBlindCheck,
  loadMasker,
  maskStrings,
  sectionsOf,
} from '../../lib/blind-review'
import { createInviteLink } from '../../lib/create-invite-link'
import { withEngineErrors } from '../../lib/engine-errors'
import { loadVisibleApplication } from '../../lib/interview-access'
import { loadApplication as loadOrganizationApplication } from '../../lib/load-application'
import { presentResults } from '../../lib/present'
import { presentKit } from '../../lib/present-kit'
import { ROLES, staff } from '../../plugins/auth'

const security = [{ bearerAuth: [] }]
const HIDDEN_EXCERPT_LENGTH = 300

/** Routes under /v1/applications/:id. */
export const applicationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.engine

  const loadApplication = (organizationId: string, applicationId: string) =>
    loadOrganizationApplication(db, organizationId, applicationId)

  app.get(
    '/:id',
    {
      // Interviewers read only the applications assigned to them (404 otherwise).
      preHandler: app.requireRole(...ROLES.readAssigned),
      schema: {
        tags: ['applications'],
        summary:
          'One application: status, candidate, score and per-requirement evidence quoted from the resume',
        security,
        params: ZIdParams,
        response: { 200: ZApplication, 404: ZProblem },
      },
    },
    async (request) => {
      const { organizationId, role } = staff(request)
      const application = await loadVisibleApplication(db, request.principal, request.params.id)
      // Notes carry other people's interview feedback and the decision its outcome: an interviewer judges alone.
      const independent = role === 'interviewer'
      const [document, evaluation, candidate, requirements, decision, notes, stages, isBlind, alternatives] =
        await Promise.all([
          findDocument(db, organizationId, application.documentId),
          findEvaluation(db, organizationId, application.id),
          application.candidateId ? findCandidate(db, organizationId, application.candidateId) : null,
          listRequirements(db, organizationId, application.jobId),
          findDecision(db, organizationId, application.id),
          listNotes(db, organizationId, application.id),
          findApplicationStages(db, organizationId, [application.id]),
          loadBlindCheck(db, organizationId, [application.jobId]),
          findAlternativeProcesses(db, organizationId, [application.id]),
        ])
      const blind = isBlind(application.jobId, stages.get(application.id)?.stage ?? 'applied')
      const masker = blind
        ? await loadMasker(db, organizationId, application.candidateId ? [application.candidateId] : [])
        : null
      // Masking keeps the text's length, so evidence offsets still index into it and quotes are read from it.
      const resumeText =
        document?.text && masker
          ? masker.text(application.candidateId, document.text, sectionsOf(document.profile))
          : document?.text
      const hidden = document?.hidden ?? []
      const scored = application.status === 'scored' && evaluation
      const career = readCareer(document?.profile ?? null)
      const results = scored ? presentResults(evaluation.requirements, requirements) : []
      const alternative = alternatives.get(application.id)
      const excerpt =
        hidden.length > 0
          ? hidden
              .map((fragment) => fragment.text)
              .join(' ')
              .slice(0, HIDDEN_EXCERPT_LENGTH)
          : null
      return {
        id: application.id,
        jobId: application.jobId,
        filename: blind ? blindFilename(application.id, application.filename) : application.filename,
        status: application.status,
        ...(application.error ? { error: application.error } : {}),
        candidate: {
          id: candidate?.id ?? null,
          name: blind ? blindCandidateLabel(application.id) : (candidate?.name ?? null),
          email: blind ? null : (candidate?.email ?? null),
        },
        blind,
        alternativeProcess: alternative
          ? { requestedAt: alternative.requestedAt.toISOString(), note: alternative.note }
          : null,
        ...(scored
          ? {
              score: evaluation.score,
              requiredMet: evaluation.requiredMet,
              requiredTotal: evaluation.requiredTotal,
              rankScore: evaluation.rank.rankScore,
              allRequiredMet: evaluation.rank.allRequiredMet,
              coverage: evaluation.rank.coverage,
              roleFit: evaluation.rank.roleFit,
              requirements: masker
                ? results.map((result) => ({
                    ...result,
                    evidence: result.evidence.map((evidence) => ({
                      ...evidence,
                      quote:
                        resumeText && document?.text?.slice(evidence.start, evidence.end) === evidence.quote
                          ? resumeText.slice(evidence.start, evidence.end)
                          : masker.quote(application.candidateId, evidence.quote, evidence.section),
                    })),
                  }))
                : results,
              versions: evaluation.versions,
            }
          : {}),
        ...(resumeText ? { resumeText } : {}),
        ...(career ? { career } : {}),
        hiddenText: {
          flagged: application.hiddenTextFlagged,
          reasons: [...new Set(hidden.map((fragment) => fragment.reason))],
          excerpt: excerpt && masker ? masker.text(application.candidateId, excerpt) : excerpt,
        },
        decision:
          decision && !independent ? { ...decision, decidedAt: decision.decidedAt.toISOString() } : null,
        notes: independent ? [] : notes.map((note) => ({ ...note, createdAt: note.createdAt.toISOString() })),
      }
    },
  )

  app.post(
    '/:id/decision',
    {
      preHandler: app.requireRole(...ROLES.decide),
      schema: {
        tags: ['review'],
        summary: 'Record the hiring decision (advance, hold or reject) with a reason',
        security,
        params: ZIdParams,
        body: ZDecisionBody,
        response: { 200: ZDecision, 404: ZProblem },
      },
    },
    async (request) => {
      const actor = staff(request)
      const application = await loadApplication(actor.organizationId, request.params.id)
      await db.transaction().execute(async (trx) => {
        await upsertDecision(trx, actor.organizationId, application.id, {
          ...request.body,
          decidedBy: actor.userId,
        })
        await recordAuditEvent(trx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'application.decided',
          subjectType: 'application',
          subjectId: application.id,
          data: { decision: request.body.decision, reason: request.body.reason },
        })
      })
      const decision = await findDecision(db, actor.organizationId, application.id)
      if (!decision) throw new AppError('INTERNAL', 'decision was not stored')
      return { ...decision, decidedAt: decision.decidedAt.toISOString() }
    },
  )

  app.post(
    '/:id/notes',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags: ['review'],
        summary: 'Add interview feedback or a note',
        security,
        params: ZIdParams,
        body: ZNoteBody,
        response: { 201: ZNote, 404: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = staff(request)
      const application = await loadApplication(actor.organizationId, request.params.id)
      const id = await addNote(db, actor.organizationId, application.id, {
        authorId: actor.userId,
        body: request.body.body,
      })
      const note = (await listNotes(db, actor.organizationId, application.id)).find((item) => item.id === id)
      if (!note) throw new AppError('INTERNAL', 'note was not stored')
      return reply.status(201).send({ ...note, createdAt: note.createdAt.toISOString() })
    },
  )

  app.post(
    '/:id/interview-kit',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags: ['interview kits'],
        summary:
          "Generate this candidate's interview kit: probes for gaps, claim checks and deeper questions",
        security,
        params: ZIdParams,
        body: ZKitRequestBody.optional(),
        response: { 202: ZKitAccepted, 402: ZProblem, 404: ZProblem, 409: ZProblem },
      },
    },
    async (request, reply) => {
      const { organizationId } = staff(request)
      const application = await loadApplication(organizationId, request.params.id)
      const evaluation = await findEvaluation(db, organizationId, application.id)
      if (application.status !== 'scored' || !evaluation) {
        throw new AppError('NOT_SCORED', 'The application has not been scored yet.')
      }
      await withEngineErrors(() =>
        requestInterviewKit(
          app.engine,
          { organizationId, jobId: application.jobId, applicationId: application.id },
          { locale: request.body?.locale },
        ),
      )
      return reply.status(202).send({ status: 'pending' as const })
    },
  )

  app.get(
    '/:id/interview-kit',
    {
      preHandler: app.requireRole(...ROLES.readAssigned),
      schema: {
        tags: ['interview kits'],
        summary: "This candidate's interview kit",
        security,
        params: ZIdParams,
        response: { 200: ZInterviewKit, 404: ZProblem },
      },
    },
    async (request) => {
      const { organizationId } = staff(request)
      const application = await loadVisibleApplication(db, request.principal, request.params.id)
      const kit = await findKit(db, organizationId, {
        jobId: application.jobId,
        applicationId: application.id,
      })
      if (!kit) throw new AppError('NOT_FOUND', 'No interview kit has been requested for this candidate yet.')
      // A candidate kit quotes the resume and may name the candidate: masked like the resume while blind.
      if (!(await loadBlindApplications(db, organizationId, [application.id]))(application.id))
        return presentKit(kit)
      const masker = await loadMasker(
        db,
        organizationId,
        application.candidateId ? [application.candidateId] : [],
      )
      const presented = presentKit(kit)
      return {
        ...presented,
        questions: maskStrings(presented.questions, (text) => masker.text(application.candidateId, text)),
      }
    },
  )

  app.post(
    '/:id/invite',
    {
      preHandler: app.requireRole(...ROLES.invite),
      schema: {
        tags: ['candidates'],
        summary:
          "Create a link to the candidate's interview prep, reusable on any device until it expires or is revoked",
        security,
        params: ZIdParams,
        body: ZInviteBody.optional(),
        response: { 201: ZInvite, 404: ZProblem, 409: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = staff(request)
      const application = await loadApplication(actor.organizationId, request.params.id)
      const invite = await createInviteLink(app, {
        organizationId: actor.organizationId,
        applicationId: application.id,
        jobId: application.jobId,
        createdBy: actor.userId,
        expiresInHours: request.body?.expiresInHours,
      })
      return reply
        .status(201)
        .send({ token: invite.token, url: invite.url, expiresAt: invite.expiresAt.toISOString() })
    },
  )

  app.delete(
    '/:id/invite',
    {
      preHandler: app.requireRole(...ROLES.invite),
      schema: {
        tags: ['candidates'],
        summary: "Revoke the candidate's invite links: they and the access they gave stop working at once",
        security,
        params: ZIdParams,
        response: { 200: ZInviteRevoked, 404: ZProblem },
      },
    },
    async (request) => {
      const actor = staff(request)
      const application = await loadApplication(actor.organizationId, request.params.id)
      const revoked = await revokeInvites(db, actor.organizationId, application.id, new Date())
      await recordAuditEvent(db, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'invite.revoked',
        subjectType: 'application',
        subjectId: application.id,
        data: { revoked },
      })
      return { revoked }
    },
  )
}
