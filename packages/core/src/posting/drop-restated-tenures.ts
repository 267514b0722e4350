import type { ParsedRequirement } from '../types'
import { statesBareTenure } from './read-min-years'

/**
 * Drops a tenure stated bare ("Experiencia mínima: Al menos 2 años", a job board's field) when the posting states the
 * same years of something in its own words ("Dos años trabajando en salón"), or states the same bare tenure again:
 * the field restates an ask, it is not a second one. A bare tenure the posting gives no field for stays, once.
 */
export function dropRestatedTenures(requirements: readonly ParsedRequirement[]): ParsedRequirement[] {
  const bare = (requirement: ParsedRequirement) =>
    requirement.minYears !== null &&
    requirement.skillIds.length === 0 &&
    statesBareTenure(requirement.source.text)
  const namedYears = new Set(
    requirements
      .filter((requirement) => requirement.minYears !== null && !bare(requirement))
      .map((requirement) => requirement.minYears),
  )
  const seen = new Set<number>()
  return requirements.filter((requirement) => {
    if (!bare(requirement)) return true
    const years = requirement.minYears as number
    if (namedYears.has(years) || seen.has(years)) return false
    seen.add(years)
    return true
  })
}
