import { loadWordNet } from '../scoring/load-wordnet'
import { normalizeText } from './normalize-text'
import { findRequirementPredicate, readInlineKind } from './posting-cues'
import { EMPLOYER_SUBJECT } from './read-employer-text'
import { tellsWithoutAsking } from './tells-without-asking'

// An item often closes with a remark set off by a semicolon: the employer's own word on the ask ("Valid work permit;
// we can't sponsor this year."), a fact about the workplace ("Weekend availability; the shop never closes on
// Saturdays."), what happens to someone who lacks it. The remark is a clause of its own, with its own subject, and
// that subject is not the reader: it asks nothing, whatever nouns it names. A clause after a semicolon that has no
// verb of its own ("A; B; C") is one more item of a list, and still asked.

/** What would make the employer's own clause ask after all: a cue of kind, a need, an obligation, the reader named. */
const ASKS_STILL =
  /\b(?:need|needs|needed|must|have to|has to|require\p{L}*|expect\p{L}*|want|prefer\p{L}*|value|ask|ask for|pedir\p{L}*|pediremos|solicit\p{L}*|valoramos|valorizamos|precisamos|necesitamos|exigimos|pedimos|buscamos|procuramos|queremos|preferimos|you|your|voce|usted|tu|te|lhe)\b/u

/** Words of the closed classes that open a clause's own subject, in EN, PT and ES (folded). */
const CLOSED_OPENING =
  /^(?:the|a|an|this|that|these|those|it|its|they|their|there|here|he|she|his|her|half|most|many|some|all|any|each|every|no|none|nobody|anyone|whoever|one|for|if|as|not|never|o|os|as|um|uma|este|esta|isso|isto|esse|essa|ele|ela|eles|elas|aqui|ali|la|quem|todo|toda|metade|muitos|alguns|nenhum|ninguem|para|pra|se|no|na|em|nao|nunca|el|los|las|lo|un|una|eso|esto|ese|ella|ellos|aca|alli|alla|quien|quienes|mitad|muchos|algunos|ningun|nadie|si|en|nunca)\b/u

/** True when the clause at [start, end) follows a semicolon after an ask on its own line and only remarks on it. */
export function remarksAfterAsk(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const before = text.slice(lineStart, start)
  // The ask stands before the semicolon, on the same line: the clause comments on it. Read from the line's end by
  // index, not by a pattern anchored at the end: on a long line with no semicolon such a pattern is tried from every
  // letter and scans to the end each time, quadratic in the line and paid for every clause of it.
  const trimmed = before.trimEnd()
  if (!trimmed.endsWith(';')) return false
  const askBefore = trimmed.slice(trimmed.lastIndexOf(';', trimmed.length - 2) + 1, -1)
  if (!/\p{L}/u.test(askBefore)) return false
  // The remark runs to the next semicolon or the line's end: a kind said at its close ("…; X será bem visto") is its.
  const lineEnd = text.indexOf('\n', end)
  const rest = text.slice(start, lineEnd < 0 ? text.length : lineEnd)
  const clause = (rest.split(/;|[.!?](?=\s+[\p{Lu}¿¡])/u)[0] ?? '').trim()
  if (
    clause.length <
    text
      .slice(start, end)
      .trim()
      .replace(/[.!?]+$/u, '').length
  )
    return false
  // A remark goes on in the item's sentence, in lower case; a capital may open another item of a run-on list.
  if (!/^\p{Ll}/u.test(clause)) return false
  // A clause opened by its verb ("writes a clear e-mail", "travel up to 2 nights a month") has no subject of its own:
  // it goes on saying what the person does or accepts, one more ask.
  const first = /^\p{L}+/u.exec(clause)?.[0] ?? ''
  const wordNet = loadWordNet()
  if (wordNet.lemmas(first).some((lemma) => wordNet.isVerb(lemma))) return false
  // Its subject opens on a word of the closed classes (an article, a pronoun, a quantifier, a place, a preposition
  // before a fronted topic): a bare noun first ("técnico em X será bem visto") is one more item, lists drop articles.
  const folded = normalizeText(clause)
  if (!CLOSED_OPENING.test(folded) && !EMPLOYER_SUBJECT.test(folded)) return false
  if (tellsWithoutAsking(clause)) return true
  // The employer as the subject ("we can't help with …", "no podemos …", "a gente não …") tells what it does or
  // cannot do, unless the clause goes on to want, need or expect something of the reader.
  return (
    EMPLOYER_SUBJECT.test(folded) &&
    !ASKS_STILL.test(folded) &&
    readInlineKind(clause) === null &&
    findRequirementPredicate(folded) === null
  )
}
