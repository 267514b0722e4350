import {
  ZAssignInterviewsBody,
  ZIdParams,
  ZInterviewDetail,
  ZInterviewerList,
  ZInterviewPlan,
  ZInterviewSummaryList,
  ZJobInterviewFeedback,
  ZProblem,
  ZPutInterviewPlanBody,
  ZScorecard,
  ZScorecardBody,
  ZScorecardList,
} from '@shortlist/contracts'
import { tieQuestionToRequirements } from '@shortlist/core'
import {
  assignInterviews,
  findInterview,
  findJob,
  findKit,
  type InterviewPlanItemRecord,
  type InterviewRecord,
  listInterviewPlan,
  listInterviewsForApplication,
  listInterviewsForInterviewer,
  listPlanItemsInUse,
  listRequirements,
  listSubmittedInterviewsForJob,
  listUsers,
  recordAuditEvent,
  replaceInterviewPlan,
  saveScorecard,
} from '@shortlist/db'
import type { InterviewQuestion } from '@shortlist/llm'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { AppError } from '../../lib/app-error'
import { loadInterviewNameBlinder } from '../../lib/blind-review'
import { loadVisibleApplication } from '../../lib/interview-access'
import {
  groupByApplication,
  presentAggregate,
  presentInterviewSummary,
  presentScorecard,
} from '../../lib/present-interviews'
import { ROLES, staff } from '../../plugins/auth'

const security = [{ bearerAuth: [] }]
const tags = ['interviews']

const presentPlan = (items: InterviewPlanItemRecord[]) => ({
  interviews: items.map((item) => ({
    id: item.id,
    name: item.name,
    questionIds: item.questionIds,
    requirementIds: item.requirementIds,
  })),
})

/** Interview plans, assignments and scorecards. Registered under /v1 because it spans jobs, applications and me. */
export const interviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.engine

  const loadJob = async (organizationId: string, jobId: string) => {
    const job = await findJob(db, organizationId, jobId)
    if (!job) throw new AppError('NOT_FOUND', 'No such job in your organisation.')
    return job
  }

  const roleKitQuestions = async (organizationId: string, jobId: string): Promise<InterviewQuestion[]> => {
    const kit = await findKit(db, organizationId, { jobId })
    return (kit?.questions ?? []) as InterviewQuestion[]
  }

  /** The interview if the caller may see it: its interviewer, or pipeline staff of the organisation. */
  const loadInterview = async (
    actor: ReturnType<typeof staff>,
    interviewId: string,
    options: { ownerOnly: boolean },
  ): Promise<InterviewRecord> => {
    const interview = await findInterview(db, actor.organizationId, interviewId)
    const isOwner = interview?.interviewer.id === actor.userId
    const allowed = isOwner || (!options.ownerOnly && actor.role !== 'interviewer')
    if (!interview || !allowed) throw new AppError('NOT_FOUND', 'No such interview in your organisation.')
    return interview
  }

  app.get(
    '/jobs/:id/interview-plan',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags,
        summary:
          "The job's interview plan: each interview with the kit questions it asks and the requirements it covers",
        security,
        params: ZIdParams,
        response: { 200: ZInterviewPlan, 404: ZProblem },
      },
    },
    async (request) => {
      const { organizationId } = staff(request)
      const job = await loadJob(organizationId, request.params.id)
      return presentPlan(await listInterviewPlan(db, organizationId, job.id))
    },
  )

  app.put(
    '/jobs/:id/interview-plan',
    {
      preHandler: app.requireRole(...ROLES.editInterviewPlan),
      schema: {
        tags,
        summary:
          'Replace the interview plan (hiring managers and admins); question ids come from the role kit',
        security,
        params: ZIdParams,
        body: ZPutInterviewPlanBody,
        response: { 200: ZInterviewPlan, 404: ZProblem, 409: ZProblem, 422: ZProblem },
      },
    },
    async (request) => {
      const actor = staff(request)
      const { organizationId } = actor
      const job = await loadJob(organizationId, request.params.id)
      const edits = request.body.interviews
      const [current, requirements, questions, inUse] = await Promise.all([
        listInterviewPlan(db, organizationId, job.id),
        listRequirements(db, organizationId, job.id),
        roleKitQuestions(organizationId, job.id),
        listPlanItemsInUse(db, organizationId, job.id),
      ])
      const currentIds = new Set(current.map((item) => item.id))
      const unknownInterviews = edits.flatMap((edit) =>
        edit.id && !currentIds.has(edit.id) ? [edit.id] : [],
      )
      if (unknownInterviews.length > 0)
        throw new AppError(
          'UNKNOWN_INTERVIEW',
          `Not interviews of this job's plan: ${unknownInterviews.join(', ')}.`,
        )
      const requirementIds = new Set(requirements.map((requirement) => requirement.id))
      const unknownRequirements = edits
        .flatMap((edit) => edit.requirementIds)
        .filter((id) => !requirementIds.has(id))
      if (unknownRequirements.length > 0)
        throw new AppError('UNKNOWN_REQUIREMENT', 'One or more requirement ids do not belong to this job.')
      const questionIds = new Set(questions.map((question) => question.id))
      const unknownQuestions = edits.flatMap((edit) => edit.questionIds).filter((id) => !questionIds.has(id))
      if (unknownQuestions.length > 0)
        throw new AppError(
          'UNKNOWN_QUESTION',
          `Not questions of the job's role kit: ${[...new Set(unknownQuestions)].join(', ')}.`,
        )
      const kept = new Set(edits.flatMap((edit) => (edit.id ? [edit.id] : [])))
      const dropped = inUse.filter((id) => !kept.has(id))
      if (dropped.length > 0)
        throw new AppError(
          'INTERVIEW_IN_USE',
          'Interviews with assigned interviewers cannot be removed from the plan.',
        )

      await db.transaction().execute(async (trx) => {
        await replaceInterviewPlan(
          trx,
          organizationId,
          job.id,
          edits.map((edit) => ({
            ...(edit.id ? { id: edit.id } : {}),
            name: edit.name,
            questionIds: [...new Set(edit.questionIds)],
            requirementIds: [...new Set(edit.requirementIds)],
          })),
        )
        await recordAuditEvent(trx, {
          organizationId,
          actorId: actor.userId,
          action: 'job.interview_plan_edited',
          subjectType: 'job',
          subjectId: job.id,
          data: { count: edits.length },
        })
      })
      return presentPlan(await listInterviewPlan(db, organizationId, job.id))
    },
  )

  app.get(
    '/jobs/:id/interview-feedback',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags,
        summary:
          'Interview feedback per requirement for every application of the job with submitted scorecards (kept apart from the screening score)',
        security,
        params: ZIdParams,
        response: { 200: ZJobInterviewFeedback, 404: ZProblem },
      },
    },
    async (request) => {
      const { organizationId } = staff(request)
      const job = await loadJob(organizationId, request.params.id)
      const [requirements, submitted] = await Promise.all([
        listRequirements(db, organizationId, job.id),
        listSubmittedInterviewsForJob(db, organizationId, job.id),
      ])
      return {
        items: [...groupByApplication(submitted)].map(([applicationId, interviews]) => ({
          applicationId,
          aggregate: presentAggregate(interviews, requirements),
        })),
      }
    },
  )

  app.post(
    '/applications/:id/interviews',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags,
        summary: "Assign an interview of the job's plan to interviewers for this application",
        security,
        params: ZIdParams,
        body: ZAssignInterviewsBody,
        response: { 201: ZInterviewSummaryList, 404: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = staff(request)
      const { organizationId } = actor
      const application = await loadVisibleApplication(db, actor, request.params.id)
      const plan = await listInterviewPlan(db, organizationId, application.jobId)
      const planItem = plan.find((item) => item.id === request.body.interviewId)
      if (!planItem)
        throw new AppError('UNKNOWN_INTERVIEW', "The interview is not part of this job's interview plan.")
      const users = new Set((await listUsers(db, organizationId)).map((user) => user.id))
      const interviewerIds = [...new Set(request.body.interviewerIds)]
      const unknown = interviewerIds.filter((id) => !users.has(id))
      if (unknown.length > 0)
        throw new AppError('UNKNOWN_INTERVIEWER', `Not users of your organisation: ${unknown.join(', ')}.`)
      const ids = await db.transaction().execute(async (trx) => {
        const created = await assignInterviews(trx, organizationId, {
          applicationId: application.id,
          planItemId: planItem.id,
          interviewerIds,
          assignedBy: actor.userId,
        })
        await recordAuditEvent(trx, {
          organizationId,
          actorId: actor.userId,
          action: 'application.interviews_assigned',
          subjectType: 'application',
          subjectId: application.id,
          data: { interviewId: planItem.id, interviewerIds },
        })
        return created
      })
      const interviews = (await listInterviewsForApplication(db, organizationId, application.id)).filter(
        (interview) => ids.includes(interview.id),
      )
      const blindName = await loadInterviewNameBlinder(db, organizationId, interviews)
      return reply.status(201).send({ items: interviews.map(presentInterviewSummary).map(blindName) })
    },
  )

  app.get(
    '/applications/:id/scorecards',
    {
      preHandler: app.requireRole(...ROLES.readAssigned),
      schema: {
        tags,
        summary:
          'Submitted scorecards and the per-requirement aggregate. Someone with an interview of this application still open gets 403 SCORECARDS_HIDDEN until they submit theirs; an interviewer not assigned gets 404',
        security,
        params: ZIdParams,
        response: { 200: ZScorecardList, 403: ZProblem, 404: ZProblem },
      },
    },
    async (request) => {
      const actor = staff(request)
      const { organizationId } = actor
      const application = await loadVisibleApplication(db, actor, request.params.id)
      const [interviews, requirements] = await Promise.all([
        listInterviewsForApplication(db, organizationId, application.id),
        listRequirements(db, organizationId, application.jobId),
      ])
      // Independent judgement: whoever still owes a scorecard here (any role) must not read the others' first.
      const owesOne = interviews.some(
        (interview) => interview.interviewer.id === actor.userId && interview.status !== 'submitted',
      )
      if (owesOne)
        throw new AppError(
          'SCORECARDS_HIDDEN',
          "Submit your own scorecard for this candidate before reading the other interviewers'.",
        )
      const submitted = interviews.filter((interview) => interview.status === 'submitted')
      const blindName = await loadInterviewNameBlinder(db, organizationId, interviews)
      return {
        scorecards: submitted.map(presentScorecard).map(blindName),
        pending: interviews
          .filter((interview) => interview.status !== 'submitted')
          .map(presentInterviewSummary)
          .map(blindName),
        aggregate: presentAggregate(submitted, requirements),
      }
    },
  )

  app.get(
    '/interviewers',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags,
        summary: 'The staff of your organisation who can be assigned interviews',
        security,
        response: { 200: ZInterviewerList },
      },
    },
    async (request) => {
      const users = await listUsers(db, staff(request).organizationId)
      return { items: users.map((user) => ({ id: user.id, name: user.name, role: user.role })) }
    },
  )

  app.get(
    '/me/interviews',
    {
      preHandler: app.requireRole(...ROLES.staff),
      schema: {
        tags,
        summary: 'Your interview queue: open interviews first, then submitted ones',
        security,
        response: { 200: ZInterviewSummaryList },
      },
    },
    async (request) => {
      const actor = staff(request)
      const interviews = await listInterviewsForInterviewer(db, actor.organizationId, actor.userId)
      const blindName = await loadInterviewNameBlinder(db, actor.organizationId, interviews)
      return { items: interviews.map(presentInterviewSummary).map(blindName) }
    },
  )

  app.get(
    '/interviews/:id',
    {
      preHandler: app.requireRole(...ROLES.staff),
      schema: {
        tags,
        summary:
          'One interview with its questions and rubrics; drafts are shown to their interviewer only, submitted scorecards to pipeline staff too',
        security,
        params: ZIdParams,
        response: { 200: ZInterviewDetail, 404: ZProblem },
      },
    },
    async (request) => {
      const actor = staff(request)
      const interview = await loadInterview(actor, request.params.id, { ownerOnly: false })
      const questions = await roleKitQuestions(actor.organizationId, interview.jobId)
      const byId = new Map(questions.map((question) => [question.id, question]))
      const isOwner = interview.interviewer.id === actor.userId
      const showScorecard = isOwner || interview.status === 'submitted'
      const blindName = await loadInterviewNameBlinder(db, actor.organizationId, [interview])
      return {
        ...blindName(presentInterviewSummary(interview)),
        questions: interview.questionIds.flatMap((id) => {
          const question = byId.get(id)
          return question ? [question] : []
        }),
        ratings: showScorecard ? interview.ratings : [],
        recommendation: showScorecard ? interview.recommendation : null,
      }
    },
  )

  app.put(
    '/interviews/:id/scorecard',
    {
      preHandler: app.requireRole(...ROLES.staff),
      schema: {
        tags,
        summary:
          'Save your scorecard: a draft until `submit` is true; submitted scorecards are final (409 SCORECARD_SUBMITTED)',
        security,
        params: ZIdParams,
        body: ZScorecardBody,
        response: { 200: ZScorecard, 404: ZProblem, 409: ZProblem, 422: ZProblem },
      },
    },
    async (request) => {
      const actor = staff(request)
      const { organizationId } = actor
      const interview = await loadInterview(actor, request.params.id, { ownerOnly: true })
      if (interview.status === 'submitted')
        throw new AppError('SCORECARD_SUBMITTED', 'This scorecard was submitted and can no longer change.')
      const body = request.body
      const [questions, requirements] = await Promise.all([
        roleKitQuestions(organizationId, interview.jobId),
        listRequirements(db, organizationId, interview.jobId),
      ])
      const asked = new Set(interview.questionIds)
      const byId = new Map(questions.filter((question) => asked.has(question.id)).map((q) => [q.id, q]))
      const unknown = body.ratings.filter((rating) => !byId.has(rating.questionId))
      if (unknown.length > 0)
        throw new AppError(
          'UNKNOWN_QUESTION',
          `Not questions of this interview: ${unknown.map((rating) => rating.questionId).join(', ')}.`,
        )
      if (body.submit && (body.recommendation === null || body.ratings.length === 0))
        throw new AppError(
          'SCORECARD_INCOMPLETE',
          'Rate at least one question and give an overall recommendation before submitting.',
        )
      const jobRequirementIds = requirements.map((requirement) => requirement.id)
      const ratings = body.ratings.map((rating) => ({
        questionId: rating.questionId,
        level: rating.level,
        note: rating.note,
        requirementIds: tieQuestionToRequirements(
          byId.get(rating.questionId)?.requirementIds ?? [],
          interview.requirementIds,
          jobRequirementIds,
        ),
      }))
      const saved = await db.transaction().execute(async (trx) => {
        const stored = await saveScorecard(trx, organizationId, interview.id, {
          ratings,
          recommendation: body.recommendation,
          submit: body.submit,
        })
        if (stored && body.submit)
          await recordAuditEvent(trx, {
            organizationId,
            actorId: actor.userId,
            action: 'scorecard.submitted',
            subjectType: 'application',
            subjectId: interview.applicationId,
            data: { interviewId: interview.id, recommendation: body.recommendation },
          })
        return stored
      })
      if (!saved)
        throw new AppError('SCORECARD_SUBMITTED', 'This scorecard was submitted and can no longer change.')
      const updated = await findInterview(db, organizationId, interview.id)
      if (!updated) throw new AppError('INTERNAL', 'scorecard was not stored')
      return (await loadInterviewNameBlinder(db, organizationId, [updated]))(presentScorecard(updated))
    },
  )
}
