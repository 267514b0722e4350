import { ZCreateSkillBody, ZProblem, ZSkill, ZSkillList, ZSkillQuery } from '@shortlist/contracts'
import { foldText, type Skill, toCustomSkill, ZCustomSkill } from '@shortlist/core'
import { listCustomSkills, recordAuditEvent, upsertCustomSkill } from '@shortlist/db'
import { loadOrganizationTaxonomy } from '@shortlist/engine'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { AppError } from '../../lib/app-error'
import { ROLES, staff } from '../../plugins/auth'

const security = [{ bearerAuth: [] }]

export const skillRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.engine

  app.get(
    '/',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags: ['skills'],
        summary: 'Search the skills taxonomy (built-in plus your organisation’s own)',
        security,
        querystring: ZSkillQuery,
        response: { 200: ZSkillList },
      },
    },
    async (request) => {
      const { organizationId } = staff(request)
      const [taxonomy, custom] = await Promise.all([
        loadOrganizationTaxonomy(db, organizationId),
        listCustomSkills(db, organizationId),
      ])
      const customIds = new Set(custom.map((skill) => skill.id))
      const query = foldText(request.query.q.trim())
      const ranked = [...taxonomy.skills.values()]
        .map((skill) => ({ skill, rank: rankSkillMatch(skill, query) }))
        .filter((entry) => entry.rank >= 0)
        .sort((left, right) => left.rank - right.rank || left.skill.name.localeCompare(right.skill.name))
        .slice(0, request.query.limit)
      return {
        items: ranked.map(({ skill }) => ({
          id: skill.id,
          name: skill.name,
          category: skill.category,
          aliases: skill.aliases,
          custom: customIds.has(skill.id),
        })),
      }
    },
  )

  app.post(
    '/',
    {
      preHandler: app.requireRole(...ROLES.manageJobs),
      schema: {
        tags: ['skills'],
        summary: 'Add your organisation’s own skill, or extra aliases',
        security,
        body: ZCreateSkillBody,
        response: { 201: ZSkill, 400: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = staff(request)
      const parsed = ZCustomSkill.safeParse(request.body)
      if (!parsed.success) {
        throw new AppError('VALIDATION_FAILED', 'The skill is not valid.', {
          details: parsed.error.issues.map((issue) => ({
            path: `body.${issue.path.join('.')}`,
            message: issue.message,
          })),
        })
      }
      const skill = toCustomSkill(parsed.data, actor.organizationId)
      await upsertCustomSkill(db, actor.organizationId, skill)
      await recordAuditEvent(db, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'skill.upserted',
        subjectType: 'skill',
        subjectId: null,
        data: { skillId: skill.id },
      })
      return reply.status(201).send({
        id: skill.id,
        name: skill.name,
        category: skill.category,
        aliases: skill.aliases,
        custom: true,
      })
    },
  )
}

/** 0 exact name or alias, 1 prefix, 2 substring (or empty query), -1 no match. */
function rankSkillMatch(skill: Skill, foldedQuery: string): number {
  if (foldedQuery.length === 0) return 2
  const names = [skill.name, ...skill.aliases].map((name) => foldText(name))
  if (names.includes(foldedQuery)) return 0
  if (names.some((name) => name.startsWith(foldedQuery))) return 1
  return names.some((name) => name.includes(foldedQuery)) ? 2 : -1
}
