import type { Taxonomy } from '../taxonomy'
import { classifyRequirement } from './classify-requirement'
import { normalizeText } from './normalize-text'
import { findRequirementPredicate } from './posting-cues'

// The terms of the job ("Conditions", "Condições", "Condiciones"): both sides' part of the deal, so beside what is
// offered (pay, contract) they state when and where the work is done, which the candidate must accept.
const NAMES_TERMS = /\bcondi(?:tions?|coes|ciones)\b/u
// The marks a line may open with (a dash, a dot, an emoji), which stand before the sentence.
const LEAD_MARK = /^(?:[\s\-•●▪◦‣*+·]|\p{Extended_Pictographic}|\uFE0F|\u200D)+/u

/**
 * True when a line under a heading of benefits asks something of the candidate after all: it opens with a need put to
 * the reader ("You'll need a home base near the depot"), or, under the job's terms, it states when or where
 * the work is done ("On site Monday to Friday, 8 to 5"). Such a line is a requirement, not a perk.
 */
export function readsAsAskAmongBenefits(line: string, heading: string | null, taxonomy: Taxonomy): boolean {
  const text = line.replace(LEAD_MARK, '')
  if (findRequirementPredicate(text) !== null) return true
  return (
    heading !== null &&
    NAMES_TERMS.test(normalizeText(heading)) &&
    classifyRequirement({ text, skillIds: [], minYears: null, taxonomy }) === 'logistics'
  )
}
