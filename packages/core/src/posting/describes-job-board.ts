import { normalizeText } from './normalize-text'

// A board telling what it holds: a name, a verb of having or offering, then a large count of listings, reviews or
// employers ("Acme Jobs has millions of jobs", "O Vagalume reúne milhares de vagas", "Empleate tiene más de 50.000
// ofertas").
const BOARD_HOLDS =
  /^(?:\p{Lu}[\p{L}\p{N}.&'-]*\s+){1,3}(?:has|have|hosts|lists|offers|features|brings|tem|possui|oferece|reune|traz|tiene|ofrece|reune|cuenta con|publica)\s+(?:over |more than |mais de |mas de |hasta |up to )?(?:millions|thousands|hundreds|milhares|milhoes|centenas|miles|millones|cientos|\d[\d.,]*\s*(?:k|mil|million|millones|milhoes)?\+?)\s+(?:of |de )?(?:[\p{L}-]+\s+)?(?:jobs|job listings|listings|openings|vacancies|positions|vagas|oportunidades|empleos|ofertas|vacantes|reviews|avaliacoes|resenas|companies|employers|empresas)\b/u

/**
 * "Hirebird has millions of jobs plus salary data and company reviews": the board describing itself, page text that
 * asks nothing of anyone. Told by a name holding a large count of listings, whichever board it is.
 */
export function describesJobBoard(sentence: string): boolean {
  const trimmed = sentence.trim()
  // The name keeps its capitals; the rest is compared without accents.
  const name = /^(?:\p{Lu}[\p{L}\p{N}.&'-]*\s+){1,3}/u.exec(trimmed)
  if (!name) return false
  return BOARD_HOLDS.test(name[0] + normalizeText(trimmed.slice(name[0].length)))
}
