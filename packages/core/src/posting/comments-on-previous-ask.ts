import { normalizeText } from './normalize-text'

// A pronoun standing for what was just asked ("It", "This", "None of these", "Isso", "Nada disso", "Esto", "Ninguno"),
// or no subject at all, as PT and ES drop it ("será avaliada na entrevista").
const PRONOUN =
  '(?:(?:and|but|e|mas|y|pero)\\s+)?(?:(?:it|this|that|these|those|neither|none of (?:these|them|this|it)|isso|isto|esse|essa|esses|essas|nada disso|nenhum(?:a)? (?:delas|deles|disso)|esto|eso|ello|estos|esos|ninguno|ninguna|nada de esto)\\s+)?'
// A verb of being, denied or not, in any tense ("is not", "won't be", "não é", "no será", "isn't").
const BE =
  "(?:is|isn't|is not|are|aren't|are not|will not be|won't be|will be|would be|'s|e|nao e|sao|nao sao|sera|nao sera|serao|nao serao|es|no es|son|no son|sera|no sera|seran|no seran)\\s+(?:(?:a|an|um|uma|un|una|not|nao|no|strictly|necessarily|really|absolutely|estritamente|necessariamente|estrictamente|necesariamente)\\s+){0,3}"
// What the thing counts as: a need denied or an extra ("not a deal-breaker", "não é eliminatório", "es un plus").
const COUNTS_AS =
  '(?:deal[- ]?breakers?|requirements?|must|mandatory|required|essential|eliminat\\p{L}*|obrigatori\\p{L}*|exclu\\p{L}*|imprescindi\\p{L}*|indispensa\\p{L}*|requisitos?|plus|bonus|diferencial|ventaja|vantagem|nice to have|desejavel|deseable|valorado|valorad[oa])'
// Assessment at the hiring ("will be assessed at the interview", "será avaliada na entrevista", "se evaluará en la
// prueba"): how the thing is checked, which adds nothing to what is asked.
const ASSESSED =
  '(?:(?:will be|is|are|sera|serao|e|sao|seran|es|son|se)\\s+)?(?:assessed|evaluated|tested|checked|verified|scored|avaliad[oa]s?|testad[oa]s?|verificad[oa]s?|observad[oa]s?|evaluad[oa]s?|comprobad[oa]s?|evaluara|valorara|comprobara|verificara)\\s+(?:at|in|during|on|na|no|nas|nos|durante|em|en|el|la|por)\\s+(?:(?:the|a|o|la|el|uma|una|an)\\s+)?(?:interviews?|entrevistas?|process|processo|proceso|tests?|provas?|pruebas?|selection|selecao|seleccion|assessment|dinamica|trial)(?:\\s+(?:tecnic[oa]s?|technical|practical|pratic[oa]s?|practic[oa]s?|final|oral|escrit[oa]|written|online|presencial))?'
const COMMENT = new RegExp(
  `^${PRONOUN}(?:(${BE}${COUNTS_AS})|(${ASSESSED}))(?:\\s+(?:either|tampoco|tambem|tambien|here|aqui|for us|para nos|para nosotros|for this role|para esta vaga|para este puesto))?$`,
  'u',
)
// A need denied, or an extra named: the thing before is optional.
const OPTIONAL =
  /\b(?:not|nao|no|isn't|aren't|won't|neither|none|nenhum|nenhuma|ninguno|ninguna|nada)\b|\b(?:plus|bonus|diferencial|ventaja|vantagem|nice to have|desejavel|deseable|valorad[oa])\b/u

/**
 * How a clause comments on the ask before it, or null when it is no such comment: "It is not a deal-breaker", "Isso
 * não é eliminatório", "Esto es un plus" make that ask optional ('nice_to_have'), "It is a must" makes it required; "será avaliada na entrevista", "This
 * will be tested at interview" only say how it is checked ('same'). Either way the comment is no ask of its own.
 */
export function commentsOnPreviousAsk(clause: string): 'nice_to_have' | 'required' | 'same' | null {
  const folded = normalizeText(clause.trim())
    .replace(/^[^\p{L}]+/u, '')
    .replace(/[\s.!;:,)]+$/u, '')
    .replace(/\s+/gu, ' ')
  const found = COMMENT.exec(folded)
  if (!found) return null
  if (found[2] !== undefined) return 'same'
  return OPTIONAL.test(folded) ? 'nice_to_have' : 'required'
}
