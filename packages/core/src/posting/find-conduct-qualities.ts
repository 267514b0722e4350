import { loadWordNet } from '../scoring/load-wordnet'
import { couldBeQuality } from './could-be-quality'
import { normalizeText } from './normalize-text'
import { isCharacterAdjective, namesQuality } from './reads-as-traits'

type Span = { from: number; to: number }
type Word = { text: string; at: number; end: number }

// Who a run of conduct is said of, before its first predicate: a person wanted and its relative ("We want someone who
// takes pride ...", "Buscamos alguien que disfrute ...", "uma pessoa que goste de ..."), or the reader ("You keep calm
// ..."). A closed class in each language; the imperative needs no subject and is told by its verb.
const PERSON_RELATIVE =
  /^(?:[\p{L}' ]{0,40}?\b)?(?:someone|somebody|a person|an individual|people|alguem|uma pessoa|pessoas|alguien|una persona|personas)\s+(?:who|that|que)\s+/u
const READER = /^(?:you|voce|tu|vos|usted)\s+/u
// What opens a further predicate of the same run: the subject again ("..., and you communicate", "and who keeps",
// "y que sepa"), read as a clause of its own.
const SUBJECT = /^(?:you|who|that|voce|tu|que|quien|quem)$/u
// Linking verbs: what follows says how the person is ("be professional", "stay reliable", "remain calm", "keep calm").
const LINKING =
  /^(?:be|is|are|am|stay|stays|remain|remains|keep|keeps|ser|seja|sejas|sea|seas|estar|esteja|este|estes|permanezca|permaneca|mantenha|mantenga|mantengas|manter|mantener)$/u
// Verbs that keep a thing in a state: the state is how the person works ("keep your station spotless", "mantenha o
// posto limpo e organizado").
const KEEPING =
  /^(?:keep|keeps|leave|leaves|mantenha|mantem|manter|mantenga|mantengas|mantiene|mantener|deje|deixe)$/u
// Light verbs whose object says the quality ("take pride in", "show patience", "have a passion for").
const LIGHT =
  /^(?:take|takes|show|shows|have|has|bring|brings|feel|feels|ter|tenha|tem|tener|tenga|tengas|tiene|sentir|sienta|sinta|demostrar|demonstrar|demuestre|demonstre)$/u
// Portuguese and Spanish verbs of liking: what one likes is an attitude, not a task ("que le guste aprender", "que
// goste de gente"). English ones are told by WordNet (verb.emotion).
const ROMANCE_LIKING =
  /^(?:guste|gusta|gusten|disfrute|disfrutes|disfruta|encante|encanta|apasione|apasiona|goste|gosta|curta|curte|ame|ama|adore|adora)$/u
// Clitics and reflexives before a Portuguese or Spanish verb ("que le guste", "que se comunique").
const CLITIC = /^(?:le|les|te|se|lhe|me|nos)$/u
// Adverbs of time, frequency, place and degree, also made with -ly / -mente: they say when or where the work is
// done ("travel regularly", "work remotely"), not how. A closed class in each language.
const NOT_MANNER =
  /^(?:regular|frequent|occasional|daily|weekly|monthly|yearly|usual|typical|previous|current|recent|ideal|preferable|primary|main|most|full|general|especial|particular|direct|remote|local|physical|final|initial|immediate|regularmente|frecuentemente|frequentemente|ocasionalmente|diariamente|semanalmente|mensualmente|mensalmente|actualmente|atualmente|preferentemente|preferencialmente|principalmente|remotamente|presencialmente|fisicamente|unicamente|solamente|somente|apenas)$/u
// Adjectives that state a capacity, a status or a credential rather than a character ("be able to lift", "be
// available weekends", "be fluent in Spanish", "be licensed"): what they say is asked elsewhere.
const NOT_CHARACTER =
  /^(?:able|unable|available|eligible|fluent|proficient|familiar|experienced|skilled|qualified|certified|licensed|registered|trained|required|ready|over|based|located|capaz|capable|disponivel|disponible|fluente|habilitado|habilitada|registrado|registrada|certificado|certificada|apto|apta)$/u

/** The words of a text, folded, with their offsets in it. */
function wordsOf(text: string): Word[] {
  const folded = normalizeText(text)
  // Accents fold one for one, so offsets hold; a text that folds otherwise is searched in lower case.
  const searched = folded.length === text.length ? folded : text.toLowerCase()
  return [...searched.matchAll(/[\p{L}][\p{L}'-]*/gu)].map((match) => ({
    text: match[0],
    at: match.index,
    end: match.index + match[0].length,
  }))
}

/** Whether an English word is an adverb of manner: an adjective with -ly ("clearly", "calmly") or "well". */
function isMannerAdverb(word: string): boolean {
  if (word === 'well' || word === 'bien' || word === 'bem') return true
  const wordNet = loadWordNet()
  if (/^\p{L}{3,}mente$/u.test(word)) return !NOT_MANNER.test(word)
  const base = /^(\p{L}{3,})ly$/u.exec(word)?.[1]
  if (base === undefined) return false
  const adjective = [base, base.replace(/i$/u, 'y'), `${base}e`, base.replace(/l$/u, 'le')].find((form) =>
    wordNet.isAdjective(form),
  )
  return adjective !== undefined && !NOT_MANNER.test(adjective)
}

/** Whether a word says how a person is: an adjective of English, or of character by its Portuguese or Spanish ending. */
function describes(word: string): boolean {
  if (NOT_CHARACTER.test(word)) return false
  return loadWordNet().isAdjective(word) || isCharacterAdjective(word)
}

/**
 * The English cognates of a Portuguese or Spanish noun of quality by its learned ending, for WordNet to read:
 * -idad / -idade as -ity (claridad: clarity), -ción / -ção as -tion (atención: attention), -ncia as -nce and -ncy
 * (tolerancia: tolerance), -ura as -ure (postura: posture). Most such nouns came into both languages from the same Latin word.
 */
function englishCognates(word: string): string[] {
  const forms: string[] = []
  const ity = /^(\p{L}{3,})idade?$/u.exec(word)?.[1]
  if (ity) forms.push(`${ity}ity`)
  const tion = /^(\p{L}{2,})(?:cion|cao)$/u.exec(word)?.[1]
  if (tion) forms.push(`${tion}tion`)
  const nce = /^(\p{L}{3,})ncia$/u.exec(word)?.[1]
  if (nce) forms.push(`${nce}nce`, `${nce}ncy`)
  const ure = /^(\p{L}{3,})ura$/u.exec(word)?.[1]
  if (ure) forms.push(`${ure}ure`)
  return forms
}

/**
 * Whether a word is a quality noun: a trait or feeling in WordNet, a Portuguese or Spanish noun of quality, or one
 * whose English cognate WordNet files as a trait, a feeling or an attribute ("claridad", "paciência").
 */
function namesQualityNoun(word: string): boolean {
  const wordNet = loadWordNet()
  if (namesQuality(word) || wordNet.isTraitWord(word) || wordNet.namesFeeling(word)) return true
  return englishCognates(word).some(
    (form) => wordNet.isTraitWord(form) || wordNet.namesFeeling(form) || wordNet.namesAttribute(form),
  )
}

// Words that grade or introduce what follows: "always", "a real pride", "muy", "great".
const GRADING =
  /^(?:a|an|the|always|really|truly|genuinely|very|highly|real|great|genuine|true|strong|o|a|um|uma|el|la|un|una|muy|muito|sempre|siempre|mucho|mucha|muita|gran|grande)$/u
// Where a predicate's own words end and a clause about when or why begins ("keep calm when a headliner doesn't show").
const SUBORDINATE =
  /^(?:when|if|while|whenever|even|because|as|since|cuando|quando|si|se|aunque|mesmo|incluso)$/u
// What may follow a predicate of conduct: a complement about whom or what it bears on ("with clients", "about your
// bookings", "under pressure"), not a direct object.
const PREPOSITION =
  /^(?:with|about|under|in|on|around|towards|toward|to|at|during|con|com|en|em|bajo|sob|ante|frente|hacia|para|sin|sem|no|na|al|ao|a)$/u

/**
 * Whether a predicate (its words, after any subject) says how the person works or is, and names no task: a linking
 * verb and an adjective ("be professional with clients", "stay reliable about your bookings", "keep calm when ..."),
 * a verb that keeps a thing in a state ("keep your station spotless", "keeps the shop safe and tidy"), a light verb
 * and a quality ("takes pride in tight joints", "shows patience with beginners"), a verb of feeling ("enjoys working
 * with people", "que le guste aprender"), or a verb and an adverb of manner with no object ("communicate clearly with
 * visiting crews", "trabaje ordenadamente", "se comunique con claridad").
 */
export function describesConduct(predicate: readonly string[]): boolean {
  return readConduct(predicate) !== null
}

/**
 * How a predicate says the person works or is: a state they are in or hold (linking verb, light verb with a quality,
 * verb of liking), a thing they keep in a state, or a manner of doing, or null when it names a task.
 */
function readConduct(predicate: readonly string[]): 'state' | 'kept' | 'manner' | null {
  const words = predicate.filter((word) => !CLITIC.test(word))
  let at = 0
  while (
    at < words.length - 1 &&
    /^(?:always|really|truly|genuinely|also|sempre|siempre|tambien)$/u.test(words[at] ?? '')
  )
    at++
  const verb = words[at] ?? ''
  const rest = words.slice(at + 1)
  if (rest.length === 0 || /\d/u.test(verb)) return null
  const wordNet = loadWordNet()
  // Linking verb and a state: the complement after it may only bear on someone or something, or say when.
  if (LINKING.test(verb)) {
    let next = 0
    while (next < rest.length - 1 && (GRADING.test(rest[next] ?? '') || /ly$/u.test(rest[next] ?? ''))) next++
    const state = rest[next] ?? ''
    const after = rest[next + 1]
    // "Keep calm" and "mantener la calma" hold a quality itself.
    if (namesQualityNoun(state) && !wordNet.isVerb(state) && KEEPING.test(verb)) return 'state'
    // A capacity is to or for something ("able to lift", "responsible for stock"); a participle with a preposition is
    // a passive ("based in Austin", "trained in CPR").
    const object = rest[next + 2] ?? ''
    if (after !== undefined && /^(?:for|of|by)$/u.test(after)) return null
    if (after === 'to' && wordNet.isVerb(object) && !wordNet.lemmas(object).some((lemma) => lemma !== object))
      return null
    if (after !== undefined && /ed$/u.test(state) && /^(?:in|at|on|by|with)$/u.test(after)) return null
    // A Portuguese or Spanish word WordNet does not hold may still have the shape of a quality ("amable").
    const romanceState =
      !NOT_CHARACTER.test(state) &&
      wordNet.lemmas(state).every((lemma) => !wordNet.isNoun(lemma)) &&
      !wordNet.isAdjective(state) &&
      couldBeQuality(state)
    if (
      (describes(state) || romanceState) &&
      (after === undefined ||
        PREPOSITION.test(after) ||
        SUBORDINATE.test(after) ||
        /^(?:and|e|y)$/u.test(after)) &&
      !bearsOnThing(rest.slice(next + 1))
    )
      return 'state'
  }
  // A thing kept in a state: a short noun phrase, then the states that close the predicate ("the shop safe and
  // tidy"), before any clause of when.
  if (KEEPING.test(verb)) {
    const end = rest.findIndex((word) => SUBORDINATE.test(word))
    const own = end < 0 ? rest : rest.slice(0, end)
    const closes = (from: number) =>
      describes(own[from] ?? '') &&
      own.slice(from).every((word) => describes(word) || /^(?:and|e|y|or|o|ou)$/u.test(word))
    const states = own.findIndex((_, index) => index > 0 && closes(index))
    if (states > 0 && states <= 4) return 'kept'
  }
  // A light verb whose object is a quality or a feeling: "take pride in", "show patience".
  // The quality is the head noun of the object, after the words that grade or describe it ("a calm manner"):
  // "have reliable internet" has a thing for its head.
  if (LIGHT.test(verb)) {
    let next = 0
    while (
      next < rest.length - 1 &&
      (GRADING.test(rest[next] ?? '') ||
        (wordNet.isAdjective(rest[next] ?? '') && !wordNet.isNoun(rest[next] ?? '')))
    )
      next++
    const quality = rest[next] ?? ''
    const noun =
      wordNet.lemmas(quality).some((lemma) => wordNet.isNoun(lemma)) || !wordNet.isAdjective(quality)
    if (noun && namesQualityNoun(quality)) return 'state'
  }
  // A verb of liking: "enjoys working with people", "que le guste aprender". What is liked is a doing (a gerund, an
  // infinitive) or a matter ("care about"), not a thing offered ("Enjoy a pension") nor someone cared for.
  const lemmas = wordNet.lemmas(verb).filter((lemma) => wordNet.isVerb(lemma))
  if (ROMANCE_LIKING.test(verb)) return 'state'
  if (
    lemmas.some((lemma) => wordNet.isFeelingVerb(lemma)) &&
    (/^\p{L}{3,}ing$/u.test(rest[0] ?? '') || /^(?:to|about|being)$/u.test(rest[0] ?? ''))
  )
    return 'state'
  // A verb and an adverb of manner, with no object between: how the work is done.
  const verbLike = lemmas.length > 0 || /^\p{L}{3,}(?:a|e|as|es|ar|er|ir|em|en|ue|ues)$/u.test(verb)
  // An adverb before an adjective or a noun grades the object ("resolve highly critical issues"), not the doing.
  const graded = rest[1] !== undefined && !PREPOSITION.test(rest[1]) && !SUBORDINATE.test(rest[1])
  if (
    verbLike &&
    !describes(verb) &&
    isMannerAdverb(rest[0] ?? '') &&
    !graded &&
    !bearsOnThing(rest.slice(1))
  )
    return 'manner'
  // After a short object, the adverb must name a character ("explain things patiently", "treat buyers honestly"):
  // "mixed live shows professionally" tells the work done, not a manner of the person.
  const adverb = rest.findIndex((word, index) => index > 0 && isMannerAdverb(word))
  const character = /^(\p{L}{3,})ly$/u.exec(rest[adverb] ?? '')?.[1] ?? ''
  if (
    verbLike &&
    !describes(verb) &&
    adverb > 0 &&
    adverb <= 3 &&
    [character, character.replace(/i$/u, 'y'), `${character}e`].some(
      (form) => wordNet.isTraitWord(form) || wordNet.namesFeeling(form),
    ) &&
    !bearsOnThing(rest.slice(0, adverb))
  )
    return 'manner'
  // "Se comunique con claridad", "trate a los clientes con paciencia", "handle the till with care": a manner named by
  // a quality noun that closes the predicate, after at most a short object.
  const manner = rest.findIndex((word) => /^(?:con|com|with)$/u.test(word))
  if (!verbLike || manner < 0 || manner > 4 || describes(verb)) return null
  const named = rest.slice(manner + 1).filter((word) => !GRADING.test(word))
  return named.length === 1 && namesQualityNoun(named[0] as string) ? 'manner' : null
}

/**
 * True when the complement of a predicate bears on a made thing ("confident on the forklift", "comfortable around
 * the espresso machine"): a tool is a skill asked, not a manner. Only the words before a clause of when are read.
 */
function bearsOnThing(complement: readonly string[]): boolean {
  const end = complement.findIndex((word) => SUBORDINATE.test(word))
  const wordNet = loadWordNet()
  return (end < 0 ? complement : complement.slice(0, end)).some(
    (word) =>
      word.length > 2 &&
      !PREPOSITION.test(word) &&
      wordNet
        .lemmas(word)
        .some(
          (lemma) => wordNet.isNoun(lemma) && wordNet.namesArtifact(lemma, 2) && !wordNet.isPerson(lemma, 1),
        ),
  )
}

/** The form of a verb that opens a predicate: third person ("takes"), or the bare form ("keep", "be"). */
function verbForm(word: string): 'third' | 'bare' | null {
  if (/^(?:is|has|does)$/u.test(word)) return 'third'
  if (/^(?:are|be|have|do)$/u.test(word)) return 'bare'
  const wordNet = loadWordNet()
  if (wordNet.isAdjective(word) && !LINKING.test(word)) return null
  if (wordNet.isVerb(word)) return 'bare'
  if (/s$/u.test(word) && wordNet.lemmas(word).some((lemma) => lemma !== word && wordNet.isVerb(lemma)))
    return 'third'
  return null
}

/**
 * The predicates of conduct a sentence asks of the person, as spans of it, or null when it asks none this way: after
 * a person wanted and its relative ("We want someone who takes pride in tight joints and clean edges and who keeps the
 * shop safe and tidy"), after the reader as subject ("You keep calm when ..., and you communicate clearly with visiting
 * crews"), or in the imperative after a short lead-in ("We care about how you treat people: be professional with
 * clients, stay reliable about your bookings and keep your station spotless"). A predicate goes on through "and" and
 * commas until the subject again or a verb of the same form opens the next one, so "tight joints and clean edges"
 * stays whole. Every predicate must say how the person works or is (`describesConduct`); a run with a task in it is
 * left to the other readers. `framed` tells whether a person, the reader or a lead-in frames the run: an imperative
 * alone may be cut from a sentence of duties ("…, build lasting relationships and be sensitive to client needs").
 */
export function findConductQualities(sentence: string): { predicates: Span[]; framed: boolean } | null {
  const trimmed = sentence.replace(/[\s.!;:]+$/u, '')
  const colon = /:\s+/u.exec(trimmed)
  // A short lead-in before a colon frames the run ("We care about how you treat people: ...").
  const from = colon && colon.index < 80 ? colon.index + colon[0].length : 0
  const folded = normalizeText(trimmed.slice(from))
  // A Portuguese or Spanish ask may open with the "que" of its subjunctive ("Que sea puntual y ...").
  const person = PERSON_RELATIVE.exec(folded) ?? /^que\s+/u.exec(folded)
  const reader = READER.exec(folded)
  const start = from + (person ? person[0].length : reader ? reader[0].length : 0)
  const words = wordsOf(trimmed).filter((word) => word.at >= start)
  const first = words[0]
  if (first === undefined) return null
  const romance = person !== null && /(?:^| )que\s+$/u.test(person[0])
  const wordNet = loadWordNet()
  // A Portuguese or Spanish infinitive asks as the imperative does ("Ter postura firme com visitantes", "Mantener el
  // puesto ordenado y tratar a los clientes con amabilidad").
  const isInfinitive = (word: string) =>
    /^\p{L}+(?:ar|er|ir)$/u.test(word) && !wordNet.isNoun(word) && !wordNet.isAdjective(word)
  const form = romance ? null : isInfinitive(first.text) ? 'infinitive' : verbForm(first.text)
  // With no subject, the run is in the imperative or the infinitive: its first word is a verb in the bare form.
  if (!person && !reader && form !== 'bare' && form !== 'infinitive') return null
  const spans: Span[] = []
  let open = start
  for (const [index, word] of words.entries()) {
    const previous = words[index - 1]
    if (previous === undefined || /^(?:and|e|y)$/u.test(word.text)) continue
    // A predicate opens only after a comma or a conjunction.
    const joinedByWord = /^(?:and|e|y)$/u.test(previous.text)
    const gapFrom = joinedByWord ? (words[index - 2]?.end ?? previous.at) : previous.end
    if (!joinedByWord && !/[,;]/u.test(trimmed.slice(gapFrom, word.at))) continue
    const opens =
      SUBJECT.test(word.text) ||
      (form !== null &&
        (form === 'infinitive' ? isInfinitive(word.text) : verbForm(word.text) === form) &&
        !describes(word.text) &&
        !PREPOSITION.test(word.text) &&
        // A plural noun after "and" ends a list of things ("joints and edges"); it opens no predicate.
        !(
          form === 'third' &&
          wordNet.isNoun(word.text.replace(/s$/u, '')) &&
          !wordNet.isVerb(word.text.replace(/s$/u, ''))
        ))
    if (!opens) continue
    // The predicate before ends at the joint, without the comma or the "and".
    const joint = joinedByWord ? previous.at : word.at
    spans.push({ from: open, to: trimmed.slice(0, joint).replace(/[\s,;]+$/u, '').length })
    open = SUBJECT.test(word.text) ? (words[index + 1]?.at ?? word.end) : word.at
  }
  spans.push({ from: open, to: trimmed.length })
  const predicates = spans.filter((span) => span.to > span.from)
  if (predicates.length === 0) return null
  const read = (span: Span) => wordsOf(trimmed.slice(span.from, span.to)).map((word) => word.text)
  // A capital past a predicate's first word, or a figure, names a tool, a body or a credential ("love Python").
  const namesThing = (span: Span) => /(?<!^)\b\p{Lu}|\p{N}/u.test(trimmed.slice(span.from, span.to).trim())
  // A comma inside a predicate lists more than one quality under its verb ("ser educado com o cliente, pontual e
  // cuidadoso"): the readers of lists of qualities cut it quality by quality.
  const listsMore = (span: Span) =>
    /[,;]/u.test(trimmed.slice(span.from, span.to)) && LINKING.test(read(span)[0] ?? '')
  // An imperative or an infinitive alone is how a duty is told too ("Work closely with sales", "Keep the stockroom
  // tidy"): without a person, the reader or a lead-in that frames it, only a state of the person is a quality ("Stay
  // calm under pressure", "Take pride in your work"), not a manner of doing nor a thing kept.
  const framed = person !== null || reader !== null || from > 0
  // A bare imperative closed by "!" exhorts the reader ("Stay alert!" before a fraud warning, "Stay tuned!"): no ask.
  if (!framed && /!\s*$/u.test(sentence)) return null
  const reads = (span: Span) => {
    const kind = readConduct(read(span))
    return kind !== null && (framed || kind === 'state')
  }
  if (!predicates.every((span) => !namesThing(span) && !listsMore(span) && reads(span))) return null
  // The copula only joins the quality to the person: "patient", "professional with clients" is what is asked.
  const withoutCopula = (span: Span): Span => {
    const copula = /^(?:be|is|are|am|ser|sea|seas|seja|sejas)\s+/iu.exec(trimmed.slice(span.from, span.to))
    return copula ? { from: span.from + copula[0].length, to: span.to } : span
  }
  return { predicates: predicates.map(withoutCopula), framed }
}
