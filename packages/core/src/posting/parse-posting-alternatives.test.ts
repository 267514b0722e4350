import { describe, expect, it } from 'vitest'
import { parseResume } from '../resume/parse-resume'
import { scoreCandidate } from '../scoring/score-candidate'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedRequirement } from '../types'
import { parsePosting } from './parse-posting'
import { toRequirementInputs } from './to-requirement-inputs'

// One line of alternatives is one requirement: a degree's fields, a list closed by "or", "X or Y marketing". A line
// that joins its asks with "and" keeps one requirement per ask. Postings written for these tests, in EN, PT and ES.

const taxonomy = loadTaxonomy()

/** The screened requirements one line yields under a required heading. */
function read(line: string, heading = 'Requirements'): ParsedRequirement[] {
  return parsePosting(`Role\n\n${heading}\n- ${line}\n`, taxonomy).requirements.filter(
    (requirement) => requirement.screened,
  )
}

function one(line: string, heading?: string): ParsedRequirement {
  const found = read(line, heading)
  expect(
    found.map((requirement) => requirement.label),
    line,
  ).toHaveLength(1)
  return found[0] as ParsedRequirement
}

describe('parsePosting: a degree names one degree', () => {
  it('reads the fields of an EN degree line as alternatives of one requirement', () => {
    const degree = one('BA/BS in Marketing, Communications, Journalism or related field')
    expect(degree.type).toBe('degree')
    expect(degree.kind).toBe('required')
    expect(degree.skillIds).toEqual(expect.arrayContaining(['marketing', 'journalism']))
  })

  it('keeps one degree when a field the taxonomy does not know sits inside the list', () => {
    const degree = one(
      'BA/BS degree in Market Research, Psychology, Social Science, Statistics, a related field or equivalent practical experience.',
    )
    expect(degree.type).toBe('degree')
    expect(degree.skillIds).toEqual(expect.arrayContaining(['psychology', 'statistics']))
    expect(degree.alternativeExperience).toBe(true)
  })

  it('reads a PT degree with "ou áreas afins" as one requirement', () => {
    const degree = one('Graduação em Administração, Economia, Contabilidade ou áreas afins', 'Requisitos')
    expect(degree.type).toBe('degree')
  })

  it('reads an ES "Licenciatura" as the degree, not as a teaching licence, with its fields as alternatives', () => {
    const degree = one('Licenciatura en Marketing, Comunicación o Periodismo', 'Requisitos')
    expect(degree.type).toBe('degree')
    expect(degree.skillIds).toEqual(expect.arrayContaining(['marketing', 'journalism']))
    expect(degree.skillIds).not.toContain('teacher-certification')
  })
})

describe('parsePosting: lists inside one line', () => {
  it('reads "A, B, C or D" as alternatives of one item, through an opening word of the last conjunct', () => {
    const item = one(
      'Experience in business development, product management, partner management or strategic consulting.',
    )
    expect(item.skillIds).toEqual(
      expect.arrayContaining(['business-development', 'product-management', 'management-consulting']),
    )
  })

  it('keeps "and" lists as one requirement per skill, in EN, PT and ES', () => {
    for (const [line, heading] of [
      ['Python and SQL', 'Requirements'],
      ['Python e SQL', 'Requisitos'],
      ['Python y SQL', 'Requisitos'],
    ] as const) {
      expect(
        read(line, heading).map((requirement) => requirement.skillIds),
        line,
      ).toEqual([['python'], ['sql']])
    }
    expect(read('Docker, Kubernetes and Terraform').map((requirement) => requirement.skillIds)).toEqual([
      ['docker'],
      ['kubernetes'],
      ['terraform'],
    ])
  })

  it('reads "ou" and "o" as alternatives of one item', () => {
    expect(one('Python ou R', 'Requisitos').skillIds).toEqual(['python', 'r'])
    expect(one('Python o R', 'Requisitos').skillIds).toEqual(['python', 'r'])
  })

  it('reads a choice offered by "one or more of", "pelo menos uma das", "al menos uno de" as one item', () => {
    expect(
      one('Programming experience in one or more of the following: Java, Python, Ruby and C#.').skillIds,
    ).toEqual(['java', 'python', 'ruby', 'csharp'])
    expect(
      one('Experiência com pelo menos uma das linguagens: Python, Java e Go', 'Requisitos').skillIds,
    ).toEqual(['python', 'java', 'go'])
    expect(
      one('Experiencia con al menos uno de estos lenguajes: Python, Java y Go', 'Requisitos').skillIds,
    ).toEqual(['python', 'java', 'go'])
  })

  it('ends the choice with its clause', () => {
    expect(
      read(
        'You know at least one infrastructure-as-code tool like Terraform or Pulumi, and write Go and Python well.',
      ).map((requirement) => requirement.skillIds),
    ).toEqual([['terraform', 'pulumi'], ['go'], ['python']])
  })

  it('runs a list closed by "or" through items the taxonomy does not know, and keeps an unclosed one as it was', () => {
    expect(
      one('3 years of experience in marketing, account planning, customer research or consulting').skillIds,
    ).toEqual(expect.arrayContaining(['marketing', 'management-consulting']))
    expect(
      one('Experience in one of the following tools: Anaplan, SAP Planning and Analytics, TM1, and Hyperion.')
        .skillIds,
    ).toEqual(expect.arrayContaining(['anaplan', 'sap-erp', 'hyperion']))
    // AMP, unknown to the taxonomy, is a tool of the list in its own right (parser 10).
    expect(read('Experience with HTML, CSS, AMP, PWA.').map((requirement) => requirement.skillIds)).toEqual([
      ['html', 'css'],
      ['pwa'],
      [],
    ])
  })

  it('does not read "two or more of" a list as a choice of one', () => {
    expect(
      read('Experience in two or more of the following: marketing, strategy, consulting or retail.').map(
        (requirement) => requirement.skillIds,
      ),
    ).toEqual([['marketing'], ['management-consulting']])
    expect(one('Experience in marketing, strategy, consulting or retail.').skillIds).toEqual([
      'marketing',
      'management-consulting',
    ])
  })

  it('does not read a count of years or a later phrase of its own as a choice', () => {
    expect(
      read('At least one year of experience with Python and SQL').map((requirement) => requirement.skillIds),
    ).toEqual([['python'], ['sql']])
    expect(
      read('Docker, Kubernetes, Terraform, and experience with AWS or GCP').map(
        (requirement) => requirement.skillIds,
      ),
    ).toEqual([['docker'], ['kubernetes'], ['terraform'], ['aws', 'gcp']])
  })

  it('reads "Salesforce or other CRM software" as one item', () => {
    expect(one('Experience with Salesforce or other CRM software').skillIds).toEqual(['salesforce', 'crm'])
  })

  it('keeps a tool and the practice named beside it apart ("gRPC service design")', () => {
    expect(read('gRPC service design.').map((requirement) => requirement.skillIds)).toEqual([
      ['grpc'],
      ['service-design'],
    ])
  })
})

describe('parsePosting: years in a field or at an activity are experience', () => {
  it('reads "7 years in B2B or consumer marketing" as one experience item with the years', () => {
    const item = one('7 years in B2B or consumer marketing')
    expect(item).toMatchObject({ type: 'experience', minYears: 7 })
    expect(item.skillIds).toContain('marketing')
  })

  it('reads years spent doing something as experience', () => {
    expect(one('5+ years building data pipelines')).toMatchObject({ type: 'experience', minYears: 5 })
    expect(one('5+ years of accounting experience')).toMatchObject({ type: 'experience', minYears: 5 })
  })

  it('reads PT and ES tenures in a field as one experience item', () => {
    const pt = one('5 anos de experiência em vendas ou marketing', 'Requisitos')
    expect(pt).toMatchObject({ type: 'experience', minYears: 5 })
    expect(pt.skillIds).toEqual(['sales', 'marketing'])
    const es = one('Mínimo 3 años de experiencia en ventas o atención al cliente', 'Requisitos')
    expect(es).toMatchObject({ type: 'experience', minYears: 3 })
    expect(es.skillIds).toEqual(['sales', 'customer-service'])
  })

  it('reads the field asked as a skill and as years in it as one tenure', () => {
    const posting = parsePosting(
      'Accountant\n\nRequirements\n- Experience in technical accounting.\n- 5+ years of accounting experience\n',
      taxonomy,
    )
    const accounting = posting.requirements.filter((requirement) =>
      requirement.skillIds.includes('accounting'),
    )
    expect(accounting).toHaveLength(1)
    expect(accounting[0]).toMatchObject({ type: 'experience', minYears: 5, kind: 'required' })
  })

  it('keeps years with a tool a skill', () => {
    expect(one('5 years of experience in Python')).toMatchObject({ type: 'skill', minYears: 5 })
    const pytorch = read('3+ years training deep learning models in PyTorch').find((requirement) =>
      requirement.skillIds.includes('pytorch'),
    )
    expect(pytorch).toMatchObject({ type: 'skill', minYears: 3 })
    const cpp = read('5+ years developing embedded software in C and C++').find((requirement) =>
      requirement.skillIds.includes('cpp'),
    )
    expect(cpp).toMatchObject({ type: 'skill', minYears: 5 })
  })

  it('keeps a narrower tenure asked after a comma apart', () => {
    const found = read('5+ years building backend systems, at least 2 of them in Go')
    expect(found.find((requirement) => requirement.skillIds.includes('go'))?.type).toBe('skill')
    expect(found.find((requirement) => requirement.skillIds.includes('backend-development'))?.type).toBe(
      'experience',
    )
  })
})

describe('parsePosting: a part of a tenure with a tool of its own', () => {
  it("reads the tenure and the tool's part of it as two asks, each with its own years", () => {
    for (const line of [
      'At least 6 years shipping web products, 3 of them with Vue',
      'Pelo menos 6 anos desenvolvendo produtos web, 3 deles com Vue',
      'Mínimo 6 años creando productos web, 3 de ellos con Vue',
      '6+ years shipping web products, 3+ with Vue',
      '6 anos de experiência com produtos web, sendo 3 com Vue',
      '6+ years on web products, including 3 in Vue',
    ]) {
      const found = read(line)
      const vue = found.find((requirement) => requirement.skillIds.includes('vue'))
      expect(vue, line).toMatchObject({ type: 'skill', minYears: 3 })
      expect(
        found.find((requirement) => requirement.type === 'experience'),
        line,
      ).toMatchObject({ minYears: 6 })
    }
  })
})

describe('parsePosting: the scorer meets an item of alternatives with any one of them', () => {
  const posting = `Marketing Lead

Requirements
- BA/BS in Marketing, Communications, Journalism or related field
- 7 years in B2B or consumer marketing
`
  const resumeText = [
    'Dana Ruiz',
    'dana@example.org',
    '',
    'Experience',
    'Marketing Manager, Brightside Foods, 01/2014 to 12/2023',
    '- Ran consumer marketing campaigns for a national snack brand.',
    '- Planned the marketing budget and the launch calendar.',
    '',
    'Education',
    'B.A. in Journalism, State University, 2012',
  ].join('\n')

  it('counts every required item met for a journalism graduate with ten years in consumer marketing', () => {
    const parsed = parsePosting(posting, taxonomy).requirements
    expect(parsed.filter((requirement) => requirement.kind === 'required')).toHaveLength(2)
    const profile = parseResume(resumeText, taxonomy, { referenceDate: new Date('2026-01-01') })
    const evaluation = scoreCandidate({
      requirements: toRequirementInputs(parsed),
      resumeText,
      profile,
      taxonomy,
      semanticMatches: [],
    })
    expect(
      evaluation.requirements.map((result) => result.status),
      JSON.stringify(evaluation.requirements.map((result) => result.reason)),
    ).toEqual(['matched', 'matched'])
    expect(evaluation.requiredMet).toBe(evaluation.requiredTotal)
  })
})
