import fastifyJwt from '@fastify/jwt'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../lib/app-error'

export type StaffRole = 'admin' | 'recruiter' | 'hiring_manager'
export type Principal =
  | { kind: 'user'; userId: string; organizationId: string; role: StaffRole }
  | { kind: 'candidate'; organizationId: string; applicationId: string; role: 'candidate' }

type TokenClaims = { sub: string; org: string; role: StaffRole | 'candidate'; app?: string }

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: TokenClaims
    user: TokenClaims
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Issues an access token for a staff user or an invited candidate. */
    issueToken(principal: Principal): string
    /** preHandler: only the listed roles pass (401 without a valid token, 403 for other roles). */
    requireRole(...roles: Array<StaffRole | 'candidate'>): (request: FastifyRequest) => Promise<void>
  }
  interface FastifyRequest {
    principal: Principal
  }
}

export type AuthOptions = { secret: string; expiresIn: string; candidateExpiresIn?: string }

export const authPlugin = fp<AuthOptions>(
  async (app: FastifyInstance, options) => {
    await app.register(fastifyJwt, { secret: options.secret, sign: { expiresIn: options.expiresIn } })
    app.decorateRequest('principal', null as never)

    app.decorate('issueToken', (principal: Principal) =>
      principal.kind === 'user'
        ? app.jwt.sign({ sub: principal.userId, org: principal.organizationId, role: principal.role })
        : app.jwt.sign(
            {
              sub: principal.applicationId,
              org: principal.organizationId,
              role: 'candidate',
              app: principal.applicationId,
            },
            { expiresIn: options.candidateExpiresIn ?? '7d' },
          ),
    )

    app.decorate(
      'requireRole',
      (...roles: Array<StaffRole | 'candidate'>) =>
        async (request: FastifyRequest) => {
          let claims: TokenClaims
          try {
            claims = await request.jwtVerify<TokenClaims>()
          } catch (cause) {
            throw new AppError(
              'UNAUTHENTICATED',
              'Sign in to continue: the access token is missing or invalid.',
              { cause },
            )
          }
          request.principal =
            claims.role === 'candidate'
              ? {
                  kind: 'candidate',
                  organizationId: claims.org,
                  applicationId: claims.app ?? claims.sub,
                  role: 'candidate',
                }
              : { kind: 'user', userId: claims.sub, organizationId: claims.org, role: claims.role }
          if (!roles.includes(claims.role)) {
            throw new AppError('FORBIDDEN', 'Your role does not allow this action.')
          }
        },
    )
  },
  { name: 'auth' },
)

/** Staff principals only; candidate tokens never reach staff routes because of `requireRole`. */
export function staff(request: FastifyRequest): Extract<Principal, { kind: 'user' }> {
  if (request.principal.kind !== 'user')
    throw new AppError('FORBIDDEN', 'Your role does not allow this action.')
  return request.principal
}

export const ROLES = {
  manageJobs: ['admin', 'recruiter'],
  readPipeline: ['admin', 'recruiter', 'hiring_manager'],
  decide: ['admin', 'hiring_manager'],
  invite: ['admin', 'recruiter'],
  correctCandidates: ['admin', 'recruiter'],
  admin: ['admin'],
  candidate: ['candidate'],
  anyone: ['admin', 'recruiter', 'hiring_manager', 'candidate'],
} as const satisfies Record<string, ReadonlyArray<StaffRole | 'candidate'>>
