import fastifyJwt from '@fastify/jwt'
import { candidateMayAccess, findUserSessionState, type UserSessionState } from '@shortlist/db'
import { createVerifier } from 'fast-jwt'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { LRUCache } from 'lru-cache'
import { AppError } from '../lib/app-error'

export type StaffRole = 'admin' | 'recruiter' | 'hiring_manager' | 'interviewer'
export type Principal =
  | { kind: 'user'; userId: string; organizationId: string; role: StaffRole }
  | { kind: 'candidate'; organizationId: string; applicationId: string; role: 'candidate' }

/** `ver` is the user's token version when the token was issued: a password change or deactivation bumps it. */
export type TokenClaims = {
  sub: string
  org: string
  role: StaffRole | 'candidate'
  app?: string
  ver?: number
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: TokenClaims
    user: TokenClaims
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Issues an access token for a staff user or an invited candidate. */
    issueToken(principal: Principal, tokenVersion?: number): string
    /** preHandler: only the listed roles pass (401 without a valid token, 403 for other roles). */
    requireRole(...roles: Array<StaffRole | 'candidate'>): (request: FastifyRequest) => Promise<void>
    /** Drops this process's cached session state of a user: call after changing their role, password or status. */
    forgetSession(userId: string): void
  }
  interface FastifyRequest {
    principal: Principal
  }
}

export type AuthOptions = {
  secret: string
  expiresIn: string
  candidateExpiresIn?: string
  /**
   * How long a staff user's session state (role, token version, deactivation) is reused before it is read again;
   * 0 reads it on every request. Changes made through this process take effect at once (`forgetSession`); other
   * API processes see them within this window.
   */
  sessionCacheMs?: number
}

export const authPlugin = fp<AuthOptions>(
  async (app: FastifyInstance, options) => {
    await app.register(fastifyJwt, {
      secret: options.secret,
      sign: { expiresIn: options.expiresIn },
      // A token that never expires cannot be ours: every token this API issues carries `exp`.
      verify: { requiredClaims: ['exp', 'sub', 'org', 'role'] },
    })
    app.decorateRequest('principal', null as never)

    // Requests are verified here rather than by `request.jwtVerify()`, which decodes the token twice and merges its
    // options on every call. fast-jwt's cache keeps a verified token's claims (never past its `exp`) so the same
    // token is not checked by HMAC again on each request; whether the session still stands is read after this, on
    // every request (see currentPrincipal), so the cache changes nothing about revocation.
    const verifyToken = createVerifier({
      key: options.secret,
      requiredClaims: ['exp', 'sub', 'org', 'role'],
      cache: 10_000,
      cacheTTL: TOKEN_CACHE_MS,
    })

    // Under load the per-request session read was a query per request for data that changes a few times a year per
    // user; issue 14 allows keeping it a few seconds. Candidates are not cached: rejection must end access at once.
    const sessions = createSessionReader(
      (userId) => findUserSessionState(app.engine.db, userId),
      options.sessionCacheMs ?? 0,
    )
    const readSession = sessions.read
    app.decorate('forgetSession', (userId: string) => {
      sessions.forget(userId)
    })

    app.decorate('issueToken', (principal: Principal, tokenVersion = 0) =>
      principal.kind === 'user'
        ? app.jwt.sign({
            sub: principal.userId,
            org: principal.organizationId,
            role: principal.role,
            ver: tokenVersion,
          })
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
            claims = verifyToken(bearerToken(request)) as TokenClaims
          } catch (cause) {
            throw new AppError(
              'UNAUTHENTICATED',
              'Sign in to continue: the access token is missing or invalid.',
              { cause },
            )
          }
          request.principal = await currentPrincipal(app, claims, readSession)
          if (!roles.includes(request.principal.role)) {
            throw new AppError('FORBIDDEN', 'Your role does not allow this action.')
          }
        },
    )
  },
  { name: 'auth', dependencies: ['engine'] },
)

const ENDED = 'Sign in to continue: this session has ended.'

/**
 * Staff session state reused for `ttlMs` (0: read on every call). When an entry lapses, the requests that find it
 * missing share one read instead of each starting its own: under 200 concurrent readers every lapse was 200 queries at
 * once, and the requests queued behind them made the tail of the latency (issue 15). A read that was in flight when
 * `forget` was called is not stored, so a change made through this process is never undone by an older read.
 */
export function createSessionReader(
  read: (userId: string) => Promise<UserSessionState | null>,
  ttlMs: number,
): { read(userId: string): Promise<UserSessionState | null>; forget(userId: string): void } {
  if (ttlMs <= 0) return { read, forget: () => undefined }
  const cached = new LRUCache<string, UserSessionState | false>({
    max: 10_000,
    ttl: ttlMs,
    ttlAutopurge: false,
  })
  const pending = new Map<string, Promise<UserSessionState | null>>()
  return {
    async read(userId) {
      const hit = cached.get(userId)
      if (hit !== undefined) return hit === false ? null : hit
      const inFlight = pending.get(userId)
      if (inFlight) return inFlight
      const started = read(userId).then(
        (state) => {
          if (pending.get(userId) === started) {
            pending.delete(userId)
            cached.set(userId, state ?? false)
          }
          return state
        },
        (error: unknown) => {
          if (pending.get(userId) === started) pending.delete(userId)
          throw error
        },
      )
      pending.set(userId, started)
      return started
    },
    forget(userId) {
      cached.delete(userId)
      pending.delete(userId)
    },
  }
}

/** How long a verified token's claims are reused; a token is never accepted past its own `exp`. */
const TOKEN_CACHE_MS = 10 * 60_000

/** The token of `Authorization: Bearer <token>` (scheme case-insensitive, as @fastify/jwt reads it); '' when none. */
function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization
  if (!header || !/^Bearer\s/i.test(header)) return ''
  const parts = header.split(' ')
  return parts.length === 2 && parts[1] ? parts[1] : ''
}

/**
 * The token says who; the database says whether they still may, and with which role. Checked on every request so a
 * deactivated user, a demoted user and a rejected candidate lose their powers at once, not when the token expires
 * (staff state may be reused for `sessionCacheMs`; the process that makes a change forgets it at once).
 */
export async function currentPrincipal(
  app: FastifyInstance,
  claims: TokenClaims,
  // The queue board passes nothing: it reads the session fresh, since it opens every organisation's jobs.
  readSession: (userId: string) => Promise<UserSessionState | null> = (userId) =>
    findUserSessionState(app.engine.db, userId),
): Promise<Principal> {
  const { db } = app.engine
  if (claims.role === 'candidate') {
    const applicationId = claims.app ?? claims.sub
    if (!(await candidateMayAccess(db, claims.org, applicationId)))
      throw new AppError('UNAUTHENTICATED', ENDED)
    return { kind: 'candidate', organizationId: claims.org, applicationId, role: 'candidate' }
  }
  const state = await readSession(claims.sub)
  if (
    !state ||
    state.deactivated ||
    state.organizationId !== claims.org ||
    state.tokenVersion !== (claims.ver ?? 0)
  )
    throw new AppError('UNAUTHENTICATED', ENDED)
  return { kind: 'user', userId: claims.sub, organizationId: state.organizationId, role: state.role }
}

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
  anyone: ['admin', 'recruiter', 'hiring_manager', 'interviewer', 'candidate'],
  // Interviewers pass these only for applications assigned to them; routes check the assignment (404 otherwise).
  readAssigned: ['admin', 'recruiter', 'hiring_manager', 'interviewer'],
  staff: ['admin', 'recruiter', 'hiring_manager', 'interviewer'],
  editInterviewPlan: ['admin', 'hiring_manager'],
  // Data-subject requests (erasure, export) are handled by whoever handles candidates' data: admins and recruiters.
  handleDataRequests: ['admin', 'recruiter'],
} as const satisfies Record<string, ReadonlyArray<StaffRole | 'candidate'>>
