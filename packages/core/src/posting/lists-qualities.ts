import { loadWordNet } from '../scoring/load-wordnet'
import { couldBeQuality } from './could-be-quality'
import { findClosingPredicate, findQualityLeadIn } from './find-quality-lead-in'
import { namesSelfQuality } from './names-self-quality'
import { normalizeText } from './normalize-text'
import { findPersonQualities, isCapacityNoun, isCharacterAdjective, namesQuality } from './reads-as-traits'
import { refersBack } from './refers-back'
import { readConditionSubject } from './split-condition-clauses'

// Words before a quality that do not name it: articles, grading and intensifying words, the preposition of a
// quality held ("com boa escuta", "with a calm manner", "muy responsable") and a verb of staying.
const LEADING_WORDS = new Set(
  (
    'a an the very highly really truly extremely genuinely always super ' +
    'o os as el la los las um uma un una muy muito bem bien sempre siempre bastante ' +
    'buen buena buenos buenas bom boa bons boas excelente excelentes gran grande grandes alta alto altas altos ' +
    'elevada elevado otima otimo optima optimo mucha mucho muita total plena pleno verdadera verdadeira ' +
    'com con with ' +
    // A verb of staying only carries the quality after it ("Stays calm and focused", "Remains patient").
    'stay stays staying remain remains remaining permanece permanecer'
  ).split(' '),
)
// Compounds that name a bent of mind whatever the first half is: "safety-minded", "detail-oriented", "self-driven".
const MINDED_COMPOUND = /^[\p{L}]+-(?:minded|oriented|driven|focused|motivated)$/u
// Possessives open a noun phrase that goes on a complement before it ("with pets and their owners").
const POSSESSIVE = /^(?:their|his|her|its|our|your|seus|suas|sus|nuestros|nuestras|nossos|nossas)$/u
// A preposition in the conjunct before: what follows a conjunction may be a second object of it.
const COMPLEMENT =
  /\s(?:with|for|to|of|in|on|about|com|con|para|por|de|del|da|do|dos|das|em|en|a|al|ao|aos|as)\s/u
const SEPARATOR = /\s*[,;]\s*(?:(?:and|e|y)\s+)?|\s+(?:and|e|y|&)\s+/gu
// A tail that only narrows or widens the quality before it ("…, especially with older clients", "sobretudo com
// crianças", "en especial con adultos mayores"): a focusing adverb before a preposition, told by its ending (-ly,
// -mente) where it has one, or one of the few focusing words of the three languages that have none.
const FOCUSING_TAIL =
  /^(?:(\p{L}{4,}(?:ly|mente))\s+(?:with|for|to|in|on|at|under|around|among|when|during|com|con|para|em|en|no|na|nos|nas|sob|bajo|entre|quando|cuando|durante|a|al|ao|aos|de)\s|(?:above all|in particular|sobretudo|sobre todo|em especial|en especial|acima de tudo)\b)/u
// An article that opens a noun phrase: "the public", "os pais", "las familias".
const ARTICLE = /^(?:the|a|an|o|a|os|as|el|la|los|las|um|uma|un|una)$/u
// A clause that goes on describing the person: "and you take pride in …", "who keeps …", "que goste de …".
const PERSON_CLAUSE = /^(?:you|who|que|quien|voce|tu)\s/u

/** The folded words of a conjunct after the words that only grade or introduce its quality. */
function contentWords(conjunct: string): string[] {
  const words = normalizeText(conjunct)
    .replace(/[^\p{L}\s'-]+/gu, ' ')
    .split(/\s+/u)
    .filter((word) => word.length > 0)
  let at = 0
  while (at < words.length - 1 && LEADING_WORDS.has(words[at] ?? '')) at++
  return words.slice(at)
}

/**
 * Whether a folded word names a quality of a person for certain: in Portuguese or Spanish a noun of quality or an
 * adjective of character by its ending; in English a trait or a feeling in WordNet ("patient", "composure",
 * "confident", "unflappable") or a compound of a bent of mind ("safety-minded").
 */
function namesQualityWord(word: string): boolean {
  const wordNet = loadWordNet()
  const forms = [word, ...wordNet.lemmas(word)]
  if (namesQuality(word) || namesSelfQuality(word)) return true
  // Endings of Portuguese and Spanish adjectives that English words share ("manual", "visual") are read in English;
  // participles ("atualizado", "concluido") name a state as often as a character, so they are not certain.
  if (
    isCharacterAdjective(word) &&
    !/(?:ad|id)[oa]$/u.test(word) &&
    !wordNet.isAdjective(word) &&
    !wordNet.isNoun(word)
  )
    return true
  if (MINDED_COMPOUND.test(word)) return true
  return forms.some((form) => wordNet.isTraitWord(form) || wordNet.namesFeeling(form))
}

// Adverbs that WordNet also knows as adjectives of character ("just", "fair"): before a quality they only narrow it,
// and a conjunct that opens with a negation contrasts rather than adds ("not just with stakeholders").
const NOT_A_HEAD = new Set('not just only also even still more less most nao no ni nem'.split(' '))

/**
 * Whether a conjunct is a quality for certain: its head names one. A capacity
 * ("capacidad para vender") is not: it may introduce a skill.
 */
function opensWithQuality(conjunct: string): boolean {
  const words = contentWords(conjunct)
  // A capacity for a quality is that quality ("capacidad de organización"); for anything else it may be a skill.
  if (isCapacityNoun(words[0] ?? '') && /^(?:de|del|da|do|para)$/u.test(words[1] ?? ''))
    return words.slice(2, 4).some((word) => namesQuality(word))
  if (words.length === 0 || NOT_A_HEAD.has(words[0] ?? '') || isCapacityNoun(words[0] ?? '')) return false
  if (PERSON_CLAUSE.test(`${words.join(' ')} `)) return words.slice(1, 5).some(namesQualityWord)
  // The head names the quality: an adjective after a noun describes the noun ("escrita criativa" is a skill).
  const [head = '', next] = words
  if (!namesQualityWord(head)) return false
  return namesQuality(head) || next === undefined || !modifiesThing(next)
}

/**
 * True when an English word after a quality word is the thing it modifies ("patient records", "satisfaction
 * surveys"), not a manner or a disposition ("calm approach", "positive attitude") nor a preposition ("calm under").
 */
function modifiesThing(next: string): boolean {
  const wordNet = loadWordNet()
  if (next.length < 3 || wordNet.isAdjective(next)) return false
  const nouns = wordNet.lemmas(next).filter((lemma) => wordNet.isNoun(lemma))
  return nouns.length > 0 && !nouns.some((lemma) => wordNet.isFrameNoun(lemma))
}

/**
 * True when a comma or "and" joins a lone adjective to the adjective and noun after it ("Friendly, patient manner",
 * "A curious, driven mindset", "Warm and courteous phone voice"): both describe the one noun, so the phrase is one
 * quality.
 */
function sharesNoun(before: string, separator: string, after: string): boolean {
  if (!/^(?:,|and|e|y)$/u.test(separator.trim())) return false
  const lone = normalizeText(before).trim().split(/\s+/u)
  if (lone.length > 2 || (lone.length === 2 && !/^(?:an?|the)$/u.test(lone[0] ?? ''))) return false
  const [adjective, noun, next] = normalizeText(after).trim().split(/\s+/u)
  if (adjective === undefined || noun === undefined) return false
  // "comfortable dealing with parents": a gerund that takes a complement is a verb the adjective governs, no noun
  // the adjective before the joint could share.
  if (/ing$/u.test(noun) && next !== undefined && /^(?:with|in|on|at|for|to|under|around|among)$/u.test(next))
    return false
  const wordNet = loadWordNet()
  const describes = (word: string) => wordNet.isAdjective(word) || MINDED_COMPOUND.test(word)
  return (
    describes(lone.at(-1) ?? '') &&
    describes(adjective) &&
    wordNet.lemmas(noun).some((lemma) => wordNet.isNoun(lemma))
  )
}

/**
 * True when a conjunct cannot be a quality of its own and goes on the complement of the one before ("with clients
 * and vendors", "para orientar alunos e professores"): a bare plural noun or a possessive's noun phrase, which names
 * who or what the quality bears on.
 */
export function continuesComplement(conjunct: string, before: string, listing = false): boolean {
  // "make conservative calls and defend them", "log complaints and resolve them": a verb whose object points back
  // by a pronoun acts on what the conjunct before names, so it is part of that ask.
  if (refersBack(conjunct)) return true
  // "…, especially with older clients": a focusing tail has no head of its own and narrows the quality before it.
  const focusing = FOCUSING_TAIL.exec(normalizeText(conjunct).trim())
  if (focusing && (focusing[1] === undefined || !loadWordNet().isAdjective(focusing[1]))) return true
  // A contrast narrows the quality before it ("patient, not just with the easy customers").
  if (
    /^(?:not (?:just|only|merely)|nao (?:so|apenas)|no (?:solo|solamente))\s/u.test(
      normalizeText(conjunct).trim(),
    )
  )
    return true
  // A second infinitive of the same head ("willingness to learn and to be coached").
  if (
    /^(?:to|para)\s/u.test(normalizeText(conjunct).trim()) &&
    /\s(?:to|para)\s/u.test(` ${normalizeText(before)} `)
  )
    return true
  if (!COMPLEMENT.test(` ${normalizeText(before)} `)) return false
  const words = normalizeText(conjunct)
    .replace(/[^\p{L}\s'-]+/gu, ' ')
    .trim()
    .split(/\s+/u)
  const first = words[0] ?? ''
  if (POSSESSIVE.test(first)) return true
  if (words.length === 1 && !first.endsWith('s') && namesCollective(first, before)) return true
  if (words.length === 1 && namesSecondMeans(first, before)) return true
  // "dealing with parents, coaches and the public": once the complement lists objects, its closing noun phrase opened
  // by an article is one more of them, unless it names a quality ("…, and a positive attitude").
  if (listing && ARTICLE.test(first) && words.length <= 3 && !words.slice(1).some(namesQualityWord)) {
    const wordNet = loadWordNet()
    const head = words[words.length - 1] ?? ''
    if (!wordNet.isAdjective(head) || wordNet.lemmas(head).some((lemma) => wordNet.isNoun(lemma))) return true
  }
  if (words.length > 2 || !first.endsWith('s') || namesQualityWord(first)) return false
  // One bare plural word ends the complement's list ("managers and tenants"); it is too short to be a quality.
  if (words.length === 1) return true
  const wordNet = loadWordNet()
  // A verb ("says no with reasons", "writes clearly") or an adjective opens a quality of its own.
  return !wordNet.lemmas(first).some((lemma) => wordNet.isVerb(lemma)) && !wordNet.isAdjective(first)
}

// A preposition of means or channel followed by one bare noun ("por radio", "by phone", "via e-mail").
const BARE_MEANS = /\s(?:by|via|over|por|pelo|pela|via)\s+[\p{L}-]+\s*$/u
// Endings of Portuguese and Spanish nouns of quality ("puntualidad", "organización", "comprometimento").
const QUALITY_NOUN_END = /(?:dade|dad|cao|cion|ncia|eza|ismo|mento|tud|azgo|ity|ness|ion|ance|ence)$/u

/**
 * True when a lone word after a bare means names a second means of the same quality ("comunicación por radio y
 * teléfono", "reachable by phone and e-mail"): one word, no quality of its own, no adjective, no noun of quality by its
 * ending, so it cannot stand as a quality.
 */
function namesSecondMeans(word: string, before: string): boolean {
  if (!BARE_MEANS.test(` ${normalizeText(before).trim()}`)) return false
  if (namesQualityWord(word) || QUALITY_NOUN_END.test(word)) return false
  return !loadWordNet().isAdjective(word)
}

/**
 * True when a lone word after a complement that ends in a plural names one more party of it, written as a group
 * takes no plural ("with tenants and staff", "with parents and family"): a noun or a word no dictionary holds, that
 * names no quality and describes nothing.
 */
function namesCollective(word: string, before: string): boolean {
  const last = normalizeText(before).match(/\p{L}+$/u)?.[0] ?? ''
  if (last.length < 4 || !last.endsWith('s') || namesQualityWord(word)) return false
  const wordNet = loadWordNet()
  const lemmas = wordNet.lemmas(word)
  if (wordNet.isAdjective(word)) return false
  if (lemmas.some((lemma) => wordNet.isNoun(lemma))) return true
  // A word English does not hold, with no ending of a Portuguese or Spanish adjective ("whānau", a loanword).
  return (
    !lemmas.some((lemma) => wordNet.isVerb(lemma)) &&
    !/(?:[oa]s?|vel|ble|al|il|ente|ante|or|ora|ez|iz)$/u.test(word)
  )
}

/**
 * The conjuncts of a line of qualities, as offsets into it: cut at commas, semicolons and "and" / "e" / "y", with a
 * conjunct that only continues the complement before it kept with that one ("communication with clients and vendors").
 */
export function splitQualities(text: string): Array<{ from: number; to: number }> {
  const pieces: Array<{ from: number; to: number }> = []
  let start = 0
  for (const separator of text.matchAll(SEPARATOR)) {
    // An aside in brackets ("a booking tool (we use X, but Y is fine)") belongs to the quality it follows.
    const opened = text.slice(start, separator.index)
    if ((opened.match(/\(/gu) ?? []).length > (opened.match(/\)/gu) ?? []).length) continue
    const after = text.slice(separator.index + separator[0].length).split(SEPARATOR)[0] ?? ''
    if (sharesNoun(text.slice(start, separator.index), separator[0], after)) continue
    // Two days or times joined ("a correria das sextas e sábados") are one phrase of the quality, not two qualities.
    const wordBefore = normalizeText(/\p{L}+$/u.exec(text.slice(0, separator.index))?.[0] ?? '')
    const wordAfter = normalizeText(/^\p{L}+/u.exec(after)?.[0] ?? '')
    if (readConditionSubject(wordBefore) === 'time' && readConditionSubject(wordAfter) === 'time') continue
    pieces.push({ from: start, to: separator.index })
    start = separator.index + separator[0].length
  }
  pieces.push({ from: start, to: text.length })
  const kept = pieces.filter((piece) => /\p{L}/u.test(text.slice(piece.from, piece.to)))
  // Read from the first conjunct on, so that a complement's list of objects ("with parents, coaches and the public")
  // grows one object at a time inside its quality and is never taken for the list of qualities itself.
  const merged: Array<{ from: number; to: number; listing?: true }> = []
  for (const piece of kept) {
    const previous = merged[merged.length - 1]
    if (
      previous !== undefined &&
      continuesComplement(
        text.slice(piece.from, piece.to),
        text.slice(previous.from, previous.to),
        previous.listing === true,
      )
    )
      merged.splice(-1, 1, { from: previous.from, to: piece.to, listing: true })
    else merged.push(piece)
  }
  return merged.map(({ from, to }) => ({ from, to }))
}

/**
 * Where a line that lists qualities begins ("Warm, organised and unflappable when plans change", "Paciência, carinho e
 * muita responsabilidade", "Calm under pressure and coachable"), or null when it lists none. Each conjunct is short
 * and holds no figure, and at least half of them name a quality for certain (a trait or feeling in WordNet, a noun of
 * quality, an adjective of character): a list is of one kind, so the others ("coachable", "carinho") are qualities
 * too, with no list of them needed. A lead-in before a colon ("Gostar de gente: paciência e didática") is skipped;
 * what follows a colon after the qualities elaborates them.
 */
export function findQualityList(text: string): number | null {
  const lead = /^[^\p{L}]*/u.exec(text)?.[0].length ?? 0
  const colon = /:\s+/u.exec(text)
  if (colon && listsQualities(text.slice(lead, colon.index))) return lead
  if (colon && colon.index - lead < 40) {
    const after = colon.index + colon[0].length
    if (listsQualities(text.slice(after))) return after
  }
  // A run framed by a short lead-in ("Above all we need compassion, discretion and ...", "É importante ser discreto,
  // educado e ..."): after a copula the words describe the person, so no quality need be certain. The frame is read
  // first, so that it is not taken for part of the first quality.
  const framed = colon ? null : findQualityLeadIn(text)
  if (framed && listsQualities(text.slice(framed.at), framed.copula)) return framed.at
  if (!colon && listsQualities(text.slice(lead))) return lead
  return null
}

function listsQualities(text: string, describesPerson = false): boolean {
  const whole = text.replace(/[^\p{L})]+$/u, '')
  const trimmed = whole.slice(0, findClosingPredicate(whole))
  const conjuncts = splitQualities(trimmed).map((piece) => trimmed.slice(piece.from, piece.to).trim())
  if (conjuncts.length < 2) return false
  if (conjuncts.some((conjunct) => /\d/u.test(conjunct) || conjunct.split(/\s+/u).length > 8)) return false
  if (
    describesPerson &&
    conjuncts.every((conjunct) => opensWithQuality(conjunct) || couldBeQuality(conjunct))
  )
    return true
  const certain = conjuncts.filter(opensWithQuality).length
  if (certain > 0 && 2 * certain >= conjuncts.length) return true
  // Fewer certain than the others ("Responsabilidade, capricho e zelo com o material"): the list is still of
  // qualities when every other conjunct has the shape of one, naming no thing, task or tool.
  if (certain > 0 && conjuncts.every((conjunct) => opensWithQuality(conjunct) || couldBeQuality(conjunct)))
    return true
  // "Calm, organised and punctual", "commercially astute, organised": English adjectives alone, each a quality or
  // a word WordNet holds only as an adjective, describe the person though WordNet files few of them as traits.
  return conjuncts.every((conjunct) => opensWithQuality(conjunct) || isBareAdjective(conjunct))
}

/** True when an English conjunct is one adjective that names no thing ("punctual"), maybe after a copula or adverb. */
function isBareAdjective(conjunct: string): boolean {
  const words = contentWords(conjunct).filter((word) => !/^(?:is|are|be)$/u.test(word))
  const adjective = words.filter((word) => !/\p{L}{3,}ly$/u.test(word))
  if (adjective.length !== 1 || words.length > 2) return false
  const word = adjective[0] as string
  const wordNet = loadWordNet()
  return wordNet.isAdjective(word) && !wordNet.lemmas(word).some((lemma) => wordNet.isNoun(lemma))
}

/**
 * The lead-in before a colon when it states a disposition itself ("Gostar de gente: paciência e ...", "Saber escuchar:
 * ..."): a verb in the infinitive, where a label of the list ("Perfil:", "Soft skills:") is a noun. Null otherwise.
 */
export function readDispositionLeadIn(before: string): string | null {
  const leadIn = before
    .replace(/:\s*$/u, '')
    .replace(/^[^\p{L}]+/u, '')
    .trim()
  const words = normalizeText(leadIn).split(/\s+/u)
  if (words.length < 2 || words.length > 5) return null
  return /^\p{L}{2,}(?:ar|er|ir)$/u.test(words[0] ?? '') ? leadIn : null
}

/** True when one of a conjunct's first words names a quality ("the firmness to say no", "saber mantener la calma"). */
export function namesQualityEarly(conjunct: string): boolean {
  const words = contentWords(conjunct)
  if (NOT_A_HEAD.has(words[0] ?? '')) return false
  return isCapacityNoun(words[0] ?? '') || words.slice(0, 4).some(namesQualityWord)
}

// What may follow a quality's head in a list beside skills: nothing, or a complement ("orientación al logro").
const OPENS_COMPLEMENT = /^(?:with|for|to|of|in|under|com|con|para|por|de|del|da|do|em|en|a|al|ao|sob|bajo)$/u

/**
 * The conjuncts of a list line that name no skill and are qualities by their head ("Excelente atención al cliente,
 * honestidad y buena presencia": "honestidad", "buena presencia"), in the posting's words. A quality word that
 * modifies a noun ("patient scheduling") is not a quality asked for, so the head must stand alone or take a
 * complement. Nothing when the line is not a list.
 */
export function findQualitiesBesideSkills(
  sentence: string,
  namesSkill: (at: { from: number; to: number }) => boolean,
): string[] {
  const whole = sentence.replace(/[^\p{L})]+$/u, '')
  const person = findPersonQualities(whole)
  // A line that describes the person ("Persona honesta, con criterio y buena negociación") lists qualities after its
  // person word: there any conjunct of a quality's shape is one, as in a list of qualities alone.
  const described =
    person !== null &&
    describesWithQualities(whole.slice(person), (at) =>
      namesSkill({ from: at.from + person, to: at.to + person }),
    )
  // "Lo que más miramos: simpatía, calma y …", "What we value: patience and …": a lead-in before a colon names what
  // the list is, so the first quality starts after it rather than being read glued to the lead-in's words.
  const colon = /:\s+/u.exec(whole)
  const afterColon = colon ? colon.index + colon[0].length : 0
  const leadIn = !described && colon !== null && splitQualities(whole.slice(afterColon)).length >= 2
  const from = described ? person : leadIn ? afterColon : 0
  const trimmed = whole.slice(from)
  const pieces = splitQualities(trimmed)
  if (pieces.length < 2) return []
  return pieces
    .filter((piece) => !namesSkill({ from: piece.from + from, to: piece.to + from }))
    .map((piece) => trimmed.slice(piece.from, piece.to).trim())
    .filter((conjunct) => {
      const words = contentWords(conjunct)
      if (words.length === 0 || words.length > 6 || /\d/u.test(conjunct)) return false
      if (described && couldBeQuality(conjunct)) return true
      const [head, next] = words
      return (
        !NOT_A_HEAD.has(head ?? '') &&
        namesQualityWord(head ?? '') &&
        (next === undefined || OPENS_COMPLEMENT.test(next))
      )
    })
}

/**
 * True when a quality follows the person word ("Persona honesta, ..."), not a role or a task ("uma pessoa Analista de
 * BI para ..."): only then does the line describe the person.
 */
function describesWithQualities(
  qualities: string,
  namesSkill: (at: { from: number; to: number }) => boolean,
): boolean {
  const first = splitQualities(qualities)[0]
  return first !== undefined && !namesSkill(first) && couldBeQuality(qualities.slice(first.from, first.to))
}

/**
 * True when a line opens with a noun of character as its subject or its whole ("Kindness matters most here",
 * "Integrity, above all"): WordNet files the noun under its traits, and it is not the modifier of a thing
 * ("reliability engineering").
 */
export function opensWithTraitNoun(text: string): boolean {
  const words = normalizeText(text)
    .replace(/[^\p{L}\s'-]+/gu, ' ')
    .trim()
    .split(/\s+/u)
  const at = /^(?:an?|the)$/u.test(words[0] ?? '') ? 1 : 0
  const head = words[at] ?? ''
  const next = words[at + 1]
  const wordNet = loadWordNet()
  if (head.length < 4 || wordNet.isAdjective(head) || !wordNet.isNoun(head) || !wordNet.isTraitWord(head))
    return false
  if (next === undefined || !modifiesThing(next)) return true
  // A verb in the third person after it is the predicate ("Kindness matters"), not a noun it modifies.
  return next.endsWith('s') && wordNet.lemmas(next).some((lemma) => wordNet.isVerb(lemma) && lemma !== next)
}
