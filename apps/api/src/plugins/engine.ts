import type { Engine } from '@shortlist/engine'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

declare module 'fastify' {
  interface FastifyInstance {
    engine: Engine
    settings: ApiSettings
  }
}

export type ApiSettings = {
  uploadMaxBytes: number
  uploadMaxFiles: number
  /** Origin of links sent to people (invites, password resets); never taken from a request's Host header. */
  publicUrl: string
  defaultMonthlyBudgetUsd: number | null
  /** Whether candidate messages are e-mailed (SMTP configured) or kept in the outbox. Absent: outbox. */
  smtpConfigured?: boolean
}

/** Shares the process's engine (database, queues, LLM, sandbox) with every route. Its owner closes it. */
export const enginePlugin = fp<{ engine: Engine; settings: ApiSettings }>(
  async (app: FastifyInstance, options) => {
    app.decorate('engine', options.engine)
    app.decorate('settings', options.settings)
  },
  { name: 'engine' },
)
