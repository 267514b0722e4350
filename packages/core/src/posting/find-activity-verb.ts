import { normalizeText } from './normalize-text'

// Leading words that introduce a duty done before: "Experience scheduling staff", "Proven track record of leading".
const LEAD =
  /^(?:(?:\d+\+?\s*(?:years?|yrs)\s+(?:of\s+)?)?(?:(?:proven|demonstrated|previous|prior|hands-on|some|solid|strong)\s+)?(?:experience|track record|background|history)\s+(?:of\s+|in\s+|with\s+)?)?/
// Participles and gerunds that are nouns of a field, not verbs: "Marketing experience", "Accounting".
const FIELD_NOUNS = new Set([
  'marketing',
  'engineering',
  'accounting',
  'nursing',
  'pricing',
  'testing',
  'learning',
  'computing',
  'banking',
  'manufacturing',
  'consulting',
  'advertising',
  'programming',
  'networking',
  'training',
  'understanding',
  'writing',
  'design',
  'processing',
  'modeling',
  'modelling',
  'scripting',
  'logging',
  'monitoring',
  'recruiting',
  'branding',
  'budgeting',
  'forecasting',
  'reporting',
  'selling',
  'planning',
  'sourcing',
  'auditing',
  'teaching',
  'coaching',
  'tutoring',
  'cooking',
  'plumbing',
  'welding',
  'housekeeping',
  'bookkeeping',
  'merchandising',
  'underwriting',
  'onboarding',
  'skilled',
  'detailed',
  'related',
  'advanced',
  'experienced',
  'qualified',
  'certified',
  'licensed',
  'registered',
  'required',
  'preferred',
  'proven',
  'demonstrated',
  'based',
])
const IRREGULAR_PAST =
  /^(?:led|built|ran|took|made|kept|oversaw|taught|sold|grew|wrote|drove|set|ran|won|brought|found|held)$/

/**
 * Finds the verb of an activity phrase, a duty done before ("Managed a team of 10 cashiers", "Experience scheduling
 * staff and taking inventory"): a past tense or a gerund followed by its object. Returns the verb's offsets in the
 * text, or null when the line does not open with one.
 */
export function findActivityVerb(text: string): { start: number; end: number } | null {
  const normalized = normalizeText(text)
  if (normalized.length !== text.length) return null
  const lead = LEAD.exec(normalized)?.[0] ?? ''
  const rest = normalized.slice(lead.length)
  const verb =
    /^([a-z]{3,})\s+(?:(?:a|an|the|new|and|our|their|multiple|large|small|daily|weekly|\d+)\s+)*([a-z]{3,})/.exec(
      rest,
    )
  if (!verb) return null
  const word = verb[1] ?? ''
  const past = (word.length >= 5 && word.endsWith('ed')) || IRREGULAR_PAST.test(word)
  const gerund = word.length >= 6 && word.endsWith('ing')
  if (!(past || gerund) || FIELD_NOUNS.has(word)) return null
  // A gerund alone at the start ("Working knowledge", "Leading teams"): the next word must not be the qualification.
  if (/^(?:knowledge|experience|understanding|proficiency|familiarity)$/.test(verb[2] ?? '')) return null
  return { start: lead.length, end: lead.length + word.length }
}
