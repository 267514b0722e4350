import { loadWordNet } from '../scoring/load-wordnet'
import type { Taxonomy } from '../taxonomy'
import type { RequirementType } from '../types'
import { classifyRequirement } from './classify-requirement'
import { findTopicLabelEnd } from './find-topic-label'
import { normalizeText } from './normalize-text'
import { readInlineKind } from './posting-cues'
import { findYearsMentions } from './read-min-years'
import { readVerbFrame } from './read-verb-frame'
import { statesOnlyNiceCue } from './states-only-nice-cue'

// A frame that takes a list of things as its complement: a noun of knowing or handling and its preposition
// ("Working knowledge of", "Conhecimentos em", "Manejo avanzado de", "Dominio de técnicas de"), or a verb of knowing
// how ("saber fazer", "know how to use"), said to the reader or of the one wanted ("que domine", "que conheça",
// "si manejás"). What follows it, up to the end of the clause, names the things asked.
const LIST_FRAME =
  /(?:^|[\s,;:])((?:(?:strong|solid|good|sound|working|deep|basic|advanced|hands-on|expert|s[oó]lid[oa]s?|bo[am]s?|buen[oa]?s?|amplio|ampla)\s+)?(?:knowledge|understanding|familiarity|familiaridade|familiaridad|proficiency|expertise|experience|skills|experiencia|experi[eê]ncia|viv[eê]ncia|conhecimentos?|conocimientos?|dom[ií]nio|manejo|no[cç][oõ]es|nociones|habilidades?|capacidade|uso|use|utiliza[cç][aã]o|utilizaci[oó]n|manuseio|handling|operation|opera[cç][aã]o|operaci[oó]n)(?:\s+(?:b[aá]sic[oa]s?|avan[cçz]ad[oa]s?|s[oó]lid[oa]s?|pr[aá]tic[oa]s?|practical|solid))?\s+(?:of|in|with|on|em|de|do|da|dos|das|com|en|del|con|sobre)\s+(?:(?:t[eé]cnicas|techniques|ferramentas|herramientas|tools)\s+(?:de|of)\s+)?(?:(?:the|o|a|os|as|el|la|los|las)\s+)?|(?:saber|sepa|sepas|sepan|saiba|saibam|souber|souberem|supiera|supieras|supieran)\s+(?:(?:tambem|tamb[eé]m|tambi[eé]n|ainda|adem[aá]s|bem|bien)\s+)?(?:fazer|usar|hacer|utilizar|operar|manejar|manusear)\s+(?:(?:o|a|os|as|el|la|los|las)\s+)?|(?:conhecer|conhe[cç]a|conhe[cç]am|conocer|conozca|conozcas|conozcan|conoc[eé]s|dominar|domine|domines|dominen|dominem|domin[aá]s|manejar|maneje|manejes|manejen|manej[aá]s|know|understand|entender|entenda|entienda|entiendas|compreender|compreenda)(?:\s+(?:bem|bien|well))?\s+(?:(?:the|o|a|os|as|el|la|los|las)\s+)?|(?:comfortable|confident)\s+(?:(?:with|in|at)\s+)?(?=\p{Ll}+ing\s)|(?:comfortable|confident)\s+(?:on|with|using|at)\s+(?:(?:the|an?)\s+)?)/iu

// A label naming what the list after its colon holds ("Conocimientos necesarios: …", "Tools: …").
const LIST_LABEL =
  /^\s*(?:[\p{L}-]+\s+){0,2}?(?:knowledge|skills|tools|stack|conhecimentos|conocimientos|habilidades|ferramentas|herramientas|requisitos t[eé]cnicos)(?:\s+[\p{L}-]+){0,2}\s*:\s+/iu

const ENGLISH_FRAME =
  /\b(?:knowledge|understanding|familiarity|proficiency|expertise|experience|know|understand|skills|tools|stack|comfortable|confident|use|handling|operation)\b/iu

// Words that open a clause rather than name a thing: subordinators, relative pronouns, purpose and verbs' particles.
const OPENS_CLAUSE =
  /^(?:because|since|so|which|who|that|when|where|to|for|as|porque|pois|que|quando|onde|para|por|pero|mas|sino|cuando|donde|como|with|com|con|sem|sin|without|including|incluindo|incluyendo|inclusive|incluso|even|especialmente|principalmente|especially|mainly|particularly|notably|sobretudo|preferably|ideally|preferencialmente|preferiblemente|idealmente)\b/u

// Subordinators that open a condition ("if male", "se do sexo masculino", "si corresponde", "caso possua"): set off by
// commas inside a list, the condition is an aside on the item around it, no item of its own.
const OPENS_CONDITION = /^(?:if|unless|se|si|caso|salvo)\s/u
// What may lead the word that completes a phrase elided around a condition ("…e, se do sexo masculino, também com as
// militares"): an additive adverb, the preposition and the article said again.
const ELLIPSIS_LEAD =
  /^(?:(?:also|too|tambem|também|tambien|también|with|com|con|of|de|do|da|dos|das|del|the|o|a|os|as|el|la|los|las)\s+)*/iu

// Markers of what a list singles out, opened by a preposition the list's frame may share ("en especial", "in
// particular").
const SINGLED_OUT = /^(?:en|em|in) (?:especial|particular)\b|^(?:sobre ?tudo|sobre todo|above all)\b/u

// Markers after which the rest of an item illustrates it ("herramientas como X, Y o Z"): one item, whatever its commas.
// Portuguese and Spanish also say "tipo" for "such as" ("defeitos tipo trinca, bolha"), where it stands with no article
// or determiner of its own and no "de" after it; "o tipo de solda", "licencia tipo B" use the noun.
const EXAMPLE_OPENING =
  /\b(?:e\.\s?g\.?|for example|for instance|such as|like|including|por exemplo|por ejemplo|como|tais como|tales como|incluindo|incluyendo|(?<!\b(?:o|a|os|as|um|uma|el|la|los|las|un|una|de|do|da|del|dos|das|cada|qualquer|cualquier|mesmo|mismo|esse|este|ese|aquele|aquel|que|qual|cual|outro|otro|algum|algun|ningun|nenhum|mais|mas|novo|nuevo)\s)tipo(?!\s+(?:de|do|da|del|dos|das|\p{L}|\d+)\b))\b/u

const CONJUNCTION = /^(?:and|e|y|&)$/u

// A noun of handling or using followed by "with": what it takes is the means of the handling (folded).
const MEANS_FRAME =
  /\b(?:manejo|manuseio|handling|operation|operacao|operacion|uso|use|utilizacao|utilizacion)\s+(?:\p{L}+\s+)?(?:with|com|con)\s+$/u

// Prepositions that join the words of one name ("controle *de* validade", "bills *of* quantities").
const JOINING_WORD = /^(?:of|de|do|da|dos|das|del)$/u

type Piece = { start: number; end: number; opener: 'start' | 'comma' | 'and' | 'comma-and' }

/** A span of the sentence naming one listed thing, and whether a skill the taxonomy knows sits inside it. */
export type ListedItem = { start: number; end: number; named: boolean }

/** The listed items the frame opens, where the words after it read as a short list of things; null otherwise. */
export function readListedItems(
  sentence: string,
  skillSpans: ReadonlyArray<{ start: number; end: number }>,
  afterLabel = false,
  cutBeforeParallel = false,
): { frameStart: number; items: ListedItem[]; spentIn: boolean } | null {
  // Words after a label's colon ("Bonus: A, B, knowledge of C") are the list itself, whatever frame an item holds.
  const nounFramed = afterLabel
    ? null
    : (LIST_FRAME.exec(sentence) ?? readPracticeFrame(sentence, skillSpans))
  // "Saber instalar y reparar calderas de gas y termos eléctricos": verbs frame the things they act on.
  const verbFramed = afterLabel || nounFramed ? null : readVerbFrame(sentence)
  const framed = nounFramed ?? verbFramed
  const label = afterLabel ? null : LIST_LABEL.exec(sentence)
  // A topic label on the line itself ("Técnicas clásicas: batido, refrescado y flameado") frames the list after its
  // colon, whatever frame words it holds.
  const topicEnd = afterLabel || label ? -1 : findTopicLabelEnd(sentence)
  const topic = topicEnd >= 0 && (!framed || framed.index < topicEnd)
  const frame = topic ? null : framed
  if (!frame && !label && !afterLabel && !topic) return null
  // "Conocer de agroquímicos: dosis, mezclas y tiempos de reentrada", "Know your fertilisers: rates, mixes and timing":
  // a label that itself asks knowing or handling a field lists the facets of that one field after its colon, which
  // alone ("dosis", "timing") ask nothing. A label naming a class of its members ("Dominio de técnicas clásicas:
  // batido, flameado", "Knowledge of hand tools: chisels, planes") lists members, each a skill.
  if (
    topic &&
    framed &&
    framed.index + framed[0].length <= topicEnd &&
    !NAMES_CLASS.test(normalizeText(sentence.slice(0, topicEnd)))
  )
    return null
  // "Manejo con radiocontrol y con botonera", "operação com paleteira e com empilhadeira": after a noun of handling,
  // "with" names the means the one thing is handled by, not things handled; there is no list of asks to read.
  if (frame && nounFramed && MEANS_FRAME.test(normalizeText(frame[0]))) return null
  // A topic label is no frame of knowing or doing: its items are typed by their own words.
  const frameStart = frame ? frame.index + (frame[0].length - (frame[1] ?? '').length) : topic ? topicEnd : 0
  const frameEnd = topic ? topicEnd : frame ? frame.index + frame[0].length : (label?.[0].length ?? 0)
  // "Experiência de três anos ou mais desenvolvendo em Apex e …": a tenure right after the frame is the frame's, and
  // the things it was spent in are the list.
  const from = frame ? pastTenure(sentence, frameEnd) : frameEnd
  // "Ability to learn, understand and work with …": a frame word coordinated with the next verb frames no list.
  if (/^\s*(?:,|(?:and|or|e|y|ou|o|u)\s)/u.test(sentence.slice(from))) return null
  const pieces = cutTopLevel(sentence, from)
  // A sentence cut where the frame's preposition is said again ("… andina | y de la historia …") was the first of
  // parallel items: its own "and" joins words of one item, as it would in the whole line.
  // A verb of knowing ("que domine A, B y C") has no preposition to say again: a "with" after its objects tells how
  // the last one is done ("pulido a mano y con motor"), not a parallel item.
  const prepositionless = nounFramed !== null && !PREPOSITION_CLOSE.test(nounFramed[0])
  const saysAgain = (piece: string) =>
    REPEATED_PREPOSITION.test(piece) && !(prepositionless && MEANS_PREPOSITION.test(piece))
  const parallel = cutBeforeParallel || marksParallelItems(sentence, pieces, saysAgain)
  // The article said before each common noun the verb takes ("que domines el ceviche, los tiraditos y los fondos")
  // closes them into one repertoire, one ask, as the marker reader takes them too; named standards ("las Buenas
  // Prácticas Agrícolas y las exigencias de GlobalG.A.P.") stay apart.
  if (
    prepositionless &&
    pieces.length > 2 &&
    pieces
      .slice(1)
      .every((piece) =>
        /^\s*(?:(?:and|e|y)\s+)?(?:the|os|as|los|las|el|la)\s+[^\p{Lu}]*$/u.test(
          sentence.slice(piece.start, piece.end),
        ),
      )
  )
    return null
  const items: ListedItem[] = []
  const openers: Piece['opener'][] = []
  let examples = false
  // A list that sets its items off by commas and closes with ", and" ("A, B for X and Y, and C") uses a bare "and"
  // before that close inside an item, not between two.
  const closing = closesWithCommaAnd(pieces)
  for (const [index, piece] of pieces.entries()) {
    let start = piece.start
    let text = sentence.slice(start, piece.end)
    // "…, en especial el Código X": a marker of what is singled out opens a clause, though its preposition repeats.
    if (items.length > 0 && SINGLED_OUT.test(normalizeText(text.trim()))) break
    // The frame's preposition said again ("… y de herramientas de gestión") opens a parallel item.
    const repeated =
      prepositionless && MEANS_PREPOSITION.test(text)
        ? null
        : /^(?:of|in|with|em|de|do|da|dos|das|com|en|del|con)\s+/iu.exec(text)
    if (repeated && items.length > 0) {
      start += repeated[0].length
      text = text.slice(repeated[0].length)
    }
    // An article opens no name ("… y el Reglamento de Obras").
    const article = /^(?:the|an?|o|os|as|el|la|los|las)\s+/iu.exec(text)
    if (article && items.length > 0) {
      start += article[0].length
      text = text.slice(article[0].length)
    }
    const folded = normalizeText(text.trim())
    // "estar quite com as obrigações eleitorais e, se do sexo masculino, militares": a condition set off before a last
    // piece of one word in lower case (past a repeated preposition or article) splits one phrase around it, the word a modifier sharing the head of the
    // item before ("electoral and, if male, military obligations"), so the clause is read whole. A name or a phrase
    // after the condition ("…power meter e, se tiver prática, OTDR") is an item of its own, and the list stands.
    const last = pieces[pieces.length - 1]
    if (
      items.length > 0 &&
      index === pieces.length - 2 &&
      OPENS_CONDITION.test(folded) &&
      last !== undefined &&
      /^\p{Ll}+\s*[.;]?$/u.test(sentence.slice(last.start, last.end).trim().replace(ELLIPSIS_LEAD, ''))
    )
      return null
    // "…, engineering, or systems engineering": a piece an "or" opens offers the list as alternatives, one ask.
    // "…, consulting and/or media" offers them too.
    if (items.length > 0 && /^\/?\s*(?:or|ou|o|u)\s/u.test(folded)) return null
    // Where the frame's preposition is said again to open the next item ("of A and B, and of C"), an "and" without
    // it joins words of one item ("la flora y fauna"), not two items.
    const previousItem = items[items.length - 1]
    // "both remote and in person", "tanto X como Y": the pair after "both" is one item's.
    const paired =
      previousItem !== undefined &&
      /\b(?:both|tanto|entre)\s/u.test(normalizeText(sentence.slice(previousItem.start, previousItem.end)))
    if (previousItem && piece.opener === 'and' && (paired || ((parallel || index < closing) && !repeated))) {
      previousItem.end = piece.end
      continue
    }
    // Items of an example list that runs on after its marker ("como balayage, babylights o mechas") belong to the
    // item the marker illustrates.
    const previous = items[items.length - 1]
    if (previous && examples && piece.opener !== 'comma-and' && !repeated) {
      previous.end = piece.end
      continue
    }
    // "…, ou tiver noções de modelagem, sai na frente na seleção": the clause saying the list is optional ends it.
    if (
      folded === '' ||
      OPENS_CLAUSE.test(folded) ||
      /[.!?]\s/u.test(folded.replace(/\([^)]*\)?/gu, ' ')) ||
      statesOnlyNiceCue(text) ||
      // "…, deseable pero no indispensable": a piece that opens by saying the list is optional is its cue, no item.
      (items.length > 0 && readInlineKind(text.trim().split(/\s+/u).slice(0, 2).join(' ')) === 'nice_to_have')
    )
      break
    const marker = EXAMPLE_OPENING.exec(folded)
    const trimmed = text.trim()
    // What the thing is for ("Excel intermediário para controle de indicadores") says how it is used, not what it is.
    const purpose = /\s(?:para|for|to)\s/u.exec(folded)
    // "the ability to collaborate with Sales, …": an infinitive makes the piece a clause, whose commas list its objects.
    const infinitive = /\sto\s+(\p{L}+)/u.exec(folded)
    if (infinitive && isBaseVerb(infinitive[1] ?? '')) break
    // Nor does the tool it is done with ("system tuning with Smaart or a similar tool"): the thing is named before it.
    const means = /\s(?:with|com|con)\s/u.exec(folded)
    const cut = Math.min(
      marker?.index ?? folded.length,
      purpose?.index ?? folded.length,
      means?.index ?? folded.length,
    )
    const head = (folded.length === trimmed.length ? trimmed.slice(0, cut) : trimmed)
      .replace(/\([^)]*\)?/gu, ' ')
      .trim()
    const words = head.split(/\s+/u).filter(Boolean)
    // A thing may be named by a phrase with its prepositions ("boas práticas de manipulação de alimentos"): its
    // length is told by the words that name, not the words that join them.
    // An item offering choices ("call center o servicio al cliente") is as long as its longest choice.
    const choices = head.split(/\s+(?:or|ou|o|u)\s+/u).map((choice) => choice.split(/\s+/u).filter(Boolean))
    const naming = Math.max(
      ...choices.map((choice) => choice.filter((word) => !JOINING_WORD.test(normalizeText(word))).length),
    )
    if (words.length === 0 || naming > 5 || words.length > 12) break
    // A lone number or code after one ("os modelos 303 e 111", "IFRS 16 e IFRS 9") shares the head noun before it.
    if (previous && /^[\d.,/-]+$/u.test(head)) {
      previous.end = piece.end
      continue
    }
    // After a phrase with a preposition inside, a word or two may complete its object ("corte de señora y
    // caballero", "cocina al vacío y baja temperatura", "métricas de engajamento e alcance"). Coordination joins like
    // with like: a plural beside a plural head whose object is singular ("calderas de gas y termos eléctricos"), or a
    // made thing beside an object that is none ("protocolos de esterilización y autoclave"), is the list's next item.
    const previousWords = previous ? normalizeText(sentence.slice(previous.start, previous.end)) : ''
    const previousHead = previousWords.split(/\s+/u)[0] ?? ''
    const previousObject = previousWords.split(/\s+/u).at(-1) ?? ''
    if (
      previous &&
      !repeated &&
      piece.opener === 'and' &&
      words.length <= 2 &&
      !/^\p{Lu}/u.test(head) &&
      /\s(?:of|on|in|at|for|with|de|do|da|del|al|ao|a|en|em|no|na|com|con|para|sobre)\s/u.test(
        previousWords,
      ) &&
      !(isPlural(words[0] ?? '') && isPlural(previousHead) && !isPlural(previousObject)) &&
      !(words.some(namesMadeThing) && !namesMadeThing(previousObject))
    ) {
      previous.end = piece.end
      continue
    }
    // "trabajar la cocina nikkei y criolla", "fazer solda elétrica e oxiacetilênica": after a verb's object noun and
    // its modifier, a lone word of the same case and number may be a second modifier of that noun, as Portuguese and
    // Spanish put modifiers after their noun; a verb's objects are only cut where that cannot be. A name or a code
    // ("operar torno CNC y fresadora") is no such modifier.
    if (
      previous &&
      !repeated &&
      piece.opener === 'and' &&
      words.length === 1 &&
      verbFramed !== null &&
      /^\p{Ll}+ \p{Ll}+$/u.test(sentence.slice(previous.start, previous.end).trim()) &&
      /^\p{Ll}+$/u.test(head) &&
      isPlural(head) === isPlural(previousHead)
    ) {
      previous.end = piece.end
      continue
    }
    const named = skillSpans.some((span) => span.start < piece.end && span.end > start)
    if (!named && !namesThing(words)) break
    examples = marker !== null
    items.push({ start, end: piece.end, named: false })
    openers.push(piece.opener)
  }
  if (items.length < 2 || offersChoice(sentence, items, openers)) return null
  // "Saber ler termômetro, balança e pHmetro", "montar uramaki, niguiri e sashimi", "plate starters, mains and
  // desserts": three or more bare nouns after a verb that is not one of using span the range of one practice, which
  // only the verb names; each noun alone asks nothing. Tools a verb of using takes ("operar torno, fresadora e
  // plaina") are each a skill of their own.
  if (
    verbFramed &&
    !USING_VERB.test(normalizeText(verbFramed[1] ?? '')) &&
    rangesOnePractice(sentence, items)
  )
    return null
  // After a topic label, the list runs to the end of the sentence: words left after it show the colon opened a
  // statement, not a list ("Horário: das 8h às 17h, com uma hora de almoço").
  if (topic && !endsList(sentence, items)) return null
  // Unknown things after a topic label are a list when a conjunction closes it ("esterilizaciones y suturas"); a run
  // of commas alone may restate or gloss its first item, as labels of practices often do.
  if (topic && !openers.some((opener) => opener === 'and' || opener === 'comma-and')) return null
  // A tenure after the label ("Work ethic: 5+ years showing up") elaborates it: the label is the ask.
  if (topic && findYearsMentions(sentence.slice(topicEnd)).length > 0) return null
  // After a bare label only a list of names and codes is sure to be a list ("Bonus: CPR, HCPC registration,
  // knowledge of Epic"); a sentence after it ("Required: ability to speak, read and write…") is not cut at its commas.
  if (afterLabel) {
    const whole = endsList(sentence, items)
    const coded = items.every(
      (item) =>
        skillSpans.some((span) => span.start < item.end && span.end > item.start) ||
        /^\s*\p{Lu}{2,}/u.test(sentence.slice(item.start, item.end)),
    )
    if (!whole || !coded) return null
  }
  // English puts modifiers before the head noun; Portuguese and Spanish after it, and English loanwords there
  // ("contouring") modify nothing.
  const english = ENGLISH_FRAME.test(frame?.[1] ?? label?.[0] ?? '')
  // "Pennsylvania and federal court rules": in English a lone word before the last item may modify its head noun. The
  // items before the last are then all such words ("municipal, state and federal codes"); one with a head of its own
  // ("the band saw, jointer and spindle moulder") shows each item is a whole phrase.
  const last = items[items.length - 1] as ListedItem
  const before = items.slice(0, -1).map((item) => sentence.slice(item.start, item.end).trim())
  // "…, qualitative and quantitative analysis": a lone word English knows only as an adjective, joined to the last
  // item by "and", shares its head noun: the two are one item.
  const beforeLast = items[items.length - 2] as ListedItem
  if (
    english &&
    items.length > 2 &&
    openers[openers.length - 1] === 'and' &&
    describesOnly(sentence.slice(beforeLast.start, beforeLast.end).trim())
  ) {
    beforeLast.end = last.end
    items.pop()
    openers.pop()
  }
  if (
    english &&
    sentence.slice(last.start, last.end).trim().split(/\s+/u).length > 1 &&
    before.every((item) => !/\s/u.test(item)) &&
    before.some((item) => modifiesHead(item, items.length))
  )
    return null
  // "Strong written and verbal communication": a first item that ends without a noun shares the head of the next.
  if (english && items.slice(0, -1).some((item) => endsWithoutNoun(sentence.slice(item.start, item.end))))
    return null
  for (const item of items) {
    const tightened = tighten(sentence, item.start, item.end)
    item.start = tightened.start
    item.end = tightened.end
    item.named = skillSpans.some((span) => span.start < item.end && span.end > item.start)
  }
  // A phrase ending in a plural noun has a head of its own (English modifiers are singular), and a last item of
  // several words its own modifier: "annealing schedules and kiln operation" shares neither head nor modifier.
  const ownHeads =
    items.length > 1 &&
    items.slice(0, -1).every((item) => {
      const words = sentence
        .slice(item.start, item.end)
        .replace(/\([^)]*\)?/gu, ' ')
        .trim()
        .split(/\s+/u)
      return words.length > 1 && isPlural(normalizeText(words.at(-1) ?? ''))
    }) &&
    // After a noun's preposition ("Understanding of"): after a verb ("comfortable reading drawings and …") the next
    // item may be the verb's second object.
    nounFramed !== null &&
    PREPOSITION_CLOSE.test(nounFramed[0]) &&
    // Items that say a word again ("lime mortars and hot-mixed lime") name forms of one thing.
    new Set(
      items.flatMap((item) => normalizeText(sentence.slice(item.start, item.end)).match(/\p{L}{3,}/gu) ?? []),
    ).size ===
      items.reduce(
        (sum, item) =>
          sum + (normalizeText(sentence.slice(item.start, item.end)).match(/\p{L}{3,}/gu) ?? []).length,
        0,
      ) &&
    sentence
      .slice((items.at(-1) as ListedItem).start, (items.at(-1) as ListedItem).end)
      .trim()
      .split(/\s+/u).length > 1
  // English stacks nouns before their head ("sensor calibration", "controlled substance regulations"), so after an
  // English frame a phrase of plain words may be one field with the item before it; only names and codes ("ISO
  // 17025") split off. Commas between the items say where each one ends ("the table saw, edge bander and panel saw"):
  // a phrase set off by a comma is a thing of its own.
  if (
    english &&
    !ownHeads &&
    openers.slice(1).every((opener) => opener === 'and') &&
    items.some((item) => {
      const words = sentence.slice(item.start, item.end)
      // A phrase a gerund opens names a practice of its own ("reading wiring diagrams"), no modifier.
      return (
        !item.named &&
        /\s/u.test(words) &&
        !/^\p{Ll}+ing\s/u.test(words) &&
        !words.split(/\s+/u).every((word) => /^[\p{Lu}\d]/u.test(word))
      )
    })
  )
    return null
  // "6 years of experience in brand, creative and marketing roles": a tenure the frame goes on from spends its years
  // in the whole list, the fields of one career, which the tenure reader keeps as one requirement. Only names the
  // taxonomy knows ("3 years with Python, Java and Go") are each asked, with the years.
  // "Experiencia de 2 años valuando oro y plata en casas de empeño": a tenure right after the frame that does not go
  // on into a list of what it was spent in (see pastTenure) opens the list's first item, and the objects of its one
  // practice share its years and its setting.
  if (
    frame &&
    (followsTenure(sentence, frame.index) || (from === frameEnd && opensWithTenure(sentence, frameEnd))) &&
    items.some((item) => !item.named)
  )
    return null
  return { frameStart, items, spentIn: from !== frameEnd }
}

/** True when a tenure ("6 years of", "três anos de") ends right before `at`, the frame it goes on into. */
// Nouns of a class whose members a list names: techniques, tools, methods, kinds, languages, systems.
const NAMES_CLASS =
  /\b(?:techniques|tools|methods|methodologies|types|kinds|languages|platforms|systems|software|programs|equipment|machines|instruments|tecnicas|ferramentas|herramientas|metodos|metodologias|tipos|linguagens|lenguajes|idiomas|plataformas|sistemas|softwares|programas|equipamentos|equipos|maquinas|instrumentos)\b/u

// Verbs of using or driving a tool, whose objects are each a skill ("operar", "usar", "manejar", "conducir").
const USING_VERB =
  /\b(?:operar|usar|utilizar|manejar|manusear|dirigir|conducir|pilotar|pilotear|programar|configurar|instalar|reparar|consertar)\b/u

/**
 * Three or more items that are each a bare noun of a word or two no capital names, before at most one longer last
 * item that closes the range ("… e os combinados de delivery").
 */
function rangesOnePractice(sentence: string, items: readonly ListedItem[]): boolean {
  const bare = (item: ListedItem) => {
    const words = sentence.slice(item.start, item.end).trim().split(/\s+/u)
    return (
      words.length <= 2 && words.every((word) => /^\p{Ll}[\p{L}-]*$/u.test(word) || /^p[A-Z]/u.test(word))
    )
  }
  const leading = items.every(bare) ? items : items.slice(0, -1)
  return leading.length >= 3 && leading.every(bare)
}

function followsTenure(sentence: string, at: number): boolean {
  return findYearsMentions(sentence.slice(0, at)).some((found) =>
    /^[\s\p{L}]{0,12}$/u.test(sentence.slice(found.end, at)),
  )
}

/** True when a tenure ("2 años", "three years") stands right after `at`, where the frame ends. */
function opensWithTenure(sentence: string, at: number): boolean {
  return findYearsMentions(sentence.slice(at)).some((found) =>
    /^[\s\p{L}]{0,12}$/u.test(sentence.slice(at, at + found.start)),
  )
}

// The preposition a noun frame closes with, before an article or a word of techniques ("Manejo de", "Dominio de
// técnicas de las"), or the one after "comfortable" ("comfortable with").
const PREPOSITION_CLOSE =
  /(?:^|\s)(?:of|in|with|on|at|using|em|de|do|da|dos|das|com|en|del|con|sobre)\s+(?:\p{L}+\s+){0,2}$/iu

// The preposition of the means or the manner ("con motor", "with a torch"), which a verb's object may take.
const MEANS_PREPOSITION = /^\s*(?:with|com|con)\s/iu

// The frame's preposition opening a piece again: a parallel item ("… y de herramientas de gestión").
const REPEATED_PREPOSITION = /^\s*(?:of|in|with|em|de|do|da|dos|das|com|en|del|con)\s+/iu

// What joins a tenure to the things it was spent in: "of experience", a gerund of the practice, a preposition.
const TENURE_JOINT =
  /^\s*(?:(?:or more|ou mais|o mas|or longer)\s+)?(?:(?:of|de)\s+)?(?:(?:experience|experiencia)\s+)?(?:\p{L}+(?:ing|ndo)\s+)?(?:in|with|on|em|com|en|con|no|na)\s+(?:(?:the|o|a|os|as|el|la|los|las)\s+)?/u

/** Where the list starts when a tenure opens it ("três anos ou mais desenvolvendo em …"); `from` otherwise. */
function pastTenure(sentence: string, from: number): number {
  const mention = findYearsMentions(sentence).find(
    (found) => found.start >= from && /^[\s\p{L}]{0,12}$/u.test(sentence.slice(from, found.start)),
  )
  if (!mention) return from
  const joint = TENURE_JOINT.exec(normalizeText(sentence.slice(mention.end)))
  return joint ? mention.end + joint[0].length : from
}

/** True when nothing but closing marks follows the last item. */
function endsList(sentence: string, items: readonly ListedItem[]): boolean {
  const last = items[items.length - 1] as ListedItem
  return sentence.slice(last.end).replace(/(?:[\s.;!\p{Extended_Pictographic}]|\uFE0F)+$/u, '') === ''
}

/**
 * The index of the piece a comma and "and" open when commas set the items off before it ("A, B and C, and D"), or -1:
 * the close of a list whose items end at commas.
 */
function closesWithCommaAnd(pieces: readonly Piece[]): number {
  const close = pieces.findIndex((piece) => piece.opener === 'comma-and')
  if (close < 0 || !pieces.slice(1, close).some((piece) => piece.opener === 'comma')) return -1
  return close
}

/** True when a piece after the first opens with the frame's preposition said again, after an "and". */
function marksParallelItems(
  sentence: string,
  pieces: readonly Piece[],
  saysAgain: (piece: string) => boolean,
): boolean {
  return pieces
    .slice(1)
    .some((piece) => piece.opener !== 'comma' && saysAgain(sentence.slice(piece.start, piece.end)))
}

// "or" standing between two words of an item: the item offers a choice.
const CHOICE = /\s(?:or|ou|o|u)\s/u

/**
 * True when the items are one list of alternatives: joined by commas alone, with the last offering a choice
 * ("Edição em Premiere, Kdenlive ou Shotcut"). Such a list asks for any one of them, a single requirement; a list
 * that adds with "and" anywhere asks for each item.
 */
function offersChoice(
  sentence: string,
  items: readonly ListedItem[],
  openers: readonly Piece['opener'][],
): boolean {
  const last = items[items.length - 1] as ListedItem
  return (
    openers.slice(1).every((opener) => opener === 'comma') &&
    CHOICE.test(normalizeText(sentence.slice(last.start, last.end)).replace(/\([^)]*\)?/gu, ' '))
  )
}

// A practice named by one noun and the standards or products it is done in: "Catalogação em AACR2 e MARC 21",
// "Soldadura con TIG y MIG". Only names and codes after it make it a frame; plain words are the practice's object.
const PRACTICE_FRAME = /^([^\p{L}]*(\p{L}{4,})\s+(?:em|in|en|with|com|con)\s+)(?=\p{Lu}|\d)/u

function readPracticeFrame(
  sentence: string,
  skillSpans: ReadonlyArray<{ start: number; end: number }>,
): RegExpExecArray | null {
  const found = PRACTICE_FRAME.exec(sentence)
  if (!found) return null
  // A practice the taxonomy knows ("Soldagem em MIG e TIG") is asked itself, with the names as its kinds.
  if (skillSpans.some((span) => span.start < (found[1]?.length ?? 0))) return null
  const word = normalizeText(found[2] ?? '')
  const wordNet = loadWordNet()
  const lemmas = wordNet.lemmas(word)
  // "Work in Excel", "Partnering with Sales": an English verb opens a duty, not a practice.
  if (/ing$/u.test(word) || lemmas.some((lemma) => wordNet.isVerb(lemma))) return null
  if (/^\p{Ll}{4,}(?:ar|er|ir)$/u.test(word)) return null
  return found
}

/**
 * Cuts the sentence from `from` at commas, semicolons and "and" outside brackets, up to the end of the clause; "or"
 * keeps its alternatives whole. Each piece says what opened it: a comma, "and", or a comma and "and".
 */
function cutTopLevel(sentence: string, from: number): Piece[] {
  const pieces: Piece[] = []
  let depth = 0
  let start = from
  let opener: Piece['opener'] = 'start'
  // "Bench tools – oscilloscope, logic analyser, JTAG debugger": a spaced dash after a plural noun, before the
  // list's first comma, opens the members that illustrate the class, as a bracket would; the list is one ask.
  const illustrated = findIllustratingDash(sentence, from)
  const end = illustrated >= 0 ? illustrated : sentence.length
  for (let index = from; index < end; index += 1) {
    const char = sentence[index] as string
    if (char === '(' || char === '[') depth += 1
    else if ((char === ')' || char === ']') && depth > 0) depth -= 1
    if (depth > 0) continue
    if (
      char === ';' ||
      char === ':' ||
      (char === '.' && /^(?:\s|$)/u.test(sentence.slice(index + 1, index + 2)))
    ) {
      pieces.push({ start, end: index, opener })
      return pieces.filter((piece) => piece.end > piece.start)
    }
    if (char === ',') {
      pieces.push({ start, end: index, opener })
      const after = /^\s*(?:(and|e|y|&)\s+)?/iu.exec(sentence.slice(index + 1))?.[0] ?? ''
      opener = /\S/u.test(after) ? 'comma-and' : 'comma'
      start = index + 1 + after.length
      index = start - 1
      continue
    }
    if (/\s/u.test(char)) {
      const word = /^\s+(\S+)\s/u.exec(sentence.slice(index))
      if (word && CONJUNCTION.test(word[1] ?? '')) {
        pieces.push({ start, end: index, opener })
        opener = 'and'
        start = index + word[0].length
        index = start - 1
      }
    }
  }
  pieces.push({ start, end: illustrated >= 0 ? sentence.replace(/[.\s]+$/u, '').length : end, opener })
  return pieces.filter((piece) => piece.end > piece.start)
}

/**
 * Where a spaced dash opens the examples of the class named before it ("hand tools — chisels, planes, gauges"):
 * the words before the dash, with no comma among them, end in a plural noun, and the rest of the sentence is a
 * comma list of short names with no clause mark. -1 when the sentence has no such dash.
 */
function findIllustratingDash(sentence: string, from: number): number {
  const dash = /\s[–—-]\s/u.exec(sentence.slice(from))
  if (!dash) return -1
  const at = from + dash.index
  const before = sentence.slice(from, at)
  const after = sentence.slice(at + dash[0].length)
  // The class is plural wherever its head stands: last in English ("bench tools"), first in Portuguese and Spanish
  // ("equipos de medición").
  if (/[,;:(]/u.test(before) || !before.trim().split(/\s+/u).some(isPlural)) return -1
  const members = after.replace(/[.\s]+$/u, '').split(/\s*,\s*/u)
  if (members.length < 2 || /[;:–—]|\s-\s/u.test(after)) return -1
  return members.every((member) => member.length > 0 && member.split(/\s+/u).length <= 4) ? at : -1
}

// Words of degree and comparison, which qualify what they follow.
const DEGREE_WORD =
  /^(?:much|even|still|more|better|so|the|mucho|muy|mas|mejor|aun|todavia|tanto|muito|mais|melhor|ainda|tanto)$/u

/** True when the words may name a thing: not a verb phrase, and some word is more than a number. */
function namesThing(words: readonly string[]): boolean {
  const first = words[0] ?? ''
  // Words of degree alone ("…, mucho mejor", "…, even better") weigh what came before; they name nothing.
  if (words.every((word) => DEGREE_WORD.test(normalizeText(word)))) return false
  // A capital or a digit inside the list marks a name or a code ("ISO 17025"), never a verb.
  if (/^\p{Lu}|\d/u.test(first)) return true
  if (/^(?:ser|estar|ter|tener|have|be|can|must|will)$/u.test(first)) return false
  const wordNet = loadWordNet()
  const lemmas = wordNet.lemmas(first)
  const noun = lemmas.some((lemma) => wordNet.isNoun(lemma))
  // An infinitive opens an activity of its own ("vender producto", "manage vendors"); a gerund names a practice
  // ("reading wiring diagrams").
  if (/^\p{Ll}{4,}(?:ar|er|ir)$/u.test(first) && !noun) return false
  if (!noun && lemmas.some((lemma) => wordNet.isVerb(lemma)) && !/ing$/u.test(first)) return false
  return words.some((word) => /\p{L}{2,}/u.test(word))
}

/** True when a Portuguese, Spanish or English word has the shape of a plural ("calderas", "termos", "joins"). */
function isPlural(word: string): boolean {
  return /\p{L}{3,}s$/u.test(word) && !/(?:ss|is|us)$/u.test(word)
}

/** True when WordNet knows the word, or its singular, as a made thing in a common sense ("autoclave", "ladders"). */
function namesMadeThing(word: string): boolean {
  const folded = normalizeText(word)
  const wordNet = loadWordNet()
  return wordNet
    .lemmas(folded)
    .some(
      (lemma) =>
        (lemma === folded || `${lemma}s` === folded) && wordNet.isNoun(lemma) && wordNet.namesArtifact(lemma),
    )
}

/** True when an English phrase ends in a word WordNet knows but not as a noun ("Strong written"). */
function endsWithoutNoun(phrase: string): boolean {
  const written = phrase.trim().match(/\p{L}+$/u)?.[0] ?? ''
  // A name ("Excel") is a noun whatever else its letters spell.
  if (/^\p{Lu}/u.test(written)) return false
  const last = normalizeText(written)
  const wordNet = loadWordNet()
  const lemmas = wordNet.lemmas(last)
  // A word WordNet does not hold (another language, a name) says nothing either way.
  if (!lemmas.some((lemma) => wordNet.isNoun(lemma) || wordNet.isVerb(lemma))) return false
  return !lemmas.some((lemma) => wordNet.isNoun(lemma)) || /ed$/u.test(last)
}

/** True when a lone word is one English knows only as an adjective ("qualitative", "quantitative"). */
function describesOnly(item: string): boolean {
  if (/\s/u.test(item)) return false
  const wordNet = loadWordNet()
  const word = normalizeText(item)
  return (
    wordNet.isAdjective(word) &&
    !wordNet.lemmas(word).some((lemma) => wordNet.isNoun(lemma) || wordNet.isVerb(lemma))
  )
}

/** True when an English word is a verb in its base form ("collaborate", "work"), not "-ing", "-ed" or "-s". */
function isBaseVerb(word: string): boolean {
  if (/(?:ing|ed|s)$/u.test(word)) return false
  const wordNet = loadWordNet()
  return wordNet.lemmas(word).some((lemma) => lemma === word && wordNet.isVerb(lemma))
}

/** True when a lone word is one English knows, so it may be a modifier of a head noun after it. */
function modifiesHead(item: string, count: number): boolean {
  if (/\s/u.test(item) || /^\p{Lu}{2,}/u.test(item)) return false
  const wordNet = loadWordNet()
  const word = normalizeText(item)
  const lemmas = wordNet.lemmas(word)
  // In a list of three or more, a plural noun ("chisels, spokeshaves and card scrapers") names things of its own:
  // English modifiers are singular, but for a few fields whose names are plural ("sales and marketing operations").
  if (count >= 3 && /s$/u.test(word) && lemmas.some((lemma) => lemma !== word && wordNet.isNoun(lemma)))
    return false
  return lemmas.some((lemma) => wordNet.isNoun(lemma) || wordNet.isVerb(lemma))
}

function tighten(text: string, start: number, end: number): { start: number; end: number } {
  let from = start
  let to = end
  while (from < to && /[\s,;:]/u.test(text[from] as string)) from += 1
  while (to > from && /[\s,;:.!]/u.test(text[to - 1] as string)) to -= 1
  // An emoji closing the line decorates it ("suturas de tejidos blandos 🔪"); it names nothing.
  const decoration = /(?:[\s\p{Extended_Pictographic}]|\uFE0F|\u200D)+$/u.exec(text.slice(from, to))
  if (decoration && decoration.index > 0) to = from + decoration.index
  return { start: from, end: to }
}

// The noun that opens a credential earned in a field: a course, a certificate, a training, a registration.
const CREDENTIAL_HEAD =
  /^[^\p{L}]*(?:\p{L}+\s+)?(?:cursos?|course|certificad[oa]|certificate|certifica[cç][aã]o|certificaci[oó]n|certification|forma[cç][aã]o|formaci[oó]n|training|treinamento|capacita[cç][aã]o|capacitaci[oó]n|registro|registration)\s+(?:de|del|da|do|en|em|in|of|on|with|com|con|no|na|pela|pelo)\b/iu

/** Where the credential's own words open the line ("Curso de …", "Certificate in …"), or -1. */
export function findCredentialHead(sentence: string): number {
  const found = CREDENTIAL_HEAD.exec(sentence)
  if (!found) return -1
  return found.index + (/^[^\p{L}]*/u.exec(found[0])?.[0].length ?? 0)
}

// A class of tools named by the item ("sistemas de agenda", "aplicativo de roteirização", "scheduling software").
const TOOL_CLASS =
  /\b(?:sistemas?|softwares?|ferramentas?|herramientas?|aplicativos?|aplicaciones|apps?|plataformas?|programas?|systems?|tools?|platforms?|applications?)\b/u
// A frame that asks for a way of doing ("técnicas de", "saber fazer", "manejo de"): what it lists are methods.
const METHOD_FRAME =
  /\b(?:tecnicas?|techniques?|saber|sepa|saiba|manejo|dominio|hands-on|comfortable|confident)\b/u

/**
 * The type of a listed thing the taxonomy does not know: a tool when it names a class of tools or is written as a
 * product's name is ("TikTok"), a method after a frame of doing; otherwise what the frame and the item say.
 */
export function typeListedItem(frame: string, item: string, taxonomy: Taxonomy): RequirementType {
  const read = classifyRequirement({ text: `${frame}${item}`, skillIds: [], minYears: null, taxonomy })
  if (read !== 'knowledge') return read
  const folded = normalizeText(item)
  if (TOOL_CLASS.test(folded)) return 'skill'
  // A product's name ("Instagram", "TikTok"); an acronym or a code ("HACCP", "ISO 17025") names a standard to know.
  if (/^\p{Lu}\p{L}*\p{Ll}/u.test(item.trim()) && !/\d/u.test(item)) return 'skill'
  return METHOD_FRAME.test(normalizeText(frame)) ? 'skill' : read
}
