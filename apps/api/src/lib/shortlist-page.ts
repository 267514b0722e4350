import { promisify } from 'node:util'
import { gzip as gzipCallback } from 'node:zlib'
import { Negotiator } from '@fastify/accept-negotiator'
import { type Shortlist, ZShortlist, type ZShortlistQuery } from '@shortlist/contracts'
import {
  countShortlist,
  type Db,
  findShortlistVersions,
  type JobRequirementRecord,
  listRequirements,
  listShortlist,
  type ShortlistCursor,
  type ShortlistFilters,
  type ShortlistRow,
} from '@shortlist/db'
import DataLoader from 'dataloader'
import { LRUCache } from 'lru-cache'
import { z } from 'zod'
import { AppError } from './app-error'
import { blindCandidateLabel, loadBlindCheck, loadMasker, type Masker } from './blind-review'

// The format of the page body; part of the ETag so a deploy that changes the payload never answers 304 to a body
// cached by the version before it.
const FORMAT = 's2'

/** A cursor carries the last row's order columns and its rank, so the next page numbers its rows without a count. */
const ZCursor = z.object({ a: z.boolean(), s: z.number(), id: z.uuid(), r: z.number().int().min(0) })
type Cursor = ShortlistCursor & { rank: number }

export function encodeCursor(cursor: Cursor): string {
  const value = { a: cursor.allRequiredMet, s: cursor.rankScore, id: cursor.applicationId, r: cursor.rank }
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

export function decodeCursor(text: string): Cursor {
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
  } catch {
    value = null
  }
  const parsed = ZCursor.safeParse(value)
  if (!parsed.success)
    throw new AppError(
      'VALIDATION_FAILED',
      'The cursor is not one this API gave out: start again from the first page.',
    )
  return {
    allRequiredMet: parsed.data.a,
    rankScore: parsed.data.s,
    applicationId: parsed.data.id,
    rank: parsed.data.r,
  }
}

/** The weak ETag of every shortlist page of a job at one version (the URL tells the pages apart). */
export function shortlistEtag(version: string): string {
  return `W/"${FORMAT}-${version}"`
}

/** If-None-Match holds this ETag (or `*`); weak comparison, as RFC 9110 asks for If-None-Match. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false
  const bare = etag.replace(/^W\//, '')
  return header.split(',').some((candidate) => {
    const value = candidate.trim()
    return value === '*' || value.replace(/^W\//, '') === bare
  })
}

type PageQuery = z.output<typeof ZShortlistQuery>

const gzip = promisify(gzipCallback)

/** A built page: its JSON bytes, and the same bytes gzipped for clients that accept it. */
export type ShortlistPage = { json: Buffer; gzip: Buffer }

/**
 * Whether the client accepts the page gzipped (`Accept-Encoding`, q-values honoured; `gzip;q=0` refuses it). Browsers
 * always do, and a page is about a tenth of its size gzipped: the bytes written per request were most of a cached
 * page's cost (issue 15). Answers are remembered per header value, of which clients send few.
 */
export function createEncodingNegotiator(): (header: string | undefined) => 'gzip' | 'identity' {
  const negotiator = new Negotiator<'gzip' | 'identity'>({
    supportedValues: ['gzip', 'identity'],
    cache: new LRUCache<string, string>({ max: 100 }),
  })
  return (header) => (header && negotiator.negotiate(header) === 'gzip' ? 'gzip' : 'identity')
}

/**
 * Serialised shortlist pages by (organisation, job, version, query), and filtered totals by (…, version, filters).
 * The version is bumped by database triggers on every change a page shows, so an entry is never stale: a new version
 * is a new key, and old keys age out of the LRU. Concurrent misses for one key share one build, so a burst of
 * readers after a change costs one query, not one per reader. Per process: every API process keeps its own.
 * Blind review is applied when the page is built: whether a row is blind depends on the organisation's and job's
 * settings, the job's pipeline and the row's stage (all of which bump the version), never on who is looking, so one
 * body serves every reader of the organisation. Should masking ever depend on the viewer, the key must name it.
 */
/** How long a built page may stay in memory; a later read of the same version rebuilds it. */
const PAGE_TTL_MS = 5 * 60_000

export function createShortlistPages(options: { maxBytes: number }) {
  const pages = new LRUCache<string, ShortlistPage>({
    maxSize: options.maxBytes,
    sizeCalculation: (page) => Math.max(1, page.json.byteLength + page.gzip.byteLength),
    // Pages hold candidates' names and quotes: after an erasure (which bumps the version, so they are never served
    // again) they must also leave memory within a bounded time, not only when the LRU needs the room.
    ttl: PAGE_TTL_MS,
    ttlAutopurge: true,
  })
  const totals = new LRUCache<string, number>({ max: 10_000 })
  const building = new Map<string, Promise<ShortlistPage>>()

  async function total(db: Db, key: string, scope: Scope, filters: ShortlistFilters): Promise<number> {
    const cached = totals.get(key)
    if (cached !== undefined) return cached
    const count = await countShortlist(db, scope.organizationId, scope.jobId, filters)
    totals.set(key, count)
    return count
  }

  async function build(db: Db, scope: Scope, query: PageQuery, filtersKey: string): Promise<ShortlistPage> {
    const after = query.cursor ? decodeCursor(query.cursor) : null
    const filters: ShortlistFilters = {
      meetsAllRequired: query.meetsAllRequired,
      minScore: query.minScore,
      skill: query.skill,
      stage: query.stage,
    }
    const [requirements, page, count, isBlind] = await Promise.all([
      listRequirements(db, scope.organizationId, scope.jobId),
      listShortlist(
        db,
        scope.organizationId,
        scope.jobId,
        { limit: query.limit, after, evidence: query.view === 'full' },
        filters,
      ),
      total(db, `${scope.organizationId}:${scope.jobId}:${scope.version}:${filtersKey}`, scope, filters),
      loadBlindCheck(db, scope.organizationId, [scope.jobId]),
    ])
    const blindRows = page.rows.filter((row) => isBlind(scope.jobId, row.stage))
    // Only the full view carries quotes; the summary view masks the name alone and needs no identities.
    const masker =
      query.view === 'full' && blindRows.length > 0
        ? await loadMasker(
            db,
            scope.organizationId,
            blindRows.map((row) => row.candidateId),
          )
        : null
    const before = after?.rank ?? 0
    const last = page.rows.at(-1)
    const body: Shortlist = {
      total: count,
      requirements: requirements.map((requirement) => ({
        id: requirement.id,
        label: requirement.label,
        kind: requirement.kind,
      })),
      nextCursor: page.next && last ? encodeCursor({ ...page.next, rank: before + page.rows.length }) : null,
      items: page.rows.map((row, index) =>
        presentShortlistRow(row, before + index + 1, requirements, {
          blind: isBlind(scope.jobId, row.stage),
          masker,
        }),
      ),
    }
    // Validated and stripped by the contract here, once per build, instead of by the route's serializer per request;
    // compressed once per build too (on libuv's threads), instead of per request.
    const json = Buffer.from(JSON.stringify(ZShortlist.parse(body)))
    return { json, gzip: await gzip(json) }
  }

  return {
    /** The page, from the cache when this version of it was built before. */
    async read(db: Db, scope: Scope, query: PageQuery): Promise<ShortlistPage> {
      const filtersKey = JSON.stringify([
        query.meetsAllRequired ?? null,
        query.minScore ?? null,
        query.skill ?? null,
        query.stage ?? null,
      ])
      const key = `${scope.organizationId}:${scope.jobId}:${scope.version}:${query.view}:${query.limit}:${query.cursor ?? ''}:${filtersKey}`
      const cached = pages.get(key)
      if (cached) return cached
      let pending = building.get(key)
      if (!pending) {
        pending = build(db, scope, query, filtersKey)
          .then((body) => {
            pages.set(key, body)
            return body
          })
          .finally(() => building.delete(key))
        building.set(key, pending)
      }
      return pending
    },
  }
}

type Scope = { organizationId: string; jobId: string; version: string }

/**
 * Reads shortlist versions, one query for all the requests that arrive while the previous one runs. Under load the
 * version read was most of a page's cost in embedded mode (PGlite runs one query at a time on the main thread), and a
 * query per event-loop turn still meant hundreds a second: a batch is sent when the query before it has answered,
 * so under load each query serves every request that arrived meanwhile. A batch's query is issued after every
 * request of the batch arrived, so none can see a version older than its own arrival; nothing is remembered between
 * batches.
 */
export function createShortlistVersionReader(
  db: Db,
  read: typeof findShortlistVersions = findShortlistVersions,
) {
  let inFlight: Promise<unknown> | null = null
  const loader = new DataLoader<{ organizationId: string; jobId: string }, string | null, string>(
    (keys) => {
      const query = read(db, keys)
      const settled: Promise<unknown> = query.then(
        () => undefined,
        () => undefined,
      )
      inFlight = settled
      void settled.then(() => {
        if (inFlight === settled) inFlight = null
      })
      return query
    },
    {
      cache: false,
      cacheKeyFn: (key) => `${key.organizationId}:${key.jobId}`,
      batchScheduleFn: (callback) => {
        const waitFor = inFlight
        if (waitFor) void waitFor.then(() => setImmediate(callback))
        else setImmediate(callback)
      },
      maxBatchSize: 500,
    },
  )
  return (organizationId: string, jobId: string): Promise<string | null> =>
    loader.load({ organizationId, jobId })
}
export type ShortlistPages = ReturnType<typeof createShortlistPages>

/** One list row: scores, chips (each requirement's status; quotes only in the full view), stage and decision. */
export function presentShortlistRow(
  row: ShortlistRow,
  rank: number,
  requirements: readonly JobRequirementRecord[],
  review: { blind: boolean; masker: Masker | null },
): Shortlist['items'][number] {
  const { blind, masker } = review
  // Fails closed: a blind row's quote is never shown unmasked, even if the caller forgot the masker.
  const quoteOf = (quote: string, section: string | undefined) =>
    !blind ? quote : masker ? masker.quote(row.candidateId, quote, section) : ''
  const known = new Set(requirements.map((requirement) => requirement.id))
  const evidenceById = row.requirements
    ? new Map(row.requirements.map((result) => [result.requirementId, result.evidence]))
    : null
  return {
    rank,
    applicationId: row.applicationId,
    candidate: {
      id: row.candidateId,
      name: blind ? blindCandidateLabel(row.applicationId) : row.candidateName,
    },
    blind,
    alternativeProcessRequested: row.alternativeProcessRequested,
    currentRole: row.currentRole,
    score: row.score,
    requiredMet: row.requiredMet,
    requiredTotal: row.requiredTotal,
    rankScore: row.rank.rankScore,
    allRequiredMet: row.rank.allRequiredMet,
    coverage: row.rank.coverage,
    roleFit: row.rank.roleFit,
    hiddenTextFlagged: row.hiddenTextFlagged,
    decision: row.decision,
    stage: row.stage,
    // Results of requirements removed since scoring are left out until the application is scored again.
    requirements: row.statuses.flatMap((result) => {
      if (!known.has(result.requirementId)) return []
      const evidence = evidenceById?.get(result.requirementId)
      return [
        {
          requirementId: result.requirementId,
          status: result.status,
          ...(evidenceById
            ? { evidence: (evidence ?? []).map((item) => ({ quote: quoteOf(item.quote, item.section) })) }
            : {}),
        },
      ]
    }),
  }
}
