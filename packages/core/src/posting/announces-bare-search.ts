import { normalizeText } from './normalize-text'
import { isQualificationLike } from './posting-cues'
import { findPersonQualities } from './reads-as-traits'
import { statesJobCondition } from './states-job-condition'

// The employer's verb of searching or hiring, in the first person plural, after any phrase of purpose or place ("Para
// la nueva obra buscamos …", "For our new depot we're hiring …", "Na loja do centro procuramos …").
const SEARCH_VERB =
  /(?:^|[\s,])(?:we(?:'re| are)? (?:looking for|hiring|seeking|searching for|recruiting)|we seek|buscamos|procuramos|contratamos|seleccionamos|recrutamos|estamos (?:buscando|procurando|contratando|recrutando|em busca de|en busca de|a procura de|a recrutar))\s+/u
// The start or the purpose the hire is for, which closes the announcement ("para incorporación inmediata", "to start in
// May", "para reforçar a equipe", "for our Leeds site", "de imediato").
const PURPOSE_TAIL =
  /\s+(?:(?:para|pra|to|for)\s+(?:(?:a|o|la|el|the|our|nuestr[oa]|noss[oa]|su|sua|seu)\s+)?(?:incorporacion|incorporacao|inicio|inicio imediato|start|starting|begin|comecar|empezar|join|joining|unirse|sumarse|reforzar|reforcar|integrar|fazer parte|formar parte|cubrir|cobrir|atender|our|nuestr[oa]s?|noss[oa]s?|su|sua|seu|la|el|a|o|the|this|esta|este|essa|esse|nueva|nuevo|nova|novo|new|immediate)\b.*|(?:de inmediato|de imediato|immediately|asap|urgently|urgente|con urgencia|com urgencia)\b.*|(?:in|en|em|at|na|no|nas|nos)\s+.*)$/u
// A phrase of purpose, place or time opening the sentence, before the verb of searching.
const PURPOSE_LEAD =
  /^(?:for|para|pra|in|en|em|at|no|na|nos|nas|this|these|next|este|esta|estes|estas|neste|nesta|after|desde|since|with|com|con)\b[^.;:!?]*,?$/u
// What would make the person asked of: a relative, a "with", a number, words of experience or availability.
const ASKS_OF_PERSON =
  /\b(?:with|com|con|who|that|que|quem|quien|cuyo|sin|without|sem)\b|\d|\b(?:experience[ds]?|experiencia|years?|anos|least|menos|minimo|minimum|experiente|experimentad\p{L}*|available|disponib\p{L}*|disponivel|willing|dispuest\p{L}*|disposto|own|propio|propia|proprio|propria|licen\p{L}*|certifi\p{L}*|qualified|senior|junior|bilingual|bilingue|titulad\p{L}*|formad[oa]|graduad\p{L}*)\b/u
// "someone who enjoys seeing …", "alguém que goste de ver …", "alguien a quien le guste ver …": a liking for a scene
// of the work, which the announcement paints rather than asks.
const LIKES_TO_WATCH =
  /^(?:someone|a person|people|alguem|uma pessoa|pessoas|gente|alguien|una persona|personas)\s+(?:who|that|que|a quien|a quienes)\s+(?:(?:really|truly|realmente)\s+)?(?:likes?|enjoys?|loves?|goste|gostem|gosta|curta|ame|adore|le guste|les guste|disfrute|disfruten)\s+(?:de\s+)?(?:to see|seeing|watching|to watch|ver|assistir|observar|mirar|contemplar)\b/u

// A person named by no role: the nouns and pronouns for someone, anyone or people.
const GENERIC_PERSON =
  /^(?:someone|somebody|people|persons|a person|alguem|alguien|uma pessoa|pessoas|gente|una persona|personas)\b/u

/**
 * True when the employer announces a search that asks nothing of the person: the role named bare, with at most its
 * start, purpose or place after it ("Para la nueva obra de Arcosur buscamos gruista para incorporación inmediata",
 * "For the Leeds depot we're hiring a picker to start in May", "Procuramos repositor para reforçar a equipe"), or a
 * person painted by a liking for a scene of the work ("Procuramos alguém que goste de ver uma turma resolvendo um
 * problema"). A "with", a relative that says more, a number or a word of experience keeps the search an ask.
 */
export function announcesBareSearch(sentence: string): boolean {
  const folded = normalizeText(sentence.trim())
    .replace(/^[^\p{L}]+/u, '')
    .replace(/[.!]+$/u, '')
    .replace(/\s+/gu, ' ')
  const search = SEARCH_VERB.exec(folded)
  if (!search) return false
  const before = folded.slice(0, search.index).trim()
  // What comes before the verb is a phrase of purpose, place or time ("Para la nueva obra", "For our Leeds depot",
  // "Este verão"), never a subject of its own ("The person we are looking for has …") nor an ask.
  if (
    before.length > 0 &&
    (!PURPOSE_LEAD.test(before) || /\b(?:you|voce|tu|usted)\b/u.test(before) || isQualificationLike(before))
  )
    return false
  // A shift or another condition of the job named with the role ("para o turno da noite, escala 12x36") is asked.
  if (statesJobCondition(sentence)) return false
  const complement = folded.slice(search.index + search[0].length)
  if (LIKES_TO_WATCH.test(complement))
    return !/\b(?:and|e|y)\s+(?:who|que|tenha|has|tenga)\b/u.test(complement)
  const role = complement.replace(PURPOSE_TAIL, '').trim()
  // A person named by no role ("gente", "people", "alguien") and then described ("gente responsable, puntual") is
  // sought for what the description says: the words after the noun are the asks, not a role's name.
  const person = GENERIC_PERSON.exec(role)
  if (person && role.length > person[0].length) return false
  if (role.length === 0 || role.split(' ').length > 4) return false
  return !ASKS_OF_PERSON.test(role) && !isQualificationLike(role) && findPersonQualities(role) === null
}
