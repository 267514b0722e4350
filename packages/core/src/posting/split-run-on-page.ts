import { loadWordNet } from '../scoring/load-wordnet'
import { endsWithAbbreviation, opensWithGradeLetter } from './ends-with-abbreviation'
import type { PageLine } from './find-page-furniture'
import { normalizeText } from './normalize-text'
import { opensOnlyAside } from './opens-only-aside'
import { classifyHeading, isQualificationLike } from './posting-cues'

/** Characters from which an unbulleted line may be a whole page pasted without its line breaks. */
const PAGE_LENGTH = 200
/** Most words a heading phrase holds ("Who we're looking for", "O que você vai encontrar aqui"). */
const HEADING_WORDS = 6
// A sentence ends at a stop followed by a capital, a digit or an opening mark; "e.g. pareto" and "Node.js" stay whole.
const SENTENCE_END = /[.!?]\s+(?=[\p{Lu}\p{N}¿¡"“(])/gu
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|Sr|Jr|Inc|Ltd|St|Dr|Mr|Ms|Mrs|No|Nº)\.$/iu

/** Fewest sentences of a page: below this many sentences a long line is a paragraph or one long item, not a page. */
const PAGE_SENTENCES = 3
// Prepositions, articles and conjunctions in EN, PT and ES: a phrase that ends in one runs into its complement. PT
// "do" is left out: in English it ends a heading ("What you'll do").
const LINKING_WORD =
  /^(?:of|with|in|on|at|and|or|the|an?|de|da|dos|das|em|no|na|com|e|ou|o|os|as|um|uma|en|con|y|el|la|los|las|del|un|una)$/iu

// Words of quantity, which take a figure after them.
const QUANTITY_WORD =
  /^(?:minimum|min|maximum|max|least|over|minimo|minima|maximo|maxima|mínimo|mínima|máximo|máxima|menos|mais|más)$/iu

type Span = { start: number; end: number }

/** Cuts a span of the line at sentence ends, trimming the whitespace around each sentence. */
function splitAtSentenceEnds(text: string, span: Span): Span[] {
  const spans: Span[] = []
  const part = text.slice(span.start, span.end)
  let from = 0
  for (const match of part.matchAll(SENTENCE_END)) {
    const cut = match.index + 1
    // The shared list holds the titles and street forms a page cut at ("la Av. Francisco de Orellana", "Profa. Lima").
    if (
      ABBREVIATION.test(part.slice(Math.max(0, cut - 5), cut)) ||
      endsWithAbbreviation(part.slice(0, cut), part.slice(cut))
    )
      continue
    if (opensOnlyAside(part.slice(match.index + match[0].length))) continue
    if (opensWithGradeLetter(part.slice(match.index + match[0].length))) continue
    spans.push({ start: span.start + from, end: span.start + cut })
    from = match.index + match[0].length
  }
  spans.push({ start: span.start + from, end: span.end })
  return spans
    .map((piece) => {
      const lead = /^\s*/.exec(text.slice(piece.start, piece.end))?.[0].length ?? 0
      const trail = /\s*$/.exec(text.slice(piece.start, piece.end))?.[0].length ?? 0
      return { start: piece.start + lead, end: piece.end - trail }
    })
    .filter((piece) => piece.end > piece.start)
}

/**
 * Where a heading phrase opens at word `index` of a sentence and runs into the text it heads ("Who we're looking for
 * 2+ years…", "Nice to have NABCEP…", "About us We install…"): the number of words the heading holds, or 0. A heading
 * is glued to a new sentence, so the word after it opens one (a capital or a figure); one inside a sentence must hold
 * two words or more, since a lone capitalised section word there ("Benefits Administration") is part of a name.
 */
function headingLength(words: readonly string[], index: number): number {
  const atSentenceStart = index === 0
  for (let length = Math.min(HEADING_WORDS, words.length - index); length >= 1; length -= 1) {
    if (!atSentenceStart && length < 2) break
    const phrase = words.slice(index, index + length)
    const next = words[index + length]
    // A question or a label closes itself ("¿Quiénes somos?", "Requirements:"); any other heading runs into a
    // sentence, whose first word opens with a capital or a figure.
    const closed = /[?:]$/.test(phrase[phrase.length - 1] ?? '')
    if (!closed && (next === undefined || !/^[\p{Lu}\p{N}¿¡"“(]/u.test(next))) continue
    // A word of quantity takes the figure after it ("Mínimo 24 meses", "Minimum 3 years"): a requirement, not a
    // heading over one.
    if (!closed && /^\p{N}/u.test(next ?? '') && QUANTITY_WORD.test(phrase[phrase.length - 1] ?? '')) continue
    // A heading reads as a phrase of its own: it holds no stop or comma, opens with a capital, and is cased as one
    // ("Nice to have", "Nice To Have"); "Requisitos Experiência de" runs the heading into the sentence after it.
    if (!/^[¿¡]?\p{Lu}/u.test(phrase[0] ?? '')) continue
    if (
      phrase.slice(0, -1).some((word) => /[.,;:!?)]$/.test(word)) ||
      /[.,;!)]$/.test(phrase[length - 1] ?? '')
    )
      continue
    const inner = phrase.slice(1).filter((word) => word.length > 3)
    const capitalised = inner.filter((word) => /^\p{Lu}/u.test(word)).length
    if (capitalised > 0 && capitalised < inner.length) continue
    // A phrase ending in a word that only links ("Knowledge of", "Experiência com") opens a requirement, not a heading.
    if (LINKING_WORD.test(phrase[length - 1] ?? '')) continue
    if (classifyHeading(phrase.join(' ').replace(/^[¿¡]|[?:]$/gu, '')) !== null) return length
  }
  return 0
}

/**
 * Splits a page that was pasted with no line breaks, only sentence ends ("Who we're looking for 2+ years installing
 * rooftop solar. OSHA 10 card. Nice to have NABCEP PV Associate. What we offer Weekly pay."), into the lines it had:
 * one per sentence, with each heading phrase that opens a sentence, or runs into one, on a line of its own so the
 * structure reader can open its section. A long line is only taken for a page when it holds two such headings or
 * more; a paragraph that names one section word stays as it was.
 */
export function splitRunOnPage(lines: readonly PageLine[]): PageLine[] {
  return splitGluedHeadings(lines).flatMap((line) => {
    if (line.text.trim().length < PAGE_LENGTH) return [line]
    const sentences = splitAtSentenceEnds(line.text, { start: 0, end: line.text.length })
    if (sentences.length < PAGE_SENTENCES) return [line]
    const pieces: Span[] = []
    let headings = 0
    for (const sentence of sentences) {
      const tokens = [...line.text.slice(sentence.start, sentence.end).matchAll(/\S+/gu)]
      const words = tokens.map((token) => token[0])
      let from = sentence.start
      for (let index = 0; index < words.length; index += 1) {
        // Inside a sentence, a heading follows a word with nothing after it ("Apply now About us We…"); after a
        // comma or a colon the capitalised words are the next item of a list ("…, Demand and Supply Platforms").
        if (index > 0 && /[,;:(–—-]$/u.test(words[index - 1] ?? '')) continue
        const length = headingLength(words, index)
        if (length === 0) continue
        const at = sentence.start + (tokens[index]?.index ?? 0)
        const last = tokens[index + length - 1]
        const headingEnd = sentence.start + (last?.index ?? 0) + (last?.[0].length ?? 0)
        if (at > from) pieces.push({ start: from, end: at })
        pieces.push({ start: at, end: headingEnd })
        headings += 1
        from = headingEnd
        // What a heading opens is content: the words right after it never open a second heading ("It's a plus if you
        // have Experience with…" is not also headed "Experience with").
        index += length
      }
      pieces.push({ start: from, end: sentence.end })
    }
    if (headings < 2) return [line]
    const kept = pieces
      .flatMap((piece) => cutDottedFields(line.text, piece))
      .flatMap((piece) => cutListedClauses(line.text, piece))
      .flatMap((piece) => cutGluedItems(line.text, piece))
      .map((piece) => {
        const text = line.text.slice(piece.start, piece.end)
        const lead = /^\s*/.exec(text)?.[0].length ?? 0
        const trail = /\s*$/.exec(text)?.[0].length ?? 0
        return { start: piece.start + lead, end: piece.end - trail }
      })
      .filter((piece) => piece.end > piece.start)
    return kept.map((piece, index) => ({
      start: line.start + piece.start,
      end: line.start + piece.end,
      text: line.text.slice(piece.start, piece.end),
      blankBefore: index === 0 && line.blankBefore,
      blankAfter: index === kept.length - 1 && line.blankAfter,
    }))
  })
}

/** Fewest words of a run of items glued with spaces: a shorter stretch is one item however its words are cased. */
const GLUED_RUN_WORDS = 14
// Words an item cannot end on: a preposition, an article, a conjunction or a possessive leads into what follows.
const LEADS_ON =
  /^(?:of|with|in|on|at|to|for|from|by|as|such|like|and|or|nor|the|an?|our|your|their|its|this|that|these|those|de|da|do|dos|das|em|no|na|com|e|ou|o|os|as|um|uma|seu|sua|nosso|nossa|en|con|y|el|la|los|las|del|al|un|una|su|tu|nuestro|nuestra|para|por|sobre)$/iu
// An article opens a noun phrase, so capitalised inside a stretch it opens a new item ("… on a digital product A
// portfolio …").
const ARTICLE = /^(?:A|An|The|Um|Uma|Un|Una|El|La|Los|Las|Os|As)$/u

/** True when a capitalised word is a common word, whose capital can only mean that a new item starts with it. */
function isCommonWord(word: string): boolean {
  const head = normalizeText(word.split(/[-\u2010-\u2015]/u)[0] ?? '')
  if (head.length < 2) return false
  const wordNet = loadWordNet()
  return wordNet.lemmas(head).some((lemma) => wordNet.isNoun(lemma) || wordNet.isVerb(lemma))
}

/**
 * Cuts a stretch of a run-on page where items of a list were glued with a space only ("3+ years of UX writing on a
 * digital product A portfolio showing flows (link required) Hands-on with Figma Experience writing for …"): before a
 * capitalised word that opens an item, after a word an item can end on. The word opens an item when it is an
 * article, or a common word (WordNet knows it) after a lower-case word or a closing bracket; after a capitalised word
 * (a name, "Figma") it must open a qualification ("Experience …", "Strong …"), so "Microsoft Office" and "Customer
 * Success" stay whole. Only long stretches with no stop inside are read so: sentences and short items are cut
 * elsewhere. A heading word the cut leaves at the head of an item ("… experience Benefits Fully remote") is set on
 * its own, as the page had it.
 */
function cutGluedItems(text: string, span: Span): Span[] {
  const part = text.slice(span.start, span.end)
  if (/[.!?;](?=\s+\S)/u.test(part)) return [span]
  const tokens = [...part.matchAll(/\S+/gu)]
  if (tokens.length < GLUED_RUN_WORDS) return [span]
  const cuts: number[] = []
  for (let index = 1; index < tokens.length; index += 1) {
    const previous = tokens[index - 1]?.[0] ?? ''
    const word = tokens[index]?.[0] ?? ''
    if (!/^\p{Lu}/u.test(word) || /[,:;(\u2013\u2014-]$/u.test(previous)) continue
    if (LEADS_ON.test(previous.replace(/[^\p{L}]+$/u, ''))) continue
    const rest = part.slice(tokens[index]?.index ?? 0)
    const opens =
      ARTICLE.test(word) ||
      (/(?:^|[\p{Ll}\d])\)?$/u.test(previous) && !/^\p{Lu}/u.test(previous) && isCommonWord(word)) ||
      (/\)$/u.test(previous) && isCommonWord(word)) ||
      isQualificationLike(rest.split(/\s+/u).slice(0, 2).join(' '))
    if (opens) cuts.push(tokens[index]?.index ?? 0)
  }
  if (cuts.length === 0) return [span]
  const pieces: Span[] = []
  let from = 0
  for (const cut of [...cuts, part.length]) {
    const piece = { start: span.start + from, end: span.start + cut }
    const words = text.slice(piece.start, piece.end).trim().split(/\s+/u)
    const heading = from > 0 ? headingLength(words, 0) : 0
    if (heading > 0) {
      const headingEnd = text.slice(piece.start).search(/\S/u) + words.slice(0, heading).join(' ').length
      pieces.push(
        { start: piece.start, end: piece.start + headingEnd },
        { start: piece.start + headingEnd, end: piece.end },
      )
    } else pieces.push(piece)
    from = cut
  }
  return pieces
}

// Where a word was glued to the one before it: a capital right after a lower-case letter, a figure or a mark.
const GLUED_CAPITAL = /(?<=[\p{Ll}\d%)\].!?])(?=\p{Lu})/gu

/** True when a few words are a section heading by themselves ("What you'll bring", "Nice to have"). */
function isHeadingPhrase(words: string): boolean {
  const trimmed = words.trim()
  if (trimmed.length === 0 || /[.,;!]$/u.test(trimmed)) return false
  if (trimmed.split(/\s+/u).length > HEADING_WORDS || !/^[¿¡]?\p{Lu}/u.test(trimmed)) return false
  // Cut off by the glue as by a line break, the phrase is read as a heading line is.
  return classifyHeading(trimmed.replace(/^[¿¡]|[?:]$/gu, ''), true) !== null
}

/**
 * Sets a heading on a line of its own where a page copied without breaks glued it to the item before it or after it
 * ("Keep flaky tests under 1%What you'll bring", "What you'll doOwn the suite"): a heading phrase that runs from a
 * glued capital to the end of the line, or from the start of the line to a glued capital. Left glued, the heading's
 * section would not open, and the items under it would be read as the section before.
 */
function splitGluedHeadings(lines: readonly PageLine[]): PageLine[] {
  return lines.flatMap((line) => {
    // A word of two capitalised parts ("AgencyZoom", "(OneTrust") or with a one-letter lower-case prefix ("eSocial",
    // "iPhone") is a name spelt so, not two words glued.
    const cuts = [...line.text.matchAll(GLUED_CAPITAL)]
      .map((match) => match.index)
      .filter((cut) => !/(?:^|\s)(?:[^\s\p{L}]*\p{Lu}\S*|\p{Ll})$/u.test(line.text.slice(0, cut)))
    // A heading does not end on a word that links it to what follows ("Experiência com").
    const first = cuts.find(
      (cut) =>
        isHeadingPhrase(line.text.slice(0, cut)) &&
        !LINKING_WORD.test(/\S+$/u.exec(line.text.slice(0, cut))?.[0] ?? ''),
    )
    const last = [...cuts].reverse().find((cut) => isHeadingPhrase(line.text.slice(cut)))
    const at = [first, last].filter((cut): cut is number => cut !== undefined && cut > 0)
    if (at.length === 0) return [line]
    const bounds = [0, ...new Set(at)].sort((a, b) => a - b)
    return bounds.map((from, index) => {
      const to = bounds[index + 1] ?? line.text.length
      return {
        start: line.start + from,
        end: line.start + to,
        text: line.text.slice(from, to),
        blankBefore: index === 0 && line.blankBefore,
        blankAfter: index === bounds.length - 1 && line.blankAfter,
      }
    })
  })
}

/** Most words a clause between semicolons may hold to be read as an item of a list. */
const LISTED_CLAUSE_WORDS = 12

/**
 * Cuts a stretch of a run-on page at its semicolons when every clause is short ("Deseable: inglés intermedio para
 * atender compradores; certificación como avaluador"): pasted without breaks, the items of a list under a heading keep
 * only the semicolons between them, and each is an item as its line was.
 */
function cutListedClauses(text: string, span: Span): Span[] {
  const part = text.slice(span.start, span.end)
  const cuts = [...part.matchAll(/;\s+/gu)]
  if (cuts.length === 0) return [span]
  const pieces: Span[] = []
  let from = 0
  for (const cut of [...cuts, null]) {
    const end = cut === null ? part.length : cut.index
    pieces.push({ start: span.start + from, end: span.start + end })
    if (cut !== null) from = cut.index + cut[0].length
  }
  const short = pieces.every((piece) => {
    const words = text.slice(piece.start, piece.end).trim().split(/\s+/u).length
    return words >= 2 && words <= LISTED_CLAUSE_WORDS
  })
  return short ? pieces : [span]
}

/** Fewest middle dots that make a stretch a row of fields (a listing's role · company · place · pay · actions). */
const DOTTED_FIELDS = 3

/**
 * Cuts a row of fields a job board sets apart with middle dots ("Analyst · Acme · Leeds (Hybrid) · £40,000 · Apply ·
 * Save · Acme started in 2009 …") into its fields, as the page showed them: each is read for what it is, and a
 * sentence glued after the last field is read on its own.
 */
function cutDottedFields(text: string, span: Span): Span[] {
  const part = text.slice(span.start, span.end)
  const dots = [...part.matchAll(/\s+·\s+/gu)]
  if (dots.length < DOTTED_FIELDS) return [span]
  const pieces: Span[] = []
  let from = 0
  for (const dot of dots) {
    pieces.push({ start: span.start + from, end: span.start + dot.index })
    from = dot.index + dot[0].length
  }
  pieces.push({ start: span.start + from, end: span.end })
  return pieces
}
