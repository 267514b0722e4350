import type { RequirementKind } from '../types'
import { normalizeText } from './normalize-text'

// Words that say a gap takes the candidate out of the running ("Eliminatório", "Excluyente", "Knock-out", "Rules
// you out"): the row is a bar to clear. Stems, so every inflection and language spelling of the verb is one entry.
const RULES_OUT =
  /\b(?:elimin\w*|exclu(?:y|d|i)\w*|descart\w*|desclassific\w*|descalific\w*|disqualif\w*|knock[- ]?outs?|deal[- ]?breakers?|impeditiv\w*|rules? (?:you |them |candidates? )?out|ruled out|veto\w*|bloque\w*|blocking)\b/u
// Words that say the row only weighs in the candidate's favour ("Soma na avaliação", "No, pero suma", "Adds
// points", "Desempata"): counted toward a ranking, never a bar.
const COUNTS_FOR =
  /\b(?:soma\w*|suma\w*|adds?|adding|counts?|conta|cuenta|helps?|ajuda|ayuda|plus|bonus|extra|pontu\w*|pontos?|puntu\w*|puntos?|points?|scores?|desempat\w*|tie-?break\w*|favou?r\w*|ventajas?|vantage(?:m|ns)|advantage\w*|edge|diferencia(?:l|is)|valor(?:a|iz)\w*|valued)\b/u
// A reading that denies what follows ("No elimina", "Não soma", "Doesn't rule you out").
const DENIED = /\b(?:no|not|nao|doesn'?t|does not|won'?t|will not|nunca|never)\b/u

/**
 * The kind a short cell or column header says in words of selection: that a gap rules the candidate out (required)
 * or that the row only counts in their favour (nice to have). A denial turns a ruling-out into a count ("No
 * excluyente", "Não elimina"). Null when neither is said.
 */
export function readFirmnessWords(text: string): RequirementKind | null {
  const folded = normalizeText(text)
  const out = RULES_OUT.exec(folded)
  const counts = COUNTS_FOR.exec(folded)
  if (out) {
    return DENIED.test(folded.slice(0, out.index)) ? 'nice_to_have' : 'required'
  }
  // A count says the row is weighed, denied or not ("No, pero suma", "Só desempata"): never a bar.
  return counts ? 'nice_to_have' : null
}
