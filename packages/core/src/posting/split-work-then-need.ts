import { describesTheWork } from './describes-the-work'
import { normalizeText } from './normalize-text'
import { findRequirementPredicate, foldInPlace, isDutyLike, readInlineKind } from './posting-cues'

// A comma or a conjunction, or both, before a clause of its own ("…, so …", "… and …", "…, e …", "… y …", "…, así
// que …").
const JOINT =
  /(?:,\s+|\s+)(?:and|e|y|so|so that|which means|therefore|por isso|entao|portanto|por lo que|asi que|por eso)\s+|,\s+(?=\p{L})/gu
// The reader's need, the subject said or left unsaid as Romance verbs allow, in the present or the future: "you'll
// need", "you will also need", "(você) precisará", "precisa ter", "(tú) necesitarás", "deberás", "terá que", "tendrás
// que". Modal verbs of needing and obligation are a closed class, not phrasings of one posting.
const OPENS_NEED =
  /^(?:(?:you|voce|tu|usted)\s+)?(?:(?:will|'ll|also|tambem|tambien)\s+)*(?:need|needs|have to|must|precisar(?:a|as)?|precisa|necesitar(?:a|as)?|necesitas|necesita|dever(?:a|as)?|deve|deber(?:a|as)?|debes|debe|ter(?:a|as) (?:que|de)|tem que|tendr(?:a|as) que|tienes que)\b/u

/**
 * Where what a clause's opening need asks for starts ("you'll need |a licence", "precisará de |curso MOPP"), or null
 * when the clause opens with no need of the reader.
 */
export function findNeedComplement(clause: string): number | null {
  const lead = /^\s*/u.exec(clause)?.[0].length ?? 0
  const predicate = findRequirementPredicate(clause.slice(lead))
  if (predicate !== null) return lead + predicate
  const opening = OPENS_NEED.exec(foldInPlace(clause.slice(lead)))
  if (!opening) return null
  // The verb's own link to its object ("precisará de", "need to have") is no part of what is asked.
  const link = /^\s*(?:(?:de|of|to have|to hold|ter|tener|contar con)\s+)?/u.exec(
    foldInPlace(clause.slice(lead + opening[0].length)),
  )
  return lead + opening[0].length + (link?.[0].length ?? 0)
}

/** True when a clause opens with the reader's need ("you'll need a licence", "precisará de curso MOPP"). */
export function opensWithNeed(clause: string): boolean {
  const folded = normalizeText(clause.trim())
  return OPENS_NEED.test(folded) || findRequirementPredicate(clause.trim()) !== null
}

/**
 * Where a sentence that tells the reader's work joins what the work needs of them ("You'll drive a van, so you'll need
 * a clean licence", "Você dirigirá carretas e precisará de curso MOPP", "Atenderás a los clientes y necesitarás inglés
 * avanzado"): the index of the joint and its length, or null. The work before the joint is a duty; the need after it
 * is asked, whatever the tense of the verb that opened the sentence.
 */
export function findNeedAfterWork(sentence: string): { at: number; skip: number } | null {
  for (const joint of sentence.matchAll(JOINT)) {
    const before = sentence.slice(0, joint.index)
    const after = sentence.slice(joint.index + joint[0].length)
    if (!opensWithNeed(after)) continue
    if (!isDutyLike(before) && !describesTheWork(before)) return null
    // The work already says what it needs ("You'll need to drive, and …"): no second clause to cut off.
    if (readInlineKind(before) !== null || findRequirementPredicate(before) !== null) return null
    return { at: joint.index, skip: joint[0].length }
  }
  return null
}

/** Cuts a sentence of the reader's work before the need it joins (see `findNeedAfterWork`). */
export function splitWorkThenNeed(
  text: string,
  start: number,
  end: number,
): Array<{ start: number; end: number }> {
  const joint = findNeedAfterWork(text.slice(start, end))
  if (!joint) return [{ start, end }]
  return [
    { start, end: start + joint.at },
    { start: start + joint.at + joint.skip, end },
  ]
}
