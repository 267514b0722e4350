import { ZCreateSkillBody, ZProblem, ZSkill, ZSkillList, ZSkillQuery } from '@shortlist/contracts'
import { foldText, toCustomSkill } from '@shortlist/core'
import { listCustomSkills, recordAuditEvent, upsertCustomSkill } from '@shortlist/db'
import { loadOrganizationTaxonomy } from '@shortlist/engine'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
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
      const scored: Array<{ rank: number; skill: ReturnType<typeof taxonomy.skills.get> }> = []
      for (const skill of taxonomy.skills.values()) {
        const names = [skill.name, ...skill.aliases].map((name) => foldText(name))
        const rank = query.length === 0 ? 2 : names.some((name) => name === query) ? 0 : names.some((name) => name.startsWith(query)) ? 1 : names.some((name) => name.includes(query)) ? 2 : -1
        if (rank >= 0) scored.push({ rank, skill })
      }
      scored.sort((left, right) => left.rank - right.rank || (left.skill?.name ?? '').localeCompare(right.skill?.name ?? ''))
      return {
        items: scored.slice(0, request.query.limit).flatMap(({ skill }) =>
          skill
            ? [{ id: skill.id, name: skill.name, category: skill.category, aliases: skill.aliases, custom: customIds.has(skill.id) }]
            : [],
        ),
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
      const skill = toCustomSkill(request.body, actor.organizationId)
      await upsertCustomSkill(db, actor.organizationId, skill)
      await recordAuditEvent(db, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'skill.upserted',
        subjectType: 'skill',
        subjectId: null,
        data: { skillId: skill.id },
      })
      return reply
        .status(201)
        .send({ id: skill.id, name: skill.name, category: skill.category, aliases: skill.aliases, custom: true })
    },
  )
}
