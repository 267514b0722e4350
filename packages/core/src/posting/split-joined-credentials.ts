import type { Taxonomy } from '../taxonomy'
import { findSkills } from '../taxonomy/find-skills'
import type { RequirementType } from '../types'
import { classifyRequirement, namesDegree, statesCredential } from './classify-requirement'
import { type AskSpan, cutIntoAsks } from './cut-into-asks'
import { normalizeText } from './normalize-text'
import { readMinYears } from './read-min-years'

type Joint = { at: number; skip: number; by: 'and' | 'with' | 'comma' }

// "and" / "e" / "y" between two phrases, lower case only: a capital "E" or "Y" is a licence category ("CNH A e B").
// "and/or" offers a choice and is no joint.
const AND_JOINT = /,?\s+(?:and|e|y)\s+(?!\/)/gu
// "with a current …", "com um registro …", "con una licencia …": "with" and an article open a second thing held, a
// noun phrase of its own; without the article ("with instrument rating", "com reciclagem em dia") the words after
// "with" qualify the credential before them.
const WITH_JOINT = /(?<!,)\s+(?:with|com|con)\s+(?=(?:an?|um|uma|un|una)\s)/gu
// ", with registration …", ", com registro …", ", con colegiatura …": after a comma, "with" opens a second thing held
// whatever its article; the comma closes the credential before it ("formado em X e Y, com registro ativo no Z").
const COMMA_WITH_JOINT = /,\s+(?:with|com|con)\s+/gu
// A comma between two items of a list: "o curso de vigilante com reciclagem em dia, ensino médio completo".
const COMMA_JOINT = /,\s+(?!(?:and|e|y|or|ou|o|u|with|com|con)\s)/gu
// A list whose last item holds "or" offers alternatives ("CS30, CS31 or CS38"): its commas join no separate asks.
const HOLDS_OR = /\s(?:or|ou|o|u)\s/u
// "…and without …", "… e sem …", "… y sin …": a second condition, stated by what the candidate must not have.
const NEGATION = /^(?:without|no|sem|sin|nao)\s+\p{L}{3,}/u
// Examples announced before the joint ("forms such as HO-3 and HO-5") illustrate one ask; a range ("between UTC-3
// and UTC-6", "de 8 a 10") is one span.
const ILLUSTRATES =
  /\b(?:e\.\s?g\.?|for example|for instance|such as|including|por exemplo|por ejemplo|tais como|tales como|incluindo|incluyendo|between|entre|from|desde)\s/u
// What a candidate holds or has done, beside which a record they must not have is a condition of its own.
const HELD_TYPES: ReadonlySet<RequirementType> = new Set([
  'certification',
  'degree',
  'experience',
  'logistics',
])
// A participle naming a person's standing ("NZ-registered", "certified", "colegiado"), not a document held.
const STANDING_WORD = /^\S*(?:ed|ad[oa]s?|id[oa]s?)$/u
// A phrase that only says a credential is current (folded): "in good standing", "valid", "em dia", "vigente", "al día".
const STATES_VALIDITY_ONLY =
  /^(?:(?:and|e|y|which is|que este|que esteja|que esta)\s+)?(?:(?:still|currently|always|all|fully|sempre|siempre)\s+)?(?:in good standing|current|valid|active|up to date|up-to-date|em dia|valid[oa]|vigente|ativ[oa]|activ[oa]|al dia|en vigor|en regla|regularizad[oa]|em vigor)[.;!]?$/u

/** The requirement type a phrase reads as alone. */
function typeOf(phrase: string, taxonomy: Taxonomy): RequirementType {
  const skillIds = [...new Set(findSkills(phrase, taxonomy).map((match) => match.skillId))]
  return classifyRequirement({ text: phrase, skillIds, minYears: readMinYears(phrase), taxonomy })
}

/** The phrase with any bracket taken out: examples or a gloss ("(NHA CPT, ASCP PBT or AMT RPT)") name no second ask. */
function withoutBrackets(phrase: string): string {
  return phrase.replace(/\([^()]*\)/gu, ' ')
}

/**
 * The codes a phrase names, in order, outside the taxonomy's skills: capitals with digits ("CS30", "NR-31") or a
 * body's capitals before a number ("BS 3998"). Each is given by its scheme, the letters before the number.
 */
function codesOf(phrase: string, taxonomy: Taxonomy): string[] {
  let rest = phrase
  // A code the taxonomy knows ("HTML5", "NR-35") is a skill, and a list of them is the skill grouper's to read.
  for (const match of findSkills(phrase, taxonomy))
    rest = `${rest.slice(0, match.start)}${' '.repeat(match.end - match.start)}${rest.slice(match.end)}`
  const tokens = rest.split(/[\s,;()]+/u).filter(Boolean)
  const schemes: string[] = []
  tokens.forEach((token, index) => {
    if (/^\p{Lu}{2,}[-/]?\d[\p{L}\d.]*$/u.test(token)) schemes.push(token.replace(/[-/]?\d.*$/u, ''))
    else if (/^\p{Lu}{2,}$/u.test(token) && /^\d[\d.]*[a-z]?$/u.test(tokens[index + 1] ?? ''))
      schemes.push(token)
  })
  return schemes
}

/**
 * True when a phrase names a credential by its class noun or says it is valid ("an accredited training program", "a
 * national certification", "registro ativo no conselho", "ensino médio completo"): something held and shown.
 */
function namesCredential(phrase: string, taxonomy: Taxonomy): boolean {
  const bare = withoutBrackets(phrase).trim()
  return bare.length > 0 && (statesCredential(bare, taxonomy) || namesDegree(bare))
}

/** True when a phrase is a thing of its own: a code, or two words or more once its article is set aside. */
function standsAlone(phrase: string): boolean {
  const words = normalizeText(withoutBrackets(phrase).trim())
    .replace(/^(?:(?:an?|the|um|uma|o|os|as|un|una|el|la|los|las)\s+)/u, '')
    .split(/\s+/u)
    .filter(Boolean)
  return words.length >= 2 || /\p{Lu}{2,}[-/]?\d/u.test(phrase)
}

/** The joints of a line that lie outside brackets, in order. */
function findJoints(line: string, taxonomy: Taxonomy): Joint[] {
  const found: Joint[] = []
  const collect = (joint: RegExp, by: Joint['by']) => {
    for (const match of line.matchAll(joint)) {
      const before = line.slice(0, match.index)
      const depth = (before.match(/\(/gu)?.length ?? 0) - (before.match(/\)/gu)?.length ?? 0)
      if (depth === 0) found.push({ at: match.index, skip: match[0].length, by })
    }
  }
  collect(AND_JOINT, 'and')
  collect(WITH_JOINT, 'with')
  collect(COMMA_WITH_JOINT, 'and')
  const commas = found.length
  collect(COMMA_JOINT, 'comma')
  const listed = found.slice(commas)
  const last = listed[listed.length - 1]
  // The commas are read here only in a list of credentials alone; a list that also asks years or a condition ("título
  // de bachiller, licencia vigente, 2 años de experiencia") is the list reader's, which sets its label aside.
  const items = listed.map((joint, index) => {
    const before = listed[index - 1]
    return line.slice(before ? before.at + before.skip : 0, joint.at)
  })
  if (
    last &&
    (HOLDS_OR.test(withoutBrackets(line.slice(last.at + last.skip))) ||
      ![...items, line.slice(last.at + last.skip)].every((item) => namesCredential(item, taxonomy)))
  )
    found.splice(commas)
  return found.sort((a, b) => a.at - b.at)
}

/** True when two phrases joined at a joint are two things the candidate holds, each to be asked apart. */
function joinsTwoHeld(left: string, right: string, joint: Joint, taxonomy: Taxonomy): boolean {
  if (!standsAlone(left) || !standsAlone(right) || ILLUSTRATES.test(normalizeText(left))) return false
  // Numbered units of one scheme ("CS30 and CS31", "NR-10 e NR-35" outside the taxonomy) are certificates each.
  const leftCodes = codesOf(withoutBrackets(left), taxonomy)
  const rightCodes = codesOf(withoutBrackets(right), taxonomy)
  if (joint.by !== 'with' && leftCodes.length > 0 && leftCodes[leftCodes.length - 1] === rightCodes[0])
    return true
  // "…, and no at-fault accidents", "… e sem infrações": a record not to have, beside a licence or years held.
  if (joint.by === 'and' && NEGATION.test(normalizeText(right.trim())))
    return HELD_TYPES.has(typeOf(left, taxonomy))
  // "…, in good standing", "…, em dia", "…, vigente": a state of validity alone names nothing held; it says the
  // credential before it is current.
  if (STATES_VALIDITY_ONLY.test(normalizeText(withoutBrackets(right)).trim())) return false
  if (!namesCredential(right, taxonomy)) return false
  // "A NZ-registered teacher with a current certificate" describes a person holding one thing; after "with" the
  // credential before it must be named by a noun, not by a participle of standing.
  if (joint.by === 'with') {
    const nouns = withoutBrackets(left)
      .split(/\s+/u)
      .filter((word) => !STANDING_WORD.test(normalizeText(word)))
      .join(' ')
    return namesCredential(nouns, taxonomy)
  }
  return namesCredential(left, taxonomy)
}

/**
 * Cuts a line where it joins two credentials ("CS30 and CS31", "an accredited training program and a national
 * certification (A, B or C)", "formação técnica em X e registro ativo no conselho", "pilot certificate with a current
 * medical", "curso de vigilante em dia, ensino médio completo"), or a licence or years and a record the candidate must
 * not have ("licencia B con dos años y sin multas graves"): each is held and checked on its own, so each is asked
 * apart. What only qualifies the credential before it ("with instrument rating", "com reciclagem em dia"), the fields
 * of a degree ("Degree in Nursing and Midwifery"), a lone word sharing the head after it ("CPR and First Aid
 * certificates"), alternatives ("CS30, CS31 or CS38") and whatever a bracket holds stay with their credential.
 */
export function splitJoinedCredentials(
  text: string,
  start: number,
  end: number,
  taxonomy: Taxonomy,
): AskSpan[] {
  const line = text.slice(start, end)
  const joints = findJoints(line, taxonomy)
  if (joints.length === 0) return [{ start, end }]
  const cuts: Joint[] = []
  let from = 0
  joints.forEach((joint, index) => {
    const next = joints[index + 1]?.at ?? line.length
    const left = line.slice(from, joint.at)
    const right = line.slice(joint.at + joint.skip, next)
    if (!joinsTwoHeld(left, right, joint, taxonomy)) return
    cuts.push(joint)
    from = joint.at + joint.skip
  })
  return cutIntoAsks(start, end, cuts, start)
}
