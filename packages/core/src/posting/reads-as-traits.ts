import { loadWordNet } from '../scoring/load-wordnet'
import { normalizeText } from './normalize-text'

// Function words carry no meaning of their own: "on time", "a friendly and patient manner".
const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'as',
  'be',
  'is',
  'are',
  'you',
  'your',
  'we',
  'our',
  'who',
  'very',
  'highly',
])

/**
 * True when a requirement line is mostly qualities of character ("Friendly, patient manner", "reliable, on time,
 * tidy work"): at least one content word is a trait in WordNet (`isTraitWord`), and such words make up at least half
 * of the content words. A general test in place of a list of adjectives, which would always miss the next posting's
 * ("courteous", "dependable", "even-tempered"). English only: WordNet has no Portuguese or Spanish.
 */
export function readsAsTraits(text: string): boolean {
  // An acronym names a product or a body ("Square POS", "Fair Work Act"): the line is about that thing.
  if (/(?<!\p{L})\p{Lu}{2,}(?!\p{L})/u.test(text)) return false
  const words = normalizeText(text)
    .split(/[^a-z]+/u)
    .filter((word) => word.length > 1 && !FUNCTION_WORDS.has(word))
  if (words.length === 0) return false
  const wordNet = loadWordNet()
  let traits = 0
  for (const word of words) {
    const forms = [word, ...wordNet.lemmas(word)]
    if (forms.some((form) => wordNet.isTraitWord(form))) traits++
  }
  return traits > 0 && 2 * traits >= words.length
}

// Who a posting describes when it asks for a kind of person (after any verb in the first person plural, the
// employer speaking: "Ocupamos una persona ...", "Requerimos alguien ..."): an indefinite person word ("someone", "alguém",
// "una persona"), or the reader addressed with a copula ("you are", "você é", "eres"). A closed class in each language.
// What follows a person word is a quality of that person unless it is a function word that opens a clause or a
// complement instead ("someone who has", "alguien con experiencia", "pessoa para atuar"). A relative with a copula
// ("someone who is calm", "people who are patient") or with a verb of conduct in the present ("someone who stays calm")
// still describes the person; one of having ("someone who has run a kitchen") asks for a past.
const PERSON_FRAME =
  /^(?:(?:we(?:'re| are)?|i'm|i am)\s+)?(?:(?:also|still|really|especially|tambem|tambien)\s+)?(?:(?:looking for|look for|seeking|seek|searching for|want|need|hiring|hire|value|buscamos|procuramos|queremos|necesitamos|precisamos de|esperamos|valorizamos|valoramos|contratamos|buscamos a|procuramos por|ser|be|[a-z]{3,}[aei]mos(?: a| de| por)?)\s+)?(?:(?:someone|somebody|a person|an individual|alguem|uma pessoa|pessoa|alguien|una persona|persona)(?:\s+(?:who|that|que)\s+(?:is|are|seja|sea|es|e)|\s+who(?=\s+(?!(?:has|was|does|is)\b)[a-z]+s\b))?|(?:people|pessoas|personas|gente)\s+(?:who|that|que)\s+(?:are|sejam|sean|son)|(?:you are|you're|voce e|eres|sos|seas|sejas)|(?<future>you(?:'ll| will) be|voce sera|seras))\s+/u
const OPENS_CLAUSE = new Set(
  (
    'who that which whose with to for in of at as on from and or a an the who will can able ' +
    'que com para de do da em no na e ou o um uma capaz ' +
    'que con para de del en el la y o un una capaz quien'
  ).split(' '),
)

// After the reader's future, a word with the shape of a verb form, or one that takes a complement, tells the work.
const NOT_A_QUALITY_AFTER_FUTURE =
  /^\p{L}+(?:ing|ed|ado|ada|ido|ida|ando|endo|indo)\b|^\p{L}+\s+(?:for|to|of|with|in|on|at|por|para|de|com|con|em|en)\b/u

/** True when what follows "you'll be" / "você será" / "serás" is a bare quality of the person. */
function describesByFuture(rest: string): boolean {
  return !NOT_A_QUALITY_AFTER_FUTURE.test(rest)
}

/**
 * Where the qualities begin when a line describes the person wanted ("Someone dependable who ...", "Alguém proativo e
 * organizado", "Buscamos una persona ordenada y discreta", "You are curious, you listen ..."), or null when it does
 * not. Structure, not vocabulary: any adjective after the person word counts, so it holds for qualities no list names.
 */
export function findPersonQualities(text: string): number | null {
  const folded = normalizeText(text).replace(/^[^\p{L}]+/u, '')
  const lead = normalizeText(text).length - folded.length
  const frame = PERSON_FRAME.exec(folded)
  if (!frame) {
    // The person may be described after a lead-in: "We care about how you work: we want someone who is calm ...".
    const colon = /:\s+/u.exec(text)
    if (!colon) return null
    const after = findPersonQualities(text.slice(colon.index + colon[0].length))
    return after === null ? null : colon.index + colon[0].length + after
  }
  const next = /^[\p{L}'-]+/u.exec(folded.slice(frame[0].length))?.[0]
  if (next === undefined || OPENS_CLAUSE.has(next)) return null
  // The reader's future describes the person only with a bare quality ("You'll be calm and tidy"); with a verb form
  // ("You'll be working nights", "você será treinado") or a complement ("You'll be responsible for stock") it tells
  // the work instead.
  if (frame.groups?.future !== undefined && !describesByFuture(folded.slice(frame[0].length))) return null
  return lead + frame[0].length
}

// Endings of Portuguese and Spanish adjectives of character, in both genders: -oso/-osa (cuidadoso, curiosa),
// -ivo/-iva (proativo, creativa), -ável/-ível and -able/-ible (responsável, amable, flexible), -ente (paciente),
// -ado/-ada and -ido/-ida (organizado, dedicada, decidido), -ual (pontual, puntual). WordNet has no Portuguese or
// Spanish, so morphology stands in for it. -ico and -dor are left out: they end as many fields and job titles
// ("Física", "Vendedor") as qualities; after a person word ("alguém ético") any adjective counts anyway.
const CHARACTER_ADJECTIVE = /^\p{L}{3,}(?:os[oa]|iv[oa]|avel|ivel|able|ible|ente|ad[oa]|id[oa]|ual)$/u
// Words with those endings that rate a level, a state or a field, not a person: "avançado", "ativo", "técnico".
const NOT_CHARACTER = new Set(
  (
    'avancado avanzado intermediario basico basica tecnico tecnica ativo activo ativa activa valido valida ' +
    'completo completa graduado graduada titulado titulada certificado certificada registrado registrada ' +
    'colegiado colegiada habilitado habilitada vigente fluente nativo nativa desejavel deseable disponivel ' +
    'disponible superior medio media'
  ).split(' '),
)

/**
 * True when a Portuguese or Spanish line is a list of two or more single adjectives of character ("Proativo,
 * organizado e comunicativo", "Responsable y puntual"): each conjunct one word with an ending of such adjectives.
 */
export function listsCharacterAdjectives(text: string): boolean {
  const conjuncts = normalizeText(text)
    .replace(/[.!;:]+\s*$/u, '')
    .replace(/^[^\p{L}]+/u, '')
    .split(/\s*,\s*|\s+(?:e|y)\s+/u)
  if (conjuncts.length < 2) return false
  return conjuncts.every((conjunct) => CHARACTER_ADJECTIVE.test(conjunct) && !NOT_CHARACTER.has(conjunct))
}

// Portuguese and Spanish nouns of quality, told by derivation from an adjective of character: "-bilidad(e)" from
// "-ble" (responsabilidad ← responsable), "-ividad(e)" from "-ivo" (proactividad ← proactivo), "-osidad(e)" from
// "-oso" (curiosidad ← curioso), "-ualidad(e)" from "-ual" (puntualidad ← puntual). The adjective must pass the same
// test as a listed adjective, so "disponibilidad" (disponible, a state) is no quality.
const DERIVED_QUALITY: ReadonlyArray<readonly [RegExp, string]> = [
  [/bilidad(?:e)?$/u, 'ble'],
  [/ividad(?:e)?$/u, 'ivo'],
  [/osidad(?:e)?$/u, 'oso'],
  [/ualidad(?:e)?$/u, 'ual'],
]
// Nouns of quality that no adjective ending gives away: the -ción/-ção of an attitude (organización, atención,
// dedicación), the -ez/-eza/-tud/-ura/-ía of a manner (rapidez, gentileza, actitud, compostura, empatía), and plain
// nouns of conduct (orden, calma, sigilo, trato). A small closed class: most nouns with those endings name fields or
// tasks ("programación", "limpieza", "cultura", "auditoría"), so the ending alone cannot tell. Nouns of how one comes
// across, attends and relates to others (presencia, imagen, escucha, relacionamento) and of a bent towards an end
// (orientación al cliente) belong to the same class.
const QUALITY_NOUNS = new Set(
  (
    'organizacion organizacao atencion atencao dedicacion dedicacao motivacion motivacao disposicion disposicao ' +
    'predisposicion predisposicao concentracion concentracao discrecion discricao automotivacion automotivacao ' +
    'rapidez agilidade agilidad honradez sensatez madurez maturidade gentileza amabilidade amabilidad firmeza ' +
    'delicadeza presteza destreza actitud atitude aptitud pulcritud prontitud rectitud compostura cordura soltura ' +
    'empatia cortesia simpatia alegria energia ousadia osadia autonomia honestidad honestidade humildad humildade ' +
    'seriedad seriedade lealtad lealdade sinceridad sinceridade cordialidad cordialidade orden ordem calma sigilo ' +
    'trato relacionamento relacionamiento presencia presenca imagen imagem escucha escuta orientacion orientacao paciencia tolerancia perseverancia constancia puntualidad pontualidade tacto tato ' +
    'respeto respeito confianza confianca etica iniciativa compromiso compromisso comprometimento disciplina ' +
    // Character named with the adjective that says which: "carácter responsable", "caráter firme".
    'caracter carater temperamento'
  ).split(' '),
)
// Heads that name a capacity ("capacidad para mantener la calma", "facilidade de relacionamento"): a quality beside
// other qualities, but alone they may introduce a skill ("capacidad para operar grúas").
const CAPACITY_NOUNS = new Set(
  'capacidad capacidade habilidad habilidade facilidad facilidade disposicion disposicao vocacion vocacao'.split(
    ' ',
  ),
)
// Words that grade a quality rather than name one: "buena predisposición", "excelente trato", "alta capacidad".
const GRADING_WORDS = new Set(
  (
    'buen buena buenos buenas bom boa bons boas excelente excelentes gran grande grandes alta alto altas altos ' +
    'elevada elevado otima otimo optima optimo mucha mucho muita muito total plena pleno verdadera verdadeira'
  ).split(' '),
)
// "Sentido de la responsabilidad", "senso de organização": a sense of a quality is that quality.
const SENSE_OF = /^(?:senso|sentido) (?:de|del|da|do) (?:(?:la|el|a|o) )?/u
const COMPLEMENT =
  /^(?:a|al|a los|a las|ao|aos|as|de|del|da|do|dos|das|con|com|para|en|em|no|na|por|hacia|ante|sob|bajo)$/u

/** Whether a noun (folded) names a quality: by derivation from an adjective of character, or in the closed class. */
export function namesQuality(noun: string): boolean {
  if (QUALITY_NOUNS.has(noun)) return true
  for (const [ending, adjective] of DERIVED_QUALITY) {
    if (!ending.test(noun)) continue
    const derived = noun.replace(ending, adjective)
    return CHARACTER_ADJECTIVE.test(derived) && !NOT_CHARACTER.has(derived)
  }
  return false
}

/** How a conjunct reads: a quality ("buena predisposición", "atención al detalle"), a capacity, or neither. */
function readQualityConjunct(conjunct: string): 'quality' | 'capacity' | null {
  let words = conjunct.split(/\s+/u).filter((word) => word.length > 0)
  let at = 0
  while (at < words.length - 1 && GRADING_WORDS.has(words[at] ?? '')) at++
  words = words.slice(at).join(' ').replace(SENSE_OF, '').split(' ')
  const head = words[0] ?? ''
  // A word of character after the head only says which way the quality goes ("trato amable con los clientes",
  // "carácter responsable"): the complement after it still bears on the head.
  const graded = words.length > 2 && isCharacterAdjective(words[1] ?? '')
  const rest = words.slice(graded ? 2 : 1)
  // What may follow the head: nothing, one word that qualifies it ("discrição profissional"), or a short
  // complement about whom or what the quality bears on ("trato al paciente").
  if (rest.length > 1 && (!COMPLEMENT.test(rest[0] ?? '') || rest.length > 5)) {
    const twoWord = rest.length > 1 && COMPLEMENT.test(`${rest[0]} ${rest[1]}`)
    if (!twoWord) return null
  }
  if (namesQuality(head)) return 'quality'
  if (CAPACITY_NOUNS.has(head) && rest.length > 0) return 'capacity'
  return null
}

/**
 * True when a Portuguese or Spanish line is one or more nouns of quality ("Orden y puntualidad", "Organização,
 * atenção aos detalhes e sigilo", "Responsabilidad, buena predisposición y capacidad para mantener la calma"): every
 * conjunct names a quality, or a capacity beside one.
 */
export function listsQualityNouns(text: string): boolean {
  const conjuncts = normalizeText(text)
    .replace(/[.!;:]+\s*$/u, '')
    .replace(/^[^\p{L}]+/u, '')
    .split(/\s*,\s*(?:(?:e|y)\s+)?|\s+(?:e|y)\s+/u)
    .map((conjunct) => conjunct.trim())
  const read = conjuncts.map(readQualityConjunct)
  return read.every((kind) => kind !== null) && read.includes('quality')
}

/** Whether a folded Portuguese or Spanish word is an adjective of character by its ending ("pontual", "cuidadosa"). */
export function isCharacterAdjective(word: string): boolean {
  return CHARACTER_ADJECTIVE.test(word) && !NOT_CHARACTER.has(word)
}

/** Whether a folded word heads a capacity ("capacidade de ...", "habilidad para ..."). */
export function isCapacityNoun(word: string): boolean {
  return CAPACITY_NOUNS.has(word)
}
