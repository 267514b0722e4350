import { describe, expect, it } from 'vitest'
import { bucketApplicantPool, MIN_POOL_APPLICANTS, poolSizeBand } from './bucket-applicant-pool'
import { countApplicantPool, type PoolResult } from './count-applicant-pool'
import { summarizeApplicantPool as summarize } from './summarize-applicant-pool'

const summarizeApplicantPool = (ids: readonly string[], evaluations: PoolResult[][]) =>
  summarize(ids, countApplicantPool(evaluations))

const result = (
  requirementId: string,
  status: PoolResult['status'],
  basis?: PoolResult['basis'],
): PoolResult => ({ requirementId, status, ...(basis ? { basis } : {}) })

describe('summarizeApplicantPool', () => {
  it('counts matched, partial, missing and claimed-only shares per requirement', () => {
    const evaluations = [
      [result('k8s', 'matched', 'listed'), result('py', 'matched', 'named')],
      [result('k8s', 'partial', 'listed'), result('py', 'matched', 'named')],
      [result('k8s', 'matched', 'named'), result('py', 'partial', 'years_short')],
      [result('k8s', 'missing', 'none'), result('py', 'missing', 'none'), result('gone', 'matched')],
    ]
    const pool = summarizeApplicantPool(['k8s', 'py', 'sql'], evaluations)
    expect(pool.applicants).toBe(4)
    expect(pool.requirements).toEqual([
      { requirementId: 'k8s', applicants: 4, matched: 0.5, partial: 0.25, missing: 0.25, claimedOnly: 0.5 },
      { requirementId: 'py', applicants: 4, matched: 0.5, partial: 0.25, missing: 0.25, claimedOnly: 0 },
      { requirementId: 'sql', applicants: 0, matched: 0, partial: 0, missing: 0, claimedOnly: 0 },
    ])
  })

  it('does not depend on the order of evaluations, and reads results stored before the basis existed', () => {
    const evaluations = [[result('k8s', 'matched')], [result('k8s', 'missing')], [result('k8s', 'partial')]]
    expect(summarizeApplicantPool(['k8s'], evaluations)).toEqual(
      summarizeApplicantPool(['k8s'], [...evaluations].reverse()),
    )
    expect(summarizeApplicantPool(['k8s'], evaluations).requirements[0]?.claimedOnly).toBe(0)
  })
})

describe('bucketApplicantPool', () => {
  const pool = (size: number, listed: number) =>
    summarizeApplicantPool(
      ['k8s'],
      Array.from({ length: size }, (_, index) => [
        result('k8s', 'matched', index < listed ? 'listed' : 'named'),
      ]),
    )

  it('rounds shares to the nearest ten percent and the size to a band', () => {
    expect(bucketApplicantPool(pool(23, 21))).toEqual({
      applicantsAtLeast: 20,
      requirements: [{ requirementId: 'k8s', matched: 100, partial: 0, missing: 0, claimedOnly: 90 }],
    })
    // One more applicant of the same kind keeps the same bucket, so the same kit cache key.
    expect(bucketApplicantPool(pool(24, 22))).toEqual(bucketApplicantPool(pool(23, 21)))
    // A different picture of the pool is a different bucket.
    expect(bucketApplicantPool(pool(23, 2))).not.toEqual(bucketApplicantPool(pool(23, 21)))
  })

  it('says nothing about a pool too small to read', () => {
    expect(bucketApplicantPool(pool(MIN_POOL_APPLICANTS - 1, 4))).toBeNull()
    expect(bucketApplicantPool(pool(MIN_POOL_APPLICANTS, 4))?.applicantsAtLeast).toBe(MIN_POOL_APPLICANTS)
  })

  it('bands sizes 5, 10, 20, 50, 100, 200, 500, …', () => {
    expect([5, 9, 10, 19, 20, 49, 50, 99, 100, 250, 999, 1500].map(poolSizeBand)).toEqual([
      5, 5, 10, 10, 20, 20, 50, 50, 100, 200, 500, 1000,
    ])
  })
})
