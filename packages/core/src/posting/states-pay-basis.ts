import { normalizeText } from './normalize-text'

// Pay or the offer as the sentence's subject ("Final offer", "Starting pay", "A remuneração", "El sueldo", "Placement
// in the range").
const PAY_SUBJECT =
  /^(?:(?:the|your|our|a|o|la|el|tu|su|sua|seu|nossa|nuestro|nuestra)\s+)?(?:(?:final|starting|base|actual|exact|initial|inicial|final|exata|exacta)\s+)?(?:offer|offers|pay|salary|compensation|wage|wages|rate|rates|package|placement(?: (?:in|within) the (?:range|band|scale))?|starting point|remuneracao|salario|proposta|oferta(?: salarial| final)?|pacote|sueldo|remuneracion|paga|tarifa|valor)\b(?:\s+(?:final|inicial|offered|oferecid[oa]|ofrecid[oa]))?/u
// A verb of depending or being set by something ("depends on", "will be based on", "varies with", "é definida
// conforme", "se fijará según").
const DEPENDS =
  /^\s*(?:(?:will|may|can|would)\s+)?(?:depends?|be based|is based|are based|var(?:y|ies)|reflects?|be determined|is determined|are determined|be set|is set|be commensurate|is commensurate|is negotiable|are negotiable|be negotiated|scales?|depende(?:ra|m|n)?|dependera|variar?a?|varia|varian|sera (?:definid[oa]|ajustad[oa]|fijad[oa]|establecid[oa])|e (?:definid[oa]|negociavel|compativel)|se (?:define|definira|fija|fijara|ajusta|establece)|es negociable|sera acorde|e proporcional|es proporcional)\b/u
// The pay placed by a measure a few words on ("is placed within the range based on …", "é definida conforme …", "se
// ubica en la banda según …").
const PLACED_BY =
  /^\s*(?:\S+\s+){0,6}?(?:based on|according to|in line with|conforme|de acordo com|segun|de acuerdo (?:con|a)|acorde (?:a|con))\b/u
// The reader put under an obligation: a line about pay that says "must" asks after all.
const OBLIGED =
  /\b(?:must|required|you (?:need|must|should)|obrigatori\p{L}*|imprescindi\p{L}*|indispensa\p{L}*)\b/u

/**
 * True when a sentence says what the pay or the offer depends on ("Final offer depends on experience and
 * certifications", "A remuneração será definida conforme a experiência", "El sueldo se fijará según el perfil"): the
 * employer's terms, however many qualifications it names, not something asked of the candidate.
 */
export function statesPayBasis(sentence: string): boolean {
  const folded = normalizeText(sentence.trim())
    .replace(/^[^\p{L}]+/u, '')
    .replace(/\s+/gu, ' ')
  if (OBLIGED.test(folded)) return false
  // "Pay transparency: the range above reflects …; your actual offer depends on …": any clause may say it.
  return folded.split(/\s*[;:]\s*/u).some((clause) => {
    const subject = PAY_SUBJECT.exec(clause)
    if (!subject) return false
    const rest = clause.slice(subject[0].length)
    return DEPENDS.test(rest) || PLACED_BY.test(rest)
  })
}
