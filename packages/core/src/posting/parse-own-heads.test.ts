import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

function labels(text: string): string[] {
  return parsePosting(text, taxonomy).requirements.map((requirement) => requirement.label)
}

// After a noun frame of knowing ("Understanding of"), English phrases that each end in a plural head or carry their own
// modifier share nothing: each is a thing asked.
describe('parsePosting: English phrases with heads of their own after a frame', () => {
  const count = (text: string) => parsePosting(text, taxonomy).requirements.length

  it('asks each phrase when the first ends in a plural noun and the last has its own modifier', () => {
    expect(
      labels('Glazier\nRequirements:\n- Understanding of curing times and sealant application\n'),
    ).toEqual(expect.arrayContaining(['curing times', 'sealant application']))
  })

  it('keeps one ask where a word is shared or a verb takes both objects', () => {
    expect(
      count('Account manager\nRequirements:\n- Understanding of customer needs and expectations\n'),
    ).toBe(1)
    expect(count('Plasterer\nRequirements:\n- Knowledge of lime renders and slaked lime\n')).toBe(1)
  })
})
