import { normalizeText } from './normalize-text'

// The requirements named by reference, not by what they are: "the requirements", "os requisitos do item 3.1", "los
// criterios anteriores", "the conditions above". What fails them is told elsewhere; this sentence only rules on it.
const REFERENCE =
  /\b(?:requirements?|criteria|conditions|qualifications|requisitos?|criterios|condicoes|condiciones|exigencias|pre-?requisitos?)\b/u
// A candidate failing them: not meeting, proving, filling or showing them ("who do not meet", "que não comprovar",
// "que no acredite", "failing to meet", "sin cumplir").
const FAILS =
  /\b(?:(?:do|does|did|will) not|don't|doesn't|fail(?:s|ing)? to|unable to|nao|no|sem|sin|deixar de|dejar de)\s+(?:[\p{L}]+\s+){0,2}?(?:meet|meeting|satisfy|fulfil\p{L}*|prove|show|demonstrate|comply|submit|present|comprov\p{L}*|atend\p{L}*|cumpr\p{L}*|cumpl\p{L}*|preench\p{L}*|satisf\p{L}*|apresent\p{L}*|present\p{L}*|acredit\p{L}*|reun\p{L}*|demonstr\p{L}*|possu\p{L}*|pose\p{L}*)\b/u
// What the selection does with them: eliminates, disqualifies, excludes, does not consider them.
const SANCTION =
  /\b(?:(?:will|shall) (?:be )?(?:automatically )?(?:eliminated|disqualified|excluded|rejected|removed|discarded|not be (?:considered|accepted|shortlisted|progressed))|(?:sera|serao|seran|quedara|quedaran|ficara|ficarao)\s+(?:automaticamente\s+)?(?:eliminad\p{L}*|desclassificad\p{L}*|excluid\p{L}*|reprovad\p{L}*|descalificad\p{L}*|desestimad\p{L}*|descartad\p{L}*|rechazad\p{L}*|inabilitad\p{L}*|inhabilitad\p{L}*|fuera)|(?:nao|no)\s+(?:sera|serao|seran)\s+(?:considerad\p{L}*|aceit\p{L}*|aceptad\p{L}*|tomad\p{L}*|admitid\p{L}*)|implicara (?:a |la )?(?:eliminacao|eliminacion|exclusao|exclusion|desclassificacao|descalificacion))\b/u

/**
 * "Candidates who do not meet the requirements above will be disqualified", "O candidato que não comprovar os
 * requisitos do item 2 será eliminado", "Quien no acredite los requisitos quedará excluido del proceso": a rule of
 * the selection that rules on failing the requirements, named only by reference. It asks nothing the list did not;
 * "Candidates without a valid licence will be disqualified" names the thing and stays an ask.
 */
export function statesSelectionRule(sentence: string): boolean {
  const folded = normalizeText(sentence.trim())
    .replace(/^[^\p{L}]+/u, '')
    .replace(/\s+/gu, ' ')
  return REFERENCE.test(folded) && FAILS.test(folded) && SANCTION.test(folded)
}
