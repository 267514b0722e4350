import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedPosting, ParsedRequirement } from '../types'
import { detectLanguage } from './detect-language'
import { parsePosting } from './parse-posting'
import { readMinYears } from './read-min-years'

const taxonomy = loadTaxonomy()

function bySkill(posting: ParsedPosting, skillId: string): ParsedRequirement[] {
  return posting.requirements.filter((requirement) => requirement.skillIds.includes(skillId))
}

function only(posting: ParsedPosting, skillId: string): ParsedRequirement {
  const found = bySkill(posting, skillId)
  expect(found, `requirements naming ${skillId}`).toHaveLength(1)
  return found[0] as ParsedRequirement
}

const HEADED = `Machine Learning Engineer

About us
We build Python tooling for farmers and hire people who know Kubernetes.

What you'll do
- Deploy models with Kubernetes and Python every week.

Requirements:
- 3+ years of Python in production.
- Strong experience with Kubernetes.
- Experience with MLflow, W&B or Neptune.
- Bachelor's degree in Computer Science or equivalent practical experience.
- Golang is a plus.

Nice to have
- PyTorch or TensorFlow.
- Terraform (required for the on-call rotation).

Benefits
- A Python conference budget and a yearly bonus.
`

describe('parsePosting: sections', () => {
  const posting = parsePosting(HEADED, taxonomy)

  it('finds the title and each headed section', () => {
    expect(posting.sections.map((section) => section.name)).toEqual([
      'title',
      'company',
      'responsibilities',
      'required',
      'nice_to_have',
      'benefits',
    ])
    const required = posting.sections.find((section) => section.name === 'required')
    expect(required?.heading).toBe('Requirements:')
    expect(HEADED.slice(required?.start, required?.end).startsWith('Requirements:')).toBe(true)
  })

  it('returns responsibilities apart and never as requirements', () => {
    expect(posting.responsibilities).toEqual(['Deploy models with Kubernetes and Python every week.'])
    expect(posting.requirements.every((requirement) => requirement.section !== 'responsibilities')).toBe(true)
  })

  it('ignores the company blurb and the benefits', () => {
    const fromIgnored = posting.requirements.filter((requirement) =>
      /farmers|conference/.test(requirement.source.text),
    )
    expect(fromIgnored).toEqual([])
  })

  it('keeps source text and offsets into the original posting', () => {
    for (const requirement of posting.requirements) {
      expect(HEADED.slice(requirement.source.start, requirement.source.end)).toBe(requirement.source.text)
    }
    expect(only(posting, 'kubernetes').source.text).toBe('Strong experience with Kubernetes.')
  })

  it('types requirements by section, with inline cues overriding inside a block', () => {
    expect(only(posting, 'python').kind).toBe('required')
    expect(only(posting, 'go').kind).toBe('nice_to_have')
    expect(only(posting, 'pytorch').kind).toBe('nice_to_have')
    expect(only(posting, 'terraform').kind).toBe('required')
  })

  it('reads years and weights emphasised requirements higher', () => {
    expect(only(posting, 'python')).toMatchObject({ minYears: 3, weight: 1.5 })
    expect(only(posting, 'kubernetes')).toMatchObject({ minYears: null, weight: 1.5 })
    expect(only(posting, 'mlflow')).toMatchObject({ minYears: null, weight: 1 })
    expect(only(posting, 'pytorch').weight).toBe(0.5)
  })

  it('groups alternatives into one requirement', () => {
    expect(only(posting, 'mlflow').skillIds).toEqual(['mlflow', 'weights-and-biases', 'neptune'])
    expect(only(posting, 'pytorch').skillIds).toEqual(['pytorch', 'tensorflow'])
  })

  it("labels a skill the posting calls by another name with the posting's word too", () => {
    const labels = parsePosting('Requirements:\n- Hands-on AWS\n- Python', taxonomy).requirements.map(
      (requirement) => requirement.label,
    )
    expect(labels).toContain('Amazon Web Services (AWS)')
    expect(labels).toContain('Python')
  })

  it('keeps a skill-less qualification with its keywords', () => {
    const degree = posting.requirements.find((requirement) => requirement.source.text.startsWith('Bachelor'))
    expect(degree).toMatchObject({ kind: 'required', skillIds: [] })
    expect(degree?.keywords).toEqual(expect.arrayContaining(['bachelor', 'degree', 'computer', 'science']))
  })

  it('detects English', () => {
    expect(posting.language).toBe('en')
  })
})

describe('parsePosting: heading styles', () => {
  it.each([
    ['## Must have', '## Bonus points'],
    ['**Minimum qualifications**', '**Preferred qualifications**'],
    ["WHAT YOU'LL NEED:", 'PLUSES:'],
    ['Requisitos obrigatórios', 'Diferenciais'],
    ['Requisitos', 'Desejável'],
    ['Imprescindible:', 'Valorable:'],
    ['Requirements & skills', 'Nice-to-have skills:'],
  ])('reads "%s" / "%s"', (requiredHeading, niceHeading) => {
    const text = `Data Engineer\n\n${requiredHeading}\n- Python\n\n${niceHeading}\n- Kotlin\n`
    const posting = parsePosting(text, taxonomy)
    expect(only(posting, 'python').kind).toBe('required')
    expect(only(posting, 'kotlin').kind).toBe('nice_to_have')
  })

  it('does not take a short content line for a heading', () => {
    const posting = parsePosting('Role\n\nRequirements\nExperience with Go preferred\nPython\n', taxonomy)
    expect(posting.sections.map((section) => section.name)).toEqual(['title', 'required'])
    expect(only(posting, 'go').kind).toBe('nice_to_have')
  })
})

describe('parsePosting: inline cues without headings', () => {
  const text = [
    'Backend Engineer',
    'You will build payment services with our team.',
    'At least 5 years of experience with Java.',
    'Knowledge of Kubernetes is a plus.',
    'Ideally, experience with React.',
    'Experience with Scala would be a bonus.',
    'Experience with Angular is required.',
    'Terraform experience is desirable.',
    'Must have: Python.',
    'Nice to have: Vue.',
    'Experience with TypeScript.',
  ].join('\n')
  const posting = parsePosting(text, taxonomy)

  it('applies cues line by line and defaults to required', () => {
    expect(only(posting, 'java')).toMatchObject({ kind: 'required', minYears: 5, weight: 1.5 })
    expect(only(posting, 'kubernetes').kind).toBe('nice_to_have')
    expect(only(posting, 'react').kind).toBe('nice_to_have')
    expect(only(posting, 'scala').kind).toBe('nice_to_have')
    expect(only(posting, 'angular').kind).toBe('required')
    expect(only(posting, 'terraform').kind).toBe('nice_to_have')
    expect(only(posting, 'python').kind).toBe('required')
    expect(only(posting, 'vue').kind).toBe('nice_to_have')
    expect(only(posting, 'typescript').kind).toBe('required')
  })

  it('does not turn a duty sentence into a requirement', () => {
    expect(
      posting.requirements.some((requirement) => requirement.source.text.startsWith('You will build')),
    ).toBe(false)
  })

  it('reads Portuguese and Spanish cues', () => {
    const portuguese = parsePosting(
      'Vaga\nExperiência com Python é obrigatório.\nKotlin será um diferencial.\n',
      taxonomy,
    )
    expect(only(portuguese, 'python').kind).toBe('required')
    expect(only(portuguese, 'kotlin').kind).toBe('nice_to_have')
    const spanish = parsePosting(
      'Puesto\nExperiencia con Java imprescindible.\nSe valorará experiencia con Golang.\n',
      taxonomy,
    )
    expect(only(spanish, 'java').kind).toBe('required')
    expect(only(spanish, 'go').kind).toBe('nice_to_have')
  })
})

describe('parsePosting: lists', () => {
  it('does not take a skill that describes a team for a skill requirement', () => {
    const posting = parsePosting(
      'Role\n\nRequirements\n- Ability to collaborate with backend teams and data engineers.\n',
      taxonomy,
    )
    expect(posting.requirements.flatMap((requirement) => requirement.skillIds)).toEqual([])
  })

  it('splits a conjunctive list into one requirement per skill sharing one span', () => {
    const posting = parsePosting('Role\n\nRequirements\n- Python, Kubernetes and Terraform.\n', taxonomy)
    const [python, kubernetes, terraform] = ['python', 'kubernetes', 'terraform'].map((id) =>
      only(posting, id),
    )
    expect(python?.skillIds).toEqual(['python'])
    expect(kubernetes?.source).toEqual(python?.source)
    expect(terraform?.source).toEqual(python?.source)
  })

  it.each([
    ['Go or Java', ['go', 'java']],
    ['Go/Java', ['go', 'java']],
    ['Go ou Java', ['go', 'java']],
    ['experience with one of Go, Java', ['go', 'java']],
    ['a tracker (MLflow, W&B, Neptune)', ['mlflow', 'weights-and-biases', 'neptune']],
    ['MLflow, W&B, Neptune', ['mlflow', 'weights-and-biases', 'neptune']],
    ['a framework such as PyTorch, TensorFlow', ['pytorch', 'tensorflow']],
    // A skill that only names the class of the bracketed tools is not itself a way to meet the requirement.
    [
      'Experience with ML metadata systems (MLflow, W&B, Neptune).',
      ['mlflow', 'weights-and-biases', 'neptune'],
    ],
    ['Exposure to distributed training frameworks (Ray, Horovod, Dask).', ['ray', 'horovod', 'dask']],
  ])('reads "%s" as alternatives', (phrase, ids) => {
    const posting = parsePosting(`Role\n\nRequirements\n- ${phrase}\n`, taxonomy)
    expect(posting.requirements).toHaveLength(1)
    expect(posting.requirements[0]?.skillIds).toEqual(ids)
  })

  it('takes the skill named before a colon and ignores skills that only elaborate it', () => {
    const posting = parsePosting(
      'Role\n\nRequirements\n- Kubernetes: strong experience running jobs, not just deploying Python services.\n',
      taxonomy,
    )
    expect(posting.requirements.map((requirement) => requirement.skillIds)).toEqual([['kubernetes']])
  })
})

describe('readMinYears', () => {
  it.each([
    ['3+ years of Go', 3],
    ['at least 5 years of experience', 5],
    ['minimum of 4 yrs', 4],
    ['3-5 years in payments', 3],
    ['five years managing teams', 5],
    ['5 anos de experiência', 5],
    ['3 años de experiencia', 3],
    ['two or more years in retail', 2],
    ['cinco anos ou mais em vendas', 5],
    ['al menos un año en atención al cliente', 1],
    ['Experience with Go', null],
    ['Windows 10 and 2019 servers', null],
  ])('reads "%s" as %s', (text, years) => {
    expect(readMinYears(text)).toBe(years)
  })
})

describe('detectLanguage', () => {
  it('tells English, Portuguese and Spanish apart', () => {
    expect(detectLanguage('You will work with the team and our customers to ship features.')).toBe('en')
    expect(
      detectLanguage('Você vai trabalhar com o time de dados para construir os pipelines da empresa.'),
    ).toBe('pt')
    expect(
      detectLanguage(
        'Trabajarás con el equipo de datos y los clientes para construir las soluciones del negocio.',
      ),
    ).toBe('es')
  })
})

describe('parsePosting: repeated skills', () => {
  it('keeps one requirement per skill set, preferring the required mention', () => {
    const text =
      'Role\n\nRequirements\n- Python for data pipelines.\n\nNice to have\n- Python packaging.\n- Kotlin.\n- Kotlin services.\n'
    const posting = parsePosting(text, taxonomy)
    expect(only(posting, 'python').kind).toBe('required')
    expect(only(posting, 'kotlin').kind).toBe('nice_to_have')
  })
})

describe('parsePosting: the heading over a list decides its kind (parser 10)', () => {
  it('emphasis under an optional heading stresses an item without making it required', () => {
    const posting = parsePosting(
      'Requirements\n- Python\n\nPreferred qualifications\n- Strong knowledge of Kafka\n- Strong skills in Terraform\n',
      taxonomy,
    )
    expect(only(posting, 'kafka').kind).toBe('nice_to_have')
    expect(only(posting, 'terraform').kind).toBe('nice_to_have')
    // A line of its own, with no heading, still reads emphasis as asked for.
    expect(only(parsePosting('Strong knowledge of Kafka.\n', taxonomy), 'kafka').kind).toBe('required')
  })

  it('a short line pasted without its bullet under a qualification heading is an item of the list', () => {
    const posting = parsePosting(
      'Requirements\nPython\nPreferred\nDEA registration\nHospice background\n',
      taxonomy,
    )
    const labels = posting.requirements.map((requirement) => requirement.label)
    expect(labels).toContain('DEA registration')
    expect(labels).toContain('Hospice background')
    // Page furniture of two words is still set apart: it names no qualification.
    expect(
      parsePosting('Requirements\nPython\nShow details\n', taxonomy).requirements.map((item) => item.label),
    ).toEqual(['Python'])
  })
})

describe('parsePosting: qualities that share one head (parser 10)', () => {
  const labels = (text: string) =>
    parsePosting(text, taxonomy).requirements.map((requirement) => requirement.label)

  it('qualifiers of one skill joined by "and" / "y" are one quality, in the posting words', () => {
    expect(labels('Requisitos:\n- Buena comunicación verbal y escrita\n')).toEqual([
      'Buena comunicación verbal y escrita',
    ])
    expect(labels('Requirements:\n- Strong written and spoken communication\n')).toEqual([
      'Strong written and spoken communication',
    ])
  })

  it('two qualities under one broad skill, written differently, are both kept', () => {
    expect(
      labels('Requirements:\n- Clear communication with patients\n- Calm communication under pressure\n'),
    ).toHaveLength(2)
    // A person's adjectives stay qualities each.
    expect(labels('Requisitos:\n- Persona amable y paciente\n')).toHaveLength(2)
  })
})

// Phrasings written for these tests, in EN, PT and ES.
describe('parsePosting: headings that set a condition on the reader (parser 16)', () => {
  const kinds = (text: string) =>
    parsePosting(text, taxonomy).requirements.map((requirement) => [requirement.label, requirement.kind])

  it('a fit condition addressed to the reader asks; a wish for what the reader also has is optional', () => {
    const found = kinds(
      "Barista\n\n🌟 You'd be a perfect match if you have\n- 2 years of barista experience\n- Latte art skills\n\n" +
        'It would be wonderful if you also had\n- A food handler card\n',
    )
    expect(found.filter(([, kind]) => kind === 'required')).toHaveLength(2)
    expect(found.filter(([, kind]) => kind === 'nice_to_have')).toHaveLength(1)
    expect(found.some(([label]) => /wonderful/i.test(String(label)))).toBe(false)
  })

  it('reads the same conditions in Portuguese and Spanish', () => {
    const es = kinds(
      'Cajera\n\nSería fantástico si además tuvieras\nExperiencia en ventas\nInglés intermedio\n',
    )
    expect(es).toHaveLength(2)
    expect(es.every(([, kind]) => kind === 'nice_to_have')).toBe(true)
    const pt = kinds(
      'Atendente\n\n✨ Você vai se dar muito bem aqui se tiver\n- Experiência com vendas\n- Inglês\n',
    )
    expect(pt).toHaveLength(2)
    expect(pt.every(([, kind]) => kind === 'required')).toBe(true)
  })

  it('an emoji-marked item whose bracket names only its kind is an item, not a heading', () => {
    const found = parsePosting(
      'Cajero\n\n✔️ Bachillerato completo (imprescindible)\n✔️ Experiencia en atención al cliente\n',
      taxonomy,
    ).requirements
    const degree = found.find((requirement) => requirement.type === 'degree')
    expect(degree?.kind).toBe('required')
  })
})
