import { normalizeText } from './normalize-text'
import { readInlineKind } from './posting-cues'

// The separators a job board puts between the fields of a listing's headline.
const FIELD_SEPARATOR = /\s+[·•–—|-]\s+/u
// An amount of money: a currency sign or code next to a figure ("$32-$45/hr", "R$ 2.100", "€18k", "USD 900").
const MONEY = /[\p{Sc}]\s?\d|\d\s?[\p{Sc}]|\b(?:usd|eur|gbp|brl|mxn|cop|clp|ars|pen|r\$)\s?\d/u
// The kind of contract or of workplace, a closed class of the board's fields in EN, PT and ES.
const CONTRACT_OR_PLACE =
  /^(?:full[- ]?time|part[- ]?time|contract|contractor|temporary|permanent|freelance|internship|seasonal|casual|per diem|remote|hybrid|on[- ]?site|in[- ]person|clt|pj|efetivo|estagio|temporario|tempo integral|meio periodo|presencial|remoto|hibrido|tiempo completo|medio tiempo|tiempo parcial|indefinido|temporal|por proyecto|practicas)$/u
// A field that asks: availability, willingness, a need.
const ASKING =
  /\b(?:availab\p{L}*|disponib\p{L}*|willing\p{L}*|dispost[oa]s?|dispuest[oa]s?|must|need\p{L}*)\b/u

/**
 * "CERTIFIED FLIGHT INSTRUCTOR (CFI/CFII) - Lone Star Aviation Academy - San Marcos, TX - Full-time - $32-$45/hr":
 * a listing's headline, its fields (title, employer, place, contract, pay) joined by the board's separators. Told by
 * its shape, three or more short fields with no sentence among them, and by one field being pay or the kind of
 * contract, which only the listing states of itself. The title's words name the role, not something asked.
 */
export function readsAsListingHeadline(line: string): boolean {
  const trimmed = line.trim()
  if (/[.!?;:]$/u.test(trimmed)) return false
  if (namesVacancyByLabel(trimmed)) return true
  const fields = trimmed.split(FIELD_SEPARATOR)
  if (fields.length < 3) return false
  if (fields.some((field) => field.split(/\s+/u).length > 8 || /[.!?;:]\s/u.test(field))) return false
  const folded = normalizeText(trimmed)
  if (ASKING.test(folded) || readInlineKind(trimmed) !== null) return false
  return fields.some((field) => {
    const bare = normalizeText(field)
      .replace(/[^\p{L}\p{N}\p{Sc}$/ -]+/gu, ' ')
      .trim()
    return MONEY.test(normalizeText(field)) || CONTRACT_OR_PLACE.test(bare)
  })
}

// The field a page names the vacancy under: "Vaga:", "Vacante:", "Puesto:", "Cargo:", "Position:", "Job title:".
const VACANCY_LABEL =
  /^(?:vagas?|vacantes?|puesto|cargo|position|job title|job|role|opening|oportunidade|oportunidad)\s*:\s*(\S.*)$/u

/**
 * "📢 VAGA: RECEPCIONISTA (turno da noite) – Unidade Boa Viagem, Recife/PE", "Position: Line Cook – Downtown": the
 * vacancy's name under the page's label for it, with where and when it is, and nothing asked.
 */
function namesVacancyByLabel(line: string): boolean {
  const folded = normalizeText(line).replace(/^[^\p{L}]+/u, '')
  const value = VACANCY_LABEL.exec(folded)?.[1]
  if (value === undefined || value.split(/\s+/u).length > 12 || /[.!?;]\s/u.test(value)) return false
  return !ASKING.test(value) && readInlineKind(value) === null
}
