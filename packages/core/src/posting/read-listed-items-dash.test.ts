import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

const sourcesOf = (line: string) =>
  parsePosting(`Requirements:\n- ${line}\n`, taxonomy).requirements.map((requirement) => requirement.label)

describe('a spaced dash that opens the examples of a class', () => {
  it('keeps the class and its examples one ask (EN, PT, ES)', () => {
    for (const line of [
      'Familiar with garden machines – hedge trimmer, leaf blower, ride-on mower',
      'Experiência com ferramentas elétricas — furadeira, esmerilhadeira, serra circular',
      'Manejo de equipos de medición – multímetro, pinza amperimétrica, megóhmetro',
    ])
      expect(sourcesOf(line)).toHaveLength(1)
  })

  it('still cuts a list whose dash follows the items, or whose class is one thing', () => {
    expect(sourcesOf('Knowledge of Python, SQL - both used daily').length).toBeGreaterThan(1)
  })
})

describe('a spaced dash after a product family, opening its members', () => {
  it('reads the family and its members as one ask, whatever comment follows a second dash', () => {
    for (const line of [
      'Adobe Creative Cloud – Photoshop, Illustrator and InDesign – our brochures are all made in-house',
      'Pacote Office - Excel, Word e PowerPoint',
      'Google Workspace – Google Sheets, Google Docs y Google Slides – lo usamos a diario',
    ])
      expect(sourcesOf(line)).toHaveLength(1)
  })

  it('keeps asks apart when a list stands before the dash', () => {
    expect(sourcesOf('Docker, Kubernetes - AWS, GCP and Azure').length).toBeGreaterThan(1)
  })
})

describe('a spaced dash after a quality', () => {
  it('keeps what the dash adds with the quality, one ask (EN, PT, ES)', () => {
    for (const line of [
      'confident with garden tools – rakes, hoes, pruning shears',
      'comfortable with hand tools – saws, chisels, block planes',
      'Patient – the kids will test you, every single day',
      'confiante com ferramentas manuais – serrotes, formões, plainas de mão',
      'seguro con herramientas de jardín – rastrillos, azadas, tijeras de podar',
    ])
      expect(sourcesOf(line)).toHaveLength(1)
  })
})

describe('"tipo" introducing examples (PT, ES)', () => {
  it('keeps the class and its examples one ask', () => {
    for (const line of [
      'Conhecer os defeitos de solda tipo trinca, porosidade, mordedura',
      'Conocer las plagas del cultivo tipo pulgón, trips, mosca blanca',
    ])
      expect(sourcesOf(line)).toHaveLength(1)
  })
})

describe('a product offered with anything like it', () => {
  it('reads the kind named in the offer as the product, one ask', () => {
    for (const line of [
      'Experience with Jira or a comparable project management tool',
      'Familiarity with Xero or a similar accounting package for month-end',
    ])
      expect(sourcesOf(line)).toHaveLength(1)
  })
})
