import { existsSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../lib/app-error'

/** Serves the built single-page app on the API's origin; unknown non-API paths get index.html (deep links). */
export const webPlugin = fp<{ distDir: string }>(
  async (app: FastifyInstance, options) => {
    if (!existsSync(join(options.distDir, 'index.html'))) {
      app.log.warn({ distDir: options.distDir }, 'web app not built; only the API is served')
      return
    }
    await app.register(fastifyStatic, { root: options.distDir, wildcard: false, index: 'index.html' })
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      const path = request.url.split('?')[0] ?? '/'
      if (path.startsWith('/v1/') || path.startsWith('/docs')) {
        throw new AppError('NOT_FOUND', `No route for GET ${path}.`)
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html')
    })
  },
  { name: 'web' },
)
