import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../lib/app-error'

// C0 control characters other than tab, line feed and carriage return, and DEL: no text a person types holds them,
// and NUL in particular is refused by Postgres text columns (it used to surface as a 500).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

/** The first place in `value` holding a control character, as a dotted path, or null. */
export function findControlCharacter(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return CONTROL.test(value) ? path : null
  if (depth > 64 || value === null || typeof value !== 'object') return null
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findControlCharacter(item, `${path}.${index}`, depth + 1)
      if (found) return found
    }
    return null
  }
  for (const [key, item] of Object.entries(value)) {
    if (CONTROL.test(key)) return `${path}.${key.replace(CONTROL, '?')}`
    const found = findControlCharacter(item, `${path}.${key}`, depth + 1)
    if (found) return found
  }
  return null
}

/** One check for every route, before validation: JSON bodies, query strings and path parameters. */
export const textGuardPlugin = fp(
  async (app: FastifyInstance) => {
    app.addHook('preValidation', async (request: FastifyRequest) => {
      const found =
        findControlCharacter(request.params, 'params') ??
        findControlCharacter(request.query, 'querystring') ??
        (request.isMultipart() ? null : findControlCharacter(request.body, 'body'))
      if (found)
        throw new AppError('INVALID_TEXT', 'Text may not contain control characters (such as NUL).', {
          details: [{ path: found, message: 'contains a control character' }],
        })
    })
  },
  { name: 'text-guard' },
)
