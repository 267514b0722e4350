import { normalizeText } from './normalize-text'
import { readInlineKind } from './posting-cues'
import { statesJobCondition } from './states-job-condition'

// The work as the subject of a verb of being done somewhere ("Work is performed in …", "The role is based at …", "O
// trabalho é realizado em …", "El trabajo se desarrolla en …").
const WORK_PLACED =
  /^(?:(?:the|all|most|this|o|a|todo o|el|la|todo el|este|esta)\s+)?(?:work|job|role|position|trabalho|servico|atividade|trabajo|puesto|labor|actividad)\s+(?:(?:is|will be)\s+(?:performed|carried out|done|conducted|based|located|mostly done|mainly done)|takes place|happens|(?:e|sera)\s+(?:realizad[oa]|feit[oa]|executad[oa]|desenvolvid[oa]|exercid[oa])|acontece|se (?:realiza|realizara|desarrolla|desarrollara|lleva a cabo|hace|ejecuta)|es en|sera en)\s+(?:mostly\s+|mainly\s+|principalmente\s+|sobre todo\s+)?(?:in|at|inside|from|on|em|no|na|nos|nas|dentro|en|desde)\b/u
// What makes the place a hardship the candidate must accept rather than a description: weather, height, cold, heat,
// noise, dust, confined space, the outdoors.
const HARDSHIP =
  /\b(?:outdoors?|outside|weather|heights?|cold|freezing|frozen|chilled|heat|hot|noise|noisy|dust|dusty|confined|underground|remote|offshore|-\s?\d+\s?°|ao ar livre|intemperies?|altura|frio|frias|calor|quente|barulho|ruido|ruidoso|poeira|polvo|confinad[oa]|subterrane[oa]|remot[oa]|al aire libre|a la intemperie|congelad[oa]|camara fria|camaras frigorificas)\b/u

/**
 * True when a sentence says where the work is done ("Work is performed in a climate-controlled communications
 * centre", "O trabalho é realizado em escritório climatizado", "El trabajo se desarrolla en una oficina céntrica"): the
 * setting the employer describes, not something asked. A setting that is a hardship (outdoors, at height, in the cold)
 * or a condition of the job is left to be confirmed.
 */
export function placesTheWork(sentence: string): boolean {
  const folded = normalizeText(sentence.trim())
    .replace(/^[^\p{L}]+/u, '')
    .replace(/\s+/gu, ' ')
  return (
    WORK_PLACED.test(folded) &&
    !HARDSHIP.test(folded) &&
    readInlineKind(folded) === null &&
    !statesJobCondition(sentence)
  )
}
