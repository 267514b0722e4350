import { loadWordNet } from '../scoring/load-wordnet'
import { normalizeText } from './normalize-text'
import { isCharacterAdjective, namesQuality } from './reads-as-traits'

// Words before a quality that only grade or introduce it ("muy buena onda", "a strong safety mindset", "com zelo"),
// and verbs of holding that only say the quality is had ("ter postura firme", "tener criterio").
const GRADING =
  /^(?:a|an|the|very|highly|really|truly|strong|good|great|real|genuine|o|os|as|el|la|los|las|um|uma|un|una|muy|muito|mucha|mucho|muita|bem|bien|buen|buena|bom|boa|excelente|gran|grande|alta|alto|otima|otimo|with|com|con|have|having|ter|tener|possuir)$/u
// A preposition ends the head of a quality and opens what it bears on ("zelo com o material", "onda con el equipo").
const PREPOSITION =
  /^(?:with|for|to|of|in|on|under|about|at|com|con|para|por|de|del|da|do|dos|das|em|en|a|al|ao|sob|bajo|ante)$/u
// Portuguese and Spanish infinitives name a task ("operar", "vender", "repor") rather than a quality.
const INFINITIVE = /^\p{L}{2,}(?:ar|er|ir)$/u
// A Portuguese or Spanish plural: qualities are mass nouns, so a plural head names things ("ferragens", "vendas").
const ROMANCE_PLURAL = /^\p{L}{3,}(?:[aeo]s|ns|is)$/u

/**
 * Whether a short conjunct could be a quality of a person, told beside a quality named for certain in the same list
 * ("Responsabilidade, capricho e zelo com o material", "Warmth, presence and a sense of humour", "Buena presencia,
 * carisma y labia"). A list is of one kind, so a conjunct needs only to be of a shape a quality takes: a few words,
 * no figure and no name (a capital or an acronym names a tool or a body), and a head that names no thing. In English
 * WordNet tells a thing from a quality: the head is an adjective, a noun whose common sense is an attribute, a state,
 * a feeling or a cognition ("presence", "discretion", "sense"), or a word of character leads it ("impeccable personal
 * presentation"). A Portuguese or Spanish word WordNet does not hold may be a quality when it is singular and not an
 * infinitive: a plural ("ferragens") or a verb ("operar") names things or tasks.
 */
export function couldBeQuality(conjunct: string): boolean {
  const raw = conjunct
    .replace(/[^\p{L}\p{N}\s'-]+/gu, ' ')
    .trim()
    .split(/\s+/u)
    .filter((word) => word.length > 0)
  if (raw.length === 0 || raw.length > 6 || raw.some((word) => /\p{N}/u.test(word))) return false
  // A capital past the first word, or any acronym, names a tool, a body or a place.
  if (raw.slice(1).some((word) => /^\p{Lu}/u.test(word)) || raw.some((word) => /^\p{Lu}{2,}/u.test(word)))
    return false
  const words = raw.map((word) => normalizeText(word))
  let at = 0
  while (at < words.length - 1 && GRADING.test(words[at] ?? '')) at++
  const phrase = words.slice(at)
  const end = phrase.findIndex((word) => PREPOSITION.test(word))
  const head = end < 0 ? phrase : phrase.slice(0, end)
  if (head.length === 0 || head.length > 3) return false
  const wordNet = loadWordNet()
  // A word is read as English when WordNet holds it as written or by a regular ending: a Spanish word that is an
  // English irregular plural ("labia") is read as Spanish.
  const english = (word: string) =>
    wordNet.isAdjective(word) ||
    wordNet
      .lemmas(word)
      .some(
        (lemma) =>
          (wordNet.isNoun(lemma) || wordNet.isVerb(lemma)) && (lemma === word || /(?:s|ed|ing)$/u.test(word)),
      )
  const noun = head.at(-1) as string
  if (head.some(english)) {
    // A word of character anywhere in the head makes it a quality ("impeccable presentation", "calm manner").
    if (head.some((word) => wordNet.isTraitWord(word) || wordNet.namesFeeling(word))) return true
    const nouns = wordNet.lemmas(noun).filter((lemma) => wordNet.isNoun(lemma))
    if (nouns.length === 0) return head.length === 1 && wordNet.isAdjective(noun)
    // A plural names things ("tools", "clients"); a quality is a mass noun.
    if (!nouns.includes(noun)) return false
    return nouns.some((lemma) => wordNet.isFrameNoun(lemma)) && !wordNet.namesArtifact(noun)
  }
  const first = head[0] as string
  if (namesQuality(first) || isCharacterAdjective(first)) return true
  return !INFINITIVE.test(first) && !ROMANCE_PLURAL.test(first) && first.length >= 4
}
