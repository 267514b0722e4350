import { loadWordNet } from '../scoring/load-wordnet'
import { normalizeText } from './normalize-text'
import { namesQuality } from './reads-as-traits'

// Words that grade or introduce the head without naming anything: "healthy", "good", "buena", "muito".
const GRADING =
  /^(?:a|an|the|very|highly|really|good|great|strong|excellent|outstanding|healthy|real|genuine|bom|boa|otimo|otima|excelente|buen|buena|gran|grande|muy|muito|mucha|mucho|alta|alto)$/u

// English endings Portuguese and Spanish nouns share with their English cognates: "postura" is "posture",
// "tolerancia" "tolerance", "honestidad" "honesty", "escepticismo" "scepticism". WordNet has no Portuguese or
// Spanish; read through the cognate, the head's sense (an attribute, a feeling) is WordNet's.
const COGNATE_ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:cion|cao)$/u, 'tion'],
  [/(?:idade|idad)$/u, 'ity'],
  [/(?:dade|dad)$/u, 'ty'],
  [/ismo$/u, 'ism'],
  [/encia$/u, 'ence'],
  [/ancia$/u, 'ance'],
  [/ura$/u, 'ure'],
  [/ia$/u, 'y'],
  [/[oa]$/u, ''],
  [/[oa]$/u, 'e'],
]

/** The word and the English cognates its ending gives ("postura": posture), for a WordNet look-up. */
function cognates(word: string): string[] {
  const forms = [word]
  for (const [ending, english] of COGNATE_ENDINGS)
    if (ending.test(word)) forms.push(word.replace(ending, english))
  return forms
}

/**
 * True when the word names a quality of a person in its common sense: in WordNet a trait, a feeling or an attribute
 * (punctuality, composure, scepticism's kin), an adverb of such a quality ("reliably": reliable), or in Portuguese or
 * Spanish a noun of quality (`namesQuality`) or the cognate of an English one ("postura", "gusto"). A noun whose
 * common sense is a made thing ("tube", "scanner") is not, whatever else it can mean.
 */
function namesPersonQuality(word: string): boolean {
  if (namesQuality(word)) return true
  const wordNet = loadWordNet()
  const adjective = /^(\p{L}{3,})ly$/u.exec(word)?.[1]
  const forms = [
    ...cognates(word),
    ...(adjective ? [adjective, adjective.replace(/i$/u, 'y'), `${adjective}le`, `${adjective}e`] : []),
  ]
  return forms.some((form) => {
    const lemmas = [form, ...wordNet.lemmas(form)]
    if (lemmas.some((lemma) => wordNet.isNoun(lemma) && wordNet.namesArtifact(lemma, 1))) return false
    return lemmas.some(
      (lemma) => wordNet.isTraitWord(lemma) || wordNet.namesFeeling(lemma) || wordNet.namesAttribute(lemma),
    )
  })
}

/** True when an English noun stands before another noun as its modifier ("quality control"), not an adjective. */
function modifiesNoun(head: string, next: string | undefined): boolean {
  if (next === undefined) return false
  const wordNet = loadWordNet()
  const isNoun = (word: string) => wordNet.lemmas(word).some((lemma) => wordNet.isNoun(lemma))
  return isNoun(head) && !wordNet.isTraitWord(head) && isNoun(next) && !wordNet.isAdjective(next)
}

/**
 * True when a short ask names a quality of the person by its head ("Healthy scepticism", "Turns up reliably",
 * "Postura firme com o cliente", "Gusto por la lectura"): the first word after the grading words, or the adverb that
 * closes a short predicate, names a trait, a feeling or an attribute. A product's name or an acronym ("Square POS")
 * names a thing, so such a line never reads as a quality.
 */
export function headsWithQuality(label: string): boolean {
  if (/(?<!\p{L})\p{Lu}{2,}(?!\p{L})/u.test(label)) return false
  const words = normalizeText(label)
    .replace(/[^\p{L}\s'-]+/gu, ' ')
    .split(/\s+/u)
    .filter((word) => word.length > 0)
  if (words.length === 0 || words.length > 6) return false
  let at = 0
  while (at < words.length - 1 && GRADING.test(words[at] ?? '')) at++
  const head = words[at] ?? ''
  // A feeling about a doing ("Comfortable reading wiring diagrams", "Confiante para operar a grua") asks the doing.
  if (
    /^\p{L}{3,}(?:ing|ar|er|ir)$/u.test(words[at + 1] ?? '') ||
    /^(?:to|para|a)$/u.test(words[at + 1] ?? '')
  )
    return false
  // A head that modifies the noun after it ("quality control", "weight training") names that noun's kind.
  if (namesPersonQuality(head) && !modifiesNoun(head, words[at + 1])) return true
  // A predicate closed by an adverb of manner ("Turns up reliably", "Explains things patiently").
  const last = words.at(-1) ?? ''
  return words.length <= 4 && /ly$/u.test(last) && namesPersonQuality(last)
}
