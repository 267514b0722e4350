import {
  buildFamilyFitDirection,
  buildPoolFeedback,
  buildPostingFamilyProfile,
  type FamilyProfile,
  measureFamilyFit,
  measureMemberFamilyFit,
  POOL_RANKING,
  type Taxonomy,
} from '@shortlist/core'
import { type Db, listNearestPoolFamilies, type StoredFamily } from '@shortlist/db'
import { poolFamilyKey, refreshPoolFamilies } from './refresh-pool-families'

/** Fits closer than this may come back out of order from the database's single-precision cosine. */
const FIT_TOLERANCE = 1e-5

type FamilyFitRow = { documentId: string; family: FamilyProfile; fit: number }

/**
 * The `count` best family fits of the pool (fit > 0, best first, ties by id) and every row read on the way, from
 * rows the database returns nearest first by a direction whose cosine orders them as `fitOf` does. The exact fit is
 * recomputed here from the stored profile; more rows are read until the last one read falls clearly below the
 * `count`-th fit, so single-precision ties at the boundary cannot leave out a resume the whole pool would rank in.
 */
async function readBestFamilyFits(
  fetch: (limit: number) => Promise<Array<{ documentId: string; family: StoredFamily }>>,
  fitOf: (family: FamilyProfile) => number,
  count: number,
): Promise<FamilyFitRow[]> {
  for (let limit = Math.max(2 * count, count + 20); ; limit *= 4) {
    const rows = await fetch(limit)
    const scored = rows.map((row) => {
      const family: FamilyProfile = new Map(row.family)
      return { documentId: row.documentId, family, fit: fitOf(family) }
    })
    const last = scored.at(-1)
    const best = scored
      .filter((row) => row.fit > 0)
      .sort(
        (a, b) => b.fit - a.fit || (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0),
      )
    const boundary = best[count - 1]?.fit
    if (
      !last ||
      rows.length < limit ||
      last.fit <= FIT_TOLERANCE ||
      (boundary !== undefined && last.fit < boundary - FIT_TOLERANCE)
    )
      return best
  }
}

/**
 * The family side of a pool search, read from the stored family profiles (`pool_families`) instead of every
 * resume: the posting's profile, the pool's feedback profile (from the best direct fits), and the `size` best fits
 * of the pool with their profiles. Stale rows are rebuilt first. The fits are those `measurePoolFamilyFit` gives
 * over the whole pool.
 */
export async function readFamilyCandidates(
  db: Db,
  input: {
    organizationId: string
    job: { title: string; description: string }
    taxonomy: Taxonomy
    size: number
  },
) {
  const { organizationId, taxonomy } = input
  const posting = buildPostingFamilyProfile({ title: input.job.title, text: input.job.description }, taxonomy)
  await refreshPoolFamilies(db, organizationId, taxonomy)
  const key = poolFamilyKey(taxonomy)
  const nearest = (direction: FamilyProfile) => (limit: number) =>
    listNearestPoolFamilies(db, organizationId, key, direction, limit)
  const direct = await readBestFamilyFits(
    nearest(posting),
    (family) => measureFamilyFit(posting, family),
    POOL_RANKING.feedbackDepth,
  )
  const feedback = buildPoolFeedback(
    posting,
    direct.map((row) => ({ id: row.documentId, family: row.family })),
  )
  const best = await readBestFamilyFits(
    nearest(buildFamilyFitDirection(posting, feedback)),
    (family) => measureMemberFamilyFit(posting, feedback, family),
    input.size,
  )
  return { posting, feedback, best }
}
