import { normalizeText } from './normalize-text'

// A board's field answered in the negative: a short label, its colon, and a bare "no" or "not needed" for a value
// ("Travel required: No", "Disponibilidade para viagens: Não", "Disponibilidad de cambio de residencia: No",
// "Licencia de conducir: No requerida").
const FIELD_NO =
  /^[^\p{L}]*((?:[\p{L}/'-]+\s+){0,6}[\p{L}/'-]+)\s*:\s*(?:no|not? (?:required|needed|necessary|applicable)|none|n\/?a|nao|nao (?:requerid[oa]|exigid[oa]|necessari[oa]|obrigatori[oa]|se aplica)|no (?:requerid[oa]|exigid[oa]|necesari[oa]|obligatori[oa]|aplica)|ningun[oa]?|nenhum[a]?)\s*[.!]?\s*$/u
// A record or a history answered "none" is the clean record asked for ("Criminal record: none", "Antecedentes: nenhum").
const RECORD = /\b(?:record|records|history|antecedentes?|registros?|pendencias|restricoes|restricciones)\b/u

/**
 * True when a line is a board's field whose value says the job does not ask it ("Disponibilidad de viajar: No"):
 * nothing is asked, however asking the label reads. The label alone ("Disponibilidad para viajar") stays an ask, and
 * so does one answered yes.
 */
export function answersFieldNo(line: string): boolean {
  const found = FIELD_NO.exec(normalizeText(line.trim()))
  if (!found) return false
  return !RECORD.test(found[1] ?? '')
}
