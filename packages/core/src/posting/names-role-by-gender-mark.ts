// A role noun written for both genders, as Spanish and Portuguese postings write a vacancy's name: "Mesero(a)",
// "Camarero/a", "Operador(a)", "Vendedor(a)", "Abogado/a", "Enfermeiro(a)", "Diseñador/a". A requirement names what
// the candidate must bring, never the role in both genders.
const GENDER_MARKED_ROLE = /^\p{Lu}\p{Ll}{2,}(?:\((?:a|o|as|os|ora|era)\)|\/(?:a|o|as|os|ora|era)\b)/u

/**
 * True when a short unpunctuated line opens with a role noun marked for both genders ("Mesero(a) con experiencia –
 * Restaurante de cortes"): the vacancy's name, a title line, even when the page's first line was something else.
 */
export function namesRoleByGenderMark(line: string): boolean {
  const trimmed = line.trim()
  if (/[.!?:;]$/u.test(trimmed) || trimmed.split(/\s+/u).length > 12) return false
  return GENDER_MARKED_ROLE.test(trimmed)
}
