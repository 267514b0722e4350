import { loadWordNet } from '../scoring/load-wordnet'
import { type AskSpan, cutIntoAsks } from './cut-into-asks'
import { describesTheWork } from './describes-the-work'
import { isDutyLike } from './posting-cues'

// "…ing X and …ing Y" / "…ando X e …endo Y": a second gerund opened after "and", with the first one earlier on the line.
const GERUND_JOINT = /,?\s+(?:and|e|y)\s+(?=(\p{Ll}{3,}(?:ing|ando|endo|indo))\s+\S)/gu
const GERUND = /(?<=^|[\s(])(\p{Ll}{3,}(?:ing|ando|endo|indo))(?!\p{L})/gu

// Gerunds that frame what follows rather than name an act ("including weekends and rotating holidays").
const FRAMING_GERUND =
  /^(?:including|regarding|concerning|following|excluding|according|incluindo|incluyendo|excluindo|excluyendo)$/u
// An object that points back to the one before ("turning it into", "revisándolos", "e organizando-os").
const BACK_REFERENCE =
  /^\s+(?:it|them|this|that|those|these|isso|isto|eso|esto)\b|^-(?:o|a|os|as|lo|la|los|las)\b/u

const READINESS_LEAD =
  /^[^\p{L}]*(?:(?:you\s+(?:are|must be|should be)\s+)?(?:comfortable|confident|happy|at ease))\s+(?:(?:with|in|at)\s+)?$/iu

const PARTICLES = /\b(?:off|out|up|down|in|on|over|back|away|through|around|bem|bien)\b/gu

/**
 * True when a word is a gerund: an English "-ing" form of a verb WordNet knows ("filling": fill), not only a noun; a
 * PT or ES "-ando / -endo / -iendo / -indo" word, a shape nouns seldom take.
 */
function isGerund(word: string): boolean {
  if (/(?:ando|endo|indo)$/u.test(word)) return word.length >= 7
  const wordNet = loadWordNet()
  return wordNet.lemmas(word).some((lemma) => lemma !== word && wordNet.isVerb(lemma))
}

/**
 * Cuts an English line that asks for two things done, each a gerund with its own object ("Comfortable reading
 * drawings and method statements and filling out inspection reports on a tablet", "Experience pricing jobs and
 * ordering stock"): each act is an ask of its own, and its objects stay with it. Two gerunds that share one object
 * ("planning and running events") have no object between them and stay whole, as does anything inside a bracket.
 */
export function splitGerundAsks(text: string, start: number, end: number): AskSpan[] {
  const part = text.slice(start, end)
  // The work told ("You'd be reconciling accounts and coding invoices", "The work involves …") is read whole as duties.
  if (isDutyLike(part) || describesTheWork(part)) return [{ start, end }]
  const cuts: Array<{ at: number; skip: number }> = []
  let from = 0
  for (const joint of part.matchAll(GERUND_JOINT)) {
    const before = part.slice(from, joint.index)
    if ((before.match(/\(/gu) ?? []).length !== (before.match(/\)/gu) ?? []).length) continue
    // The first act: a gerund before the joint with words of its own between it and "and".
    // The act nearest the joint is the one coordinated with the second ("spent three seasons tearing off and …").
    const first = [...before.matchAll(GERUND)]
      .filter((found) => isGerund(found[1] as string) && !FRAMING_GERUND.test(found[1] as string))
      .pop()
    if (first === undefined) continue
    // "Comfortable splicing X and labelling Y": a readiness frame before the acts is read by the listed-items reader,
    // which keeps the frame out of each act's words and reads the body's conditions whole.
    if (READINESS_LEAD.test(part.slice(0, first.index))) continue
    // "… reading a study and turning it into a plan": a second act on the first one's object is one task.
    if (BACK_REFERENCE.test(part.slice(joint.index + joint[0].length + (joint[1] as string).length))) continue
    // …with an object of its own: a particle alone ("tearing off and installing roofs") leaves one act.
    const object = before.slice(first.index + (first[1] as string).length)
    if (!/\p{L}{3,}/u.test(object.replace(PARTICLES, ' '))) continue
    // A colon or a semicolon between them ends the first act's phrase: what follows is another clause.
    if (/[:;]/u.test(object)) continue
    if (!isGerund(joint[1] as string)) continue
    const skip = joint[0].length
    cuts.push({ at: joint.index, skip })
    from = joint.index + skip
  }
  return cutIntoAsks(start, end, cuts, start)
}
