import { beforeAll, describe, expect, it } from 'vitest'
import { loadTaxonomy, type Taxonomy } from '../taxonomy'
import { namesRoleOrHeading } from './names-role-or-heading'
import { parseResume } from './parse-resume'

let taxonomy: Taxonomy
beforeAll(() => {
  taxonomy = loadTaxonomy()
})
const referenceDate = new Date('2026-01-15T00:00:00Z')

describe('namesRoleOrHeading', () => {
  it('reads headings and job titles as no name', () => {
    for (const line of [
      'Executive Profile',
      'Professional Summary',
      'Career Overview',
      'Registered Nurse',
      'Project Manager',
      'Senior Staff Accountant',
      'Java Developer',
      'Analista de Dados',
    ]) {
      expect(namesRoleOrHeading(line, taxonomy), line).toBe(true)
    }
  })

  it('keeps names, including surnames that are also words of a role or a heading', () => {
    for (const line of [
      'Maria da Silva',
      'Tom Cook',
      'Grace Head',
      'John Stack',
      'Ruby Rose',
      'José Núñez',
    ]) {
      expect(namesRoleOrHeading(line, taxonomy), line).toBe(false)
    }
  })
})

describe('parseResume: the name', () => {
  const parse = (text: string) => parseResume(text, taxonomy, { referenceDate })

  it('gives no name to a resume that opens with its title and a heading', () => {
    expect(
      parse('REGISTERED NURSE\nExecutive Profile\nCaring nurse with ten years on wards.').name,
    ).toBeNull()
    expect(parse('Project Manager\nProfessional Summary\nDelivered projects.').name).toBeNull()
  })

  it('finds the name under a title line', () => {
    expect(parse('Registered Nurse\nAna Beatriz Costa\nana@example.com').name).toBe('Ana Beatriz Costa')
  })
})
