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
