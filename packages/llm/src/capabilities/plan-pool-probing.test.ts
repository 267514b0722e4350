import type { KitRequirementPool, RequirementInput } from '@shortlist/core'
import { describe, expect, it } from 'vitest'
import { MAX_DEEPER_REQUIREMENTS, planPoolProbing } from './plan-pool-probing'

const requirement = (id: string, extra: Partial<RequirementInput> = {}): RequirementInput => ({
  id,
  label: id,
  kind: 'required',
  type: 'skill',
  screened: true,
  weight: 3,
  skillIds: [id],
  minYears: null,
  keywords: [],
  ...extra,
})

const shares = (
  requirementId: string,
  matched: number,
  partial: number,
  missing: number,
  claimedOnly: number,
): KitRequirementPool => ({ requirementId, matched, partial, missing, claimedOnly })

describe('planPoolProbing', () => {
  it('reads claimed, scarce, uncertain, proven and mixed pools, and probes deeper only the first three', () => {
    const requirements = ['claimed', 'scarce', 'uncertain', 'proven', 'mixed'].map((id) => requirement(id))
    const probes = planPoolProbing(requirements, {
      applicantsAtLeast: 20,
      requirements: [
        shares('claimed', 90, 0, 10, 90),
        shares('scarce', 20, 10, 70, 0),
        shares('uncertain', 40, 40, 20, 20),
        shares('proven', 80, 10, 10, 10),
        shares('mixed', 50, 20, 30, 10),
      ],
    })
    expect([...probes.values()].map((probe) => [probe.requirementId, probe.signal, probe.deeper])).toEqual([
      ['claimed', 'claimed', true],
      ['scarce', 'scarce', true],
      ['uncertain', 'uncertain', true],
      ['proven', 'proven', false],
      ['mixed', 'mixed', false],
    ])
    expect(probes.get('claimed')?.unproven).toBe(100)
    expect(probes.get('proven')?.unproven).toBe(30)
  })

  it('leaves alone what a harder question cannot probe: unscreened, nice-to-have, language, logistics', () => {
    const requirements = [
      requirement('trait', { type: 'trait', screened: false }),
      requirement('nice', { kind: 'nice_to_have' }),
      requirement('english', { type: 'language' }),
      requirement('degree', { type: 'degree' }),
    ]
    const probes = planPoolProbing(requirements, {
      applicantsAtLeast: 50,
      requirements: requirements.map((item) => shares(item.id, 10, 0, 90, 10)),
    })
    expect(probes.size).toBe(0)
  })

  it('probes the weakest (unproven share times weight) first, at most MAX_DEEPER_REQUIREMENTS', () => {
    const requirements = Array.from({ length: MAX_DEEPER_REQUIREMENTS + 2 }, (_, index) =>
      requirement(`r${index}`, { weight: 1 + index }),
    )
    const probes = planPoolProbing(requirements, {
      applicantsAtLeast: 20,
      requirements: requirements.map((item) => shares(item.id, 10, 0, 90, 0)),
    })
    const deeper = [...probes.values()].filter((probe) => probe.deeper).map((probe) => probe.requirementId)
    expect(deeper).toHaveLength(MAX_DEEPER_REQUIREMENTS)
    expect(deeper).not.toContain('r0')
    expect(deeper).not.toContain('r1')
  })

  it('plans nothing without a pool', () => {
    expect(planPoolProbing([requirement('k8s')], undefined).size).toBe(0)
  })
})
