import { describe, expect, it } from 'vitest'
import { POSTING_PARSER_VERSION } from '../posting/parse-posting'
import { loadTaxonomy } from '../taxonomy'
import type {
  RequirementInput,
  ResumeChunk,
  ResumeProfile,
  ResumeSectionName,
  SemanticMatch,
  SkillExperience,
  SkillMention,
} from '../types'
import { readQuote } from './read-quote'
import { CREDITS, scoreCandidate } from './score-candidate'

const taxonomy = loadTaxonomy()

const RESUME = [
  'Ana Souza',
  'ana@example.org',
  '',
  'Experience',
  'Platform Engineer, Orla Pay (2019-01 to 2024-01)',
  '- Ran training jobs on Kubernetes clusters and wrote Python services for model rollout.',
  '- Tracked experiments in Neptune for the fraud team.',
  '',
  'Education',
  'Bachelor of Science in Computer Science, Federal University, 2018',
  '',
  'Skills',
  'Java, TypeScript, Terraform',
].join('\n')

function section(name: ResumeSectionName, heading: string, nextHeading: string | null) {
  const start = RESUME.indexOf(heading)
  const end = nextHeading === null ? RESUME.length : RESUME.indexOf(nextHeading)
  return { name, heading, start, end }
}

function mention(skillId: string, surface: string, source: SkillMention['source']): SkillMention {
  const start = RESUME.indexOf(surface)
  if (start < 0) throw new Error(`fixture lacks ${surface}`)
  return {
    skillId,
    surface,
    start,
    end: start + surface.length,
    section: source === 'skills_list' ? 'skills' : 'experience',
    source,
  }
}

function skill(skillId: string, years: number, mentions: SkillMention[]): SkillExperience {
  return { skillId, years, lastUsedYear: years > 0 ? 2024 : null, mentions }
}

const PROFILE: ResumeProfile = {
  name: 'Ana Souza',
  headline: null,
  email: 'ana@example.org',
  phone: null,
  links: [],
  sections: [
    section('contact', 'Ana Souza', 'Experience'),
    section('experience', 'Experience', 'Education'),
    section('education', 'Education', 'Skills'),
    section('skills', 'Skills', null),
  ],
  experiences: [],
  skills: [
    skill('kubernetes', 5, [mention('kubernetes', 'Kubernetes', 'described_work')]),
    skill('python', 5, [mention('python', 'Python', 'described_work')]),
    skill('neptune', 5, [mention('neptune', 'Neptune', 'described_work')]),
    skill('java', 0, [mention('java', 'Java', 'skills_list')]),
    skill('typescript', 0, [mention('typescript', 'TypeScript', 'skills_list')]),
    skill('terraform', 0, [mention('terraform', 'Terraform', 'skills_list')]),
  ],
  totalYears: 5,
}

function requirement(id: string, overrides: Partial<RequirementInput>): RequirementInput {
  return {
    id,
    label: id,
    kind: 'required',
    type: 'skill',
    screened: true,
    weight: 1,
    skillIds: [],
    minYears: null,
    keywords: [],
    ...overrides,
  }
}

function run(requirements: RequirementInput[], semanticMatches: SemanticMatch[] = [], profile = PROFILE) {
  return scoreCandidate({ requirements, resumeText: RESUME, profile, taxonomy, semanticMatches })
}

function resultOf(requirements: RequirementInput[], semanticMatches: SemanticMatch[] = []) {
  const evaluation = run(requirements, semanticMatches)
  return evaluation.requirements[0] as (typeof evaluation.requirements)[number]
}

describe('scoreCandidate: statuses', () => {
  it('matches a skill described in work, with full credit and a quote of its bullet', () => {
    const result = resultOf([requirement('k8s', { skillIds: ['kubernetes'], label: 'Kubernetes' })])
    expect(result.status).toBe('matched')
    expect(result.credit).toBe(CREDITS.describedWork)
    expect(result.evidence[0]).toMatchObject({
      quote: 'Ran training jobs on Kubernetes clusters and wrote Python services for model rollout.',
      section: 'experience',
      source: 'described_work',
      skillId: 'kubernetes',
    })
    expect(result.reason).toMatch(/Kubernetes/)
  })

  it('gives a skills-list claim less credit than described work', () => {
    const listed = resultOf([requirement('ts', { skillIds: ['typescript'], label: 'TypeScript' })])
    expect(listed.status).toBe('matched')
    expect(listed.credit).toBe(CREDITS.skillsList)
    expect(listed.credit).toBeLessThan(CREDITS.describedWork)
    expect(listed.evidence[0]?.source).toBe('skills_list')
  })

  it('accepts any one of several alternatives', () => {
    const result = resultOf([
      requirement('tracking', {
        skillIds: ['mlflow', 'weights-and-biases', 'neptune'],
        label: 'MLflow / W&B / Neptune',
      }),
    ])
    expect(result.status).toBe('matched')
    expect(result.evidence[0]?.skillId).toBe('neptune')
  })

  it('marks a requirement missing when nothing supports it', () => {
    const result = resultOf([requirement('swift', { skillIds: ['swift'], label: 'Swift' })])
    expect(result).toMatchObject({ status: 'missing', credit: 0, evidence: [] })
    expect(result.reason).toBe('No evidence of Swift in the resume.')
  })

  it('gives no credit through a bare related edge outside a common family', () => {
    // Kotlin is related to Java in the taxonomy, but neither is a kind of a common skill: a lead, not evidence.
    const result = resultOf([requirement('kotlin', { skillIds: ['kotlin'], label: 'Kotlin' })])
    expect(result).toMatchObject({ status: 'missing', basis: 'none' })
  })
})

describe('scoreCandidate: years', () => {
  it('matches when the years are met', () => {
    const result = resultOf([requirement('py', { skillIds: ['python'], minYears: 3 })])
    expect(result).toMatchObject({ status: 'matched', yearsFound: 5 })
  })

  it('is partial, with scaled credit, when the years fall short', () => {
    const result = resultOf([requirement('py', { skillIds: ['python'], minYears: 10 })])
    expect(result.status).toBe('partial')
    expect(result.yearsFound).toBe(5)
    expect(result.credit).toBeCloseTo(CREDITS.shortYearsFloor + (1 - CREDITS.shortYearsFloor) * 0.5, 10)
  })

  it('is partial when a required skill with years stated is only in a skills list', () => {
    const result = resultOf([requirement('java', { skillIds: ['java'], minYears: 2 })])
    expect(result).toMatchObject({ status: 'partial', credit: CREDITS.listOnlyWithYears })
  })
})

describe('scoreCandidate: keywords and semantic support', () => {
  it('matches a skill-less requirement through its keywords and quotes the best line', () => {
    const result = resultOf([
      requirement('degree', {
        label: "Bachelor's degree in Computer Science",
        keywords: ['bachelor', 'computer', 'science'],
      }),
    ])
    expect(result.status).toBe('matched')
    expect(result.evidence[0]?.quote).toBe(
      'Bachelor of Science in Computer Science, Federal University, 2018',
    )
    expect(result.evidence[0]?.section).toBe('education')
  })

  it('never gives a status from semantic similarity alone, however close', () => {
    const chunkText = 'Ran training jobs on Kubernetes clusters and wrote Python services for model rollout.'
    const start = RESUME.indexOf(chunkText)
    const chunk: ResumeChunk = {
      index: 1,
      start,
      end: start + chunkText.length,
      text: chunkText,
      section: 'experience',
    }
    const serving = requirement('serving', { skillIds: ['swift'], label: 'model serving' })
    const close = resultOf([serving], [{ requirementId: 'serving', chunk, similarity: 0.99 }])
    expect(close).toMatchObject({ status: 'missing', basis: 'none', credit: 0, evidence: [] })
  })
})

describe('scoreCandidate: evidence offsets', () => {
  it('always quotes exactly resumeText.slice(start, end)', () => {
    const evaluation = run([
      requirement('a', { skillIds: ['kubernetes'] }),
      requirement('b', { skillIds: ['typescript'] }),
      requirement('c', { skillIds: ['python'] }),
      requirement('d', { keywords: ['bachelor', 'science'] }),
    ])
    const evidence = evaluation.requirements.flatMap((result) => result.evidence)
    expect(evidence.length).toBeGreaterThanOrEqual(4)
    for (const item of evidence) expect(RESUME.slice(item.start, item.end)).toBe(item.quote)
  })

  it('caps long quotes at 240 characters around the mention', () => {
    const filler = 'word '.repeat(120)
    const text = `${filler}Kubernetes ${filler}`
    const start = text.indexOf('Kubernetes')
    const quote = readQuote(text, { start, end: start + 10 })
    expect(quote.quote.length).toBeLessThanOrEqual(240)
    expect(quote.quote).toContain('Kubernetes')
    expect(text.slice(quote.start, quote.end)).toBe(quote.quote)
  })

  it('keeps offsets valid on any span of arbitrary text', () => {
    const text = 'a.b\n• x; y! z?  \n\n— é ü 漢字 🙂 end.'
    for (let start = 0; start < text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        const quote = readQuote(text, { start, end })
        expect(text.slice(quote.start, quote.end)).toBe(quote.quote)
      }
    }
  })
})

describe('scoreCandidate: score', () => {
  const requirements = [
    requirement('k8s', { skillIds: ['kubernetes'], weight: 1.5 }),
    requirement('swift', { skillIds: ['swift'] }),
    requirement('ts', { skillIds: ['typescript'], kind: 'nice_to_have', weight: 0.5 }),
  ]

  it('applies the documented formula', () => {
    const evaluation = run(requirements)
    // R = (1.5·1 + 1·0) / 2.5 = 0.6; N = 0.7; gate = 1 − 0.5·(1 / 2.5) = 0.8.
    expect(evaluation.score).toBe(Math.round(100 * (0.8 * 0.6 + 0.2 * 0.7) * 0.8 * 100) / 100)
    expect(evaluation).toMatchObject({ requiredMet: 1, requiredTotal: 2 })
    expect(evaluation.versions).toEqual({
      taxonomy: taxonomy.version,
      parser: POSTING_PARSER_VERSION,
      scorer: 'scorer-7',
    })
  })

  it('is deterministic: the same input gives an identical object', () => {
    expect(run(requirements)).toEqual(run(requirements))
    expect(JSON.stringify(run(requirements))).toBe(JSON.stringify(run(requirements)))
  })

  it('never ranks a required miss above a required hit with equal nice-to-haves', () => {
    const hit = run([requirement('k8s', { skillIds: ['kubernetes'] }), requirements[2] as RequirementInput])
    const miss = run([requirement('swift', { skillIds: ['swift'] }), requirements[2] as RequirementInput])
    expect(hit.score).toBeGreaterThan(miss.score)
    // Even a candidate with every nice-to-have cannot beat one who meets the requirement without any.
    const onlyRequired = run([
      requirement('k8s', { skillIds: ['kubernetes'] }),
      requirement('swift-nice', { skillIds: ['swift'], kind: 'nice_to_have', weight: 0.5 }),
    ])
    const onlyNice = run([
      requirement('swift', { skillIds: ['swift'] }),
      requirement('k8s-nice', { skillIds: ['kubernetes'], kind: 'nice_to_have', weight: 0.5 }),
    ])
    expect(onlyRequired.score).toBeGreaterThan(onlyNice.score)
  })

  it('scores 0..100 with two decimals', () => {
    const evaluation = run(requirements)
    expect(evaluation.score).toBeGreaterThanOrEqual(0)
    expect(evaluation.score).toBeLessThanOrEqual(100)
    expect(Math.round(evaluation.score * 100) / 100).toBe(evaluation.score)
  })
})

describe('scoreCandidate: keyword co-occurrence', () => {
  it('matches only when the keywords meet in one sentence; scattered words are no evidence', () => {
    const together = resultOf([requirement('fraud', { keywords: ['fraud', 'experiments'] })])
    expect(together.status).toBe('matched')
    expect(together.evidence[0]?.quote).toBe('Tracked experiments in Neptune for the fraud team.')
    const scattered = resultOf([
      requirement('mix', { keywords: ['fraud', 'university', 'rollout', 'payroll'] }),
    ])
    // Three of four words in the resume, at most one per sentence: no passage says what the requirement asks.
    expect(scattered).toMatchObject({ status: 'missing', basis: 'none', credit: 0 })
  })
})
