import { normalizeText } from './normalize-text'
import { findRequirementPredicate } from './posting-cues'

// An infinitive of the shape Portuguese and Spanish give it ("instalar", "reparar", "conhecer", "usar"), or one too
// short for the shape ("ler", "ver").
const INFINITIVE = '(?:\\p{Ll}{2,}(?:ar|er|ir)|ler|ver|dar|vir|leer|oir)'
// Verbs one or more, coordinated ("instalar y reparar", "montar, ajustar e testar"), after an optional verb of knowing
// how ("saber operar"), then what the verbs take their objects with ("trabajar con", "atuar em") and an article. A
// noun of that shape ("auxiliar de cocina", "taller de motos") takes "de" or an adjective after it ("olhar apurado"),
// which no infinitive's object opens with.
const VERB_CHAIN = new RegExp(
  `^((?:(?:saber|sepa|sepas|saiba|saibam|souber)\\s+)?${INFINITIVE}(?:\\s*(?:,|,?\\s+(?:e|y|ou|o))\\s+${INFINITIVE})*\\s+(?!(?:de|do|da|dos|das|del|e|y|ou|o)\\s|\\p{L}+(?:ado|ada|ados|adas|ido|ida|idos|idas)\\s)(?:(?:con|com|en|em|sobre|with)\\s+)?(?:(?:o|a|os|as|el|la|los|las)\\s+)?)(?=\\p{L}|\\d)`,
  'u',
)
// The same chain opened by a verb of knowing how anywhere in the sentence ("É fundamental saber regular …").
const KNOWING_HOW = /(?:^|\s)(?=(?:saber|sepa|sepas|saiba|saibam|souber)\s)/gu

/**
 * The frame of a list told as verbs and their objects in Portuguese or Spanish ("Saber instalar y reparar calderas de
 * gas y termos eléctricos", "Operar torno y fresadora", "trabajar con tubería multicapa y PPR"): the things the verbs
 * act on are each asked, as they would be after "conocimiento de". The chain opens the sentence, follows its
 * predicate of need ("Se requiere saber …"), or is opened by a verb of knowing how. Shaped as a match of the list
 * frame: group 1 is the frame, ending where the objects start.
 */
export function readVerbFrame(sentence: string): RegExpExecArray | null {
  const folded = normalizeText(sentence)
  if (folded.length !== sentence.length) return null
  const lead = /^[^\p{L}]*/u.exec(folded)?.[0].length ?? 0
  const starts = [lead, findRequirementPredicate(sentence) ?? -1]
  for (const opening of folded.matchAll(KNOWING_HOW)) starts.push(opening.index + opening[0].length)
  for (const start of starts) {
    if (start < 0) continue
    const found = VERB_CHAIN.exec(folded.slice(start))
    if (!found) continue
    found.index += start
    return found
  }
  return null
}
