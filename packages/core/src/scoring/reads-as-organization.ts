import { findSkills } from '../taxonomy/find-skills'
import type { Taxonomy } from '../taxonomy/load-taxonomy'
import type { ResumeProfile, TextSpan } from '../types'
import { foldForSearch } from './fold-for-search'

/** Words right before a name that make it the party of an employment or a deal: "acquired by", "worked at". */
const ORGANIZATION_BEFORE =
  /(?:\b(?:employed|acquired|owned|purchased|bought|contracted|hired|sponsored) by|\bacquisition of [^.;\n]{1,60} by|\b(?:worked|working|employed) (?:at|for)|\bjoined|\bsubsidiary of|\bclients? (?:of|at))\s+(?:the\s+)?$/u

/** A company's legal or group suffix right after a name ("Oracle Corporation", "Cerner, Inc."). */
const ORGANIZATION_AFTER =
  /^,?\s+(?:inc|incorporated|corp|corporation|llc|ltd|limited|plc|gmbh|company|co|group|holdings|s\.a|ltda)\b/u

/** A run of capitalised words right before "(": the full name an organisation's short name is given for. */
const CAPITALISED_NAME_BEFORE = /((?:\p{Lu}[\p{L}&.'-]*\s+){1,5}\p{Lu}[\p{L}&.'-]*)\s*\(\s*$/u

/**
 * True when a skill's name at this place names an organisation, not the skill: an employer or a party to a deal
 * ("employed through the acquisition of Siemens Health Services by Cerner", "Oracle Corporation"), the short name in
 * brackets after a company's full name ("Shared Medical Systems (Cerner)") when that name is no skill itself, or the
 * employer of a role the resume lists. Working for a vendor is not using its product. Only a capitalised name can be.
 */
export function readsAsOrganization(
  text: string,
  mention: TextSpan,
  profile: ResumeProfile,
  taxonomy: Taxonomy,
): boolean {
  const surface = text.slice(mention.start, mention.end)
  if (!/^\p{Lu}/u.test(surface)) return false
  const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1
  const before = text.slice(Math.max(lineStart, mention.start - 120), mention.start)
  if (ORGANIZATION_BEFORE.test(foldForSearch(before))) return true
  if (ORGANIZATION_AFTER.test(foldForSearch(text.slice(mention.end, mention.end + 20)))) return true
  const bracketed = CAPITALISED_NAME_BEFORE.exec(before)
  if (
    bracketed &&
    /^\s*\)/u.test(text.slice(mention.end)) &&
    findSkills(bracketed[1] as string, taxonomy).length === 0
  )
    return true
  const name = foldForSearch(surface)
  return profile.experiences.some((entry) => {
    const employer = foldForSearch(entry.employer ?? '')
    return employer === name || employer.startsWith(`${name} `) || employer.startsWith(`${name},`)
  })
}
