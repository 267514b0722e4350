import type { KitPool, KitRequirementPool } from '@shortlist/core'
import { beforeAll, describe, expect, it } from 'vitest'
import { ML_PLATFORM_ROLE } from '../../test/ml-platform-posting'
import { lintKit } from '../capabilities/kit-rules'
import type { GeneratedKit, InterviewQuestion, QuestionDifficulty } from '../types'
import { createOfflineProvider } from './create-offline-provider'

const provider = createOfflineProvider()
const KUBERNETES = 'r-k8s'

/** Every requirement but Kubernetes looks the same in both pools: half matched, the rest partial or missing. */
function pool(kubernetes: Omit<KitRequirementPool, 'requirementId'>): KitPool {
  return {
    applicantsAtLeast: 20,
    requirements: ML_PLATFORM_ROLE.requirements.map((requirement) =>
      requirement.id === KUBERNETES
        ? { requirementId: KUBERNETES, ...kubernetes }
        : { requirementId: requirement.id, matched: 50, partial: 20, missing: 30, claimedOnly: 10 },
    ),
  }
}

const RANK: Record<QuestionDifficulty, number> = { foundational: 0, intermediate: 1, advanced: 2 }
const onKubernetes = (kit: GeneratedKit): InterviewQuestion[] =>
  kit.questions.filter(
    (question) => question.type === 'technical' && question.requirementIds.includes(KUBERNETES),
  )

describe('pool-aware offline role kit', () => {
  let listed: GeneratedKit
  let described: GeneratedKit
  let none: GeneratedKit

  beforeAll(async () => {
    // 90% of applicants only list Kubernetes, without described use.
    listed = await provider.generateRoleKit({
      ...ML_PLATFORM_ROLE,
      pool: pool({ matched: 90, partial: 0, missing: 10, claimedOnly: 90 }),
    })
    // Most applicants describe real use of Kubernetes.
    described = await provider.generateRoleKit({
      ...ML_PLATFORM_ROLE,
      pool: pool({ matched: 90, partial: 0, missing: 10, claimedOnly: 10 }),
    })
    none = await provider.generateRoleKit(ML_PLATFORM_ROLE)
  })

  it('says in every Kubernetes question that most applicants only list it', () => {
    const questions = onKubernetes(listed)
    expect(questions.length).toBeGreaterThan(0)
    for (const question of questions) expect(question.why).toContain('90% of applicants only list it')
    for (const question of onKubernetes(described)) {
      expect(question.why).not.toContain('only list')
      expect(question.why).toContain('describe real use')
    }
  })

  it('goes deeper on Kubernetes when the pool only lists it: more, harder questions and a hands-on probe', () => {
    const deep = onKubernetes(listed)
    const usual = onKubernetes(described)
    expect(deep.length).toBeGreaterThanOrEqual(3)
    expect(deep.length).toBeGreaterThan(usual.length)
    const advanced = (questions: InterviewQuestion[]) =>
      questions.filter((question) => question.difficulty === 'advanced').length
    expect(advanced(deep)).toBeGreaterThan(advanced(usual))
    expect(Math.max(...deep.map((question) => RANK[question.difficulty]))).toBe(RANK.advanced)
    const probe = deep.find((question) => /hands-on/.test(question.text))
    expect(probe?.text).toContain('Kubernetes')
    expect(probe?.rubric.followUps).toHaveLength(2)
    expect(probe?.why).toMatch(/^Probes ".*Kubernetes.*" more deeply: 90% of applicants only list it/)
  })

  it('spends the second question elsewhere when the pool already proves Kubernetes', () => {
    expect(onKubernetes(described)).toHaveLength(1)
    expect(onKubernetes(none).length).toBeGreaterThan(1)
  })

  it('keeps every kit within the kit rules', () => {
    for (const kit of [listed, described, none])
      expect(lintKit(kit.questions, ML_PLATFORM_ROLE.requirements)).toEqual([])
  })

  it('is the same kit as before when no pool is known', async () => {
    expect((await provider.generateRoleKit({ ...ML_PLATFORM_ROLE })).questions).toEqual(none.questions)
    for (const question of none.questions) expect(question.why).not.toMatch(/applicants/)
  })

  it('writes the reason in the kit language', async () => {
    const portuguese = await provider.generateRoleKit({
      ...ML_PLATFORM_ROLE,
      locale: 'pt',
      pool: pool({ matched: 90, partial: 0, missing: 10, claimedOnly: 90 }),
    })
    const questions = onKubernetes(portuguese)
    expect(questions.length).toBeGreaterThanOrEqual(3)
    for (const question of questions)
      expect(question.why).toContain('90% dos candidatos só o citam numa lista')
  })
})
