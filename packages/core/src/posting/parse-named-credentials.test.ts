import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedRequirement } from '../types'
import { parsePosting } from './parse-posting'

// A certificate asked for by its proper name, noun first, is one credential: the tools it is named after are not
// asked on their own, and the label keeps the noun. Phrasings written for these tests.

const taxonomy = loadTaxonomy()

function read(line: string, heading: string): ParsedRequirement[] {
  return parsePosting(`Role\n\n${heading}\n- ${line}\n`, taxonomy).requirements
}

describe('parsePosting: a credential named after its tools', () => {
  it('reads one certification that keeps its noun (EN, PT, ES)', () => {
    for (const [line, heading] of [
      ['Certification Microsoft Azure Administrator', 'Nice to have'],
      ['Certificação AWS Solutions Architect Associate', 'Diferenciais'],
      ['Certificación Salesforce Marketing Cloud', 'Deseable'],
    ] as const) {
      const found = read(line, heading)
      expect(
        found.map((requirement) => [requirement.label, requirement.type, requirement.kind]),
        line,
      ).toEqual([[line, 'certification', 'nice_to_have']])
    }
    // A line that says more than a credential's name is read as usual.
    expect(read('Certificação em Python e experiência com Django', 'Requisitos').length).toBeGreaterThan(1)
  })
})

describe('parsePosting: a name the taxonomy knows only the end of', () => {
  it('shows the whole name in the label (EN, PT, ES)', () => {
    for (const [line, heading] of [
      ['Two years building front ends with Polymer Web Components', 'Requirements'],
      ['Experiência com Polymer Web Components', 'Requisitos'],
      ['Experiencia con Polymer Web Components', 'Requisitos'],
    ] as const) {
      const labels = read(line, heading).map((requirement) => requirement.label)
      expect(
        labels.some((label) => label.includes('Polymer Web Components')),
        line,
      ).toBe(true)
    }
  })
})

describe('parsePosting: a credential asked in plain prose', () => {
  it('holding a diploma or a licence is a qualification, however the sentence puts it (EN)', () => {
    const parsed = parsePosting(
      'Assistant Surveyor\nWe survey homes across Yorkshire for buyers and lenders.\nWe would like someone who has spent a couple of years in a survey office.\nHolding the Level 4 Diploma in Building Surveying is expected of every applicant.\nTo apply, send a CV.\n',
      taxonomy,
    )
    expect(
      parsed.requirements.some((requirement) => /Diploma in Building Surveying/.test(requirement.label)),
    ).toBe(true)
  })
})
