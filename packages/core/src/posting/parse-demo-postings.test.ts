import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedPosting, RequirementKind } from '../types'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

function demo(name: string): { text: string; posting: ParsedPosting } {
  const text = readFileSync(new URL(`../../../../fixtures/demo/jobs/${name}`, import.meta.url), 'utf8')
  return { text, posting: parsePosting(text, taxonomy) }
}

function kindsOf(posting: ParsedPosting, kind: RequirementKind): string[][] {
  return posting.requirements.filter((requirement) => requirement.kind === kind).map((item) => item.skillIds)
}

describe('demo postings', () => {
  it('reads the ML platform posting', () => {
    const { text, posting } = demo('ml-platform-engineer.txt')
    expect(posting.language).toBe('en')
    const required = kindsOf(posting, 'required')
    expect(required).toEqual(
      expect.arrayContaining([
        ['python'],
        ['kubernetes'],
        ['model-serving'],
        ['mlflow', 'weights-and-biases', 'neptune'],
        ['linux'],
      ]),
    )
    const nice = kindsOf(posting, 'nice_to_have')
    expect(nice).toEqual(
      expect.arrayContaining([
        ['airflow', 'argo-workflows', 'prefect'],
        ['aws', 'gcp'],
        ['ray', 'dask'],
      ]),
    )
    expect(posting.requirements.find((requirement) => requirement.skillIds[0] === 'python')?.minYears).toBe(3)
    expect(posting.responsibilities).toHaveLength(4)
    for (const requirement of posting.requirements) {
      expect(text.slice(requirement.source.start, requirement.source.end)).toBe(requirement.source.text)
    }
  })

  it('reads the payments backend posting with markdown headings', () => {
    const { posting } = demo('senior-backend-engineer-payments.txt')
    expect(posting.sections[0]?.name).toBe('title')
    const required = kindsOf(posting, 'required')
    expect(required).toEqual(
      expect.arrayContaining([['go', 'java'], ['postgresql'], ['kafka'], ['payments']]),
    )
    expect(kindsOf(posting, 'nice_to_have')).toEqual(
      expect.arrayContaining([['grpc'], ['aws'], ['kubernetes']]),
    )
    const language = posting.requirements.find((requirement) => requirement.skillIds.includes('go'))
    expect(language).toMatchObject({ minYears: 5, weight: 1.5 })
  })

  it('reads the Portuguese data engineering posting', () => {
    const { posting } = demo('engenheiro-de-dados.txt')
    expect(posting.language).toBe('pt')
    expect(kindsOf(posting, 'required')).toEqual(
      expect.arrayContaining([['python'], ['sql'], ['apache-spark', 'databricks'], ['airflow']]),
    )
    expect(kindsOf(posting, 'nice_to_have')).toEqual(
      expect.arrayContaining([['kafka'], ['dbt'], ['aws', 'gcp']]),
    )
    expect(posting.requirements.filter((requirement) => requirement.minYears === 3)).toHaveLength(2)
  })
})

describe('parenthesised examples', () => {
  it('folds "cloud environments (GCP, AWS, Azure)" into one requirement', () => {
    const posting = parsePosting(
      'Role\n\nNice to have\n- Fluency in cloud environments (GCP, AWS, Azure).\n',
      taxonomy,
    )
    expect(posting.requirements).toHaveLength(1)
    expect(posting.requirements[0]?.skillIds).toEqual(expect.arrayContaining(['gcp', 'aws', 'azure']))
    expect(posting.requirements[0]?.kind).toBe('nice_to_have')
  })
})
