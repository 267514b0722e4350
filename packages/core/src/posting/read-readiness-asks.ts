import { findListedPredicates } from './find-listed-predicates'
import { normalizeText } from './normalize-text'

// Adjectives of readiness or ease that ask something of the candidate once a complement follows ("at ease with
// fault logs", "comfortable running audits", "capaz de ler plantas", "dispuesto a viajar"), in EN, PT and ES.
const READINESS =
  '(?:able|capable|comfortable|confident|happy|willing|keen|prepared|ready|at ease|familiar|capaz|capazes|capaces|apt[oa]s?|dispost[oa]s?|dispuest[oa]s?|habituad[oa]s?|acostumbrad[oa]s?|familiarizad[oa]s?|c[oó]mod[oa]s?|(?:à|a) vontade)'
const COMPLEMENT = '(?:to|with|using|in|at|around|de|do|da|a|al|em|en|com|con|para|\\p{L}+ing)\\s'

// A second predicate that opens on such an adjective ("…and able to read schematics", "…e capaz de ler plantas"):
// the candidate is asked two things, one per adjective.
const SECOND_ABILITY = new RegExp(
  `,?\\s+(?:and|e|y)\\s+(?=(?:(?:also|equally|fully|tamb[eé]m|tambi[eé]n)\\s+)?${READINESS}\\s+${COMPLEMENT})`,
  'giu',
)

// A tenure added to the ask before it ("a diploma in X, plus at least four years as Y", "…, más dos años en Z", "un
// título en X, y con al menos cuatro años en Y", "a licence and with two years on site"): the tenure is a second ask.
// A bare "and" needs the comma or the "with" that opens the tenure's own phrase: "between 2 and 5 years" is one.
const ADDED_TENURE =
  /(?:,\s+(?:plus|más|mais|and|e|y)\s+(?:(?:with|com|con)\s+)?|,?\s+(?:and|e|y)\s+(?:with|com|con)\s+)(?=(?:(?:at least|a minimum of|over|more than|pelo menos|no m[ií]nimo|al menos|como m[ií]nimo)\s+)?[\p{L}\d+]+\s+(?:years?|anos|años)\b)/giu

// A second ask that opens on a noun of knowing or practice with its article ("…against a data warehouse and an
// understanding of survey datums", "… e um bom conhecimento de NRs", "… y un manejo fluido de Excel").
const SECOND_KNOWING =
  /,?\s+(?:and|e|y)\s+(?=(?:an?|some|any|um|uma|algum|alguma|qualquer|un|una|alg[uú]n|alguna|cualquier)\s+(?:(?:good|solid|sound|basic|working|strong|deep|practical|firm|bom|boa|s[oó]lid[oa]|b[aá]sic[oa]|buen|buena|profund[oa])\s+)?(?:understanding|knowledge|grasp|command|awareness|familiarity|experience|conhecimento|no[cç][aã]o|experi[eê]ncia|viv[eê]ncia|dom[ií]nio|conocimiento|noci[oó]n|experiencia|manejo)\s+(?:of|in|with|de|em|en|do|da|del|con|com|sobre)\s)/giu

// A second ask that opens on a capacity with its article or on a registration ("… and the ability to balance a till", "… and registration
// with the nursing board", "… e a capacidade de…", "… y colegiatura en…"): a thing of its own to check.
const SECOND_CAPACITY =
  /,?\s+(?:and|e|y)\s+(?=(?:the|a|an|la|el)\s+(?:(?:proven|demonstrated|comprovada|demostrada)\s+)?(?:ability|capacity|capability|capacidade|capacidad|habilidade|habilidad)\s+(?:to|de|para)\s|(?:(?:current|valid|active|full)\s+)?(?:registration|membership|registro|colegiatura|matr[ií]cula)\s+(?:with|in|of|at|on|no|na|en|con|em|ante|junto)\s)/giu

/**
 * The places a sentence joins a further predicate about the candidate: those the caller's pattern finds and those
 * told by an adjective of readiness, an added tenure, a noun of knowing or a capacity, in the order they occur.
 */
export function findSecondPredicates(line: string, pattern: RegExp): RegExpExecArray[] {
  const found = [
    ...line.matchAll(pattern),
    ...line.matchAll(SECOND_ABILITY),
    ...line.matchAll(ADDED_TENURE),
    ...line.matchAll(SECOND_KNOWING),
    ...line.matchAll(SECOND_CAPACITY),
    ...findListedPredicates(line),
  ]
  const ordered = found.sort((a, b) => a.index - b.index)
  // Two patterns may find the same joint; it is one cut.
  return ordered.filter((match, at) => {
    const before = ordered[at - 1]
    return before === undefined || before.index + before[0].length <= match.index
  })
}

// The candidate's readiness stated ("You should be at ease with X", "Comfortable running Y", "Debes estar familiarizado
// con Z"): the adjective opens the clause, or follows a verb of being whose subject is the reader. Someone else's
// ("we are confident in our product", "so that they are able to sell it") is no ask.
const STATES_READINESS = new RegExp(
  `(?:^|\\b(?:be|are|you're|being|ser|estar|seja|esteja|sea|este|estes|seas)\\s+(?:\\p{L}+\\s+)?)${READINESS}\\s+${COMPLEMENT}`,
  'u',
)
const READER_SUBJECT =
  /\b(?:you|you're|you'll|your|voce|tu|usted|debes|deberas|tienes que|precisa|precisas|deve|deves|devera)\b/u

/** True when a clause asks the candidate to be ready for or at ease with something. */
export function statesReadiness(clause: string): boolean {
  const folded = normalizeText(clause)
    .trim()
    .replace(/^[^\p{L}]+/u, '')
  const match = STATES_READINESS.exec(folded)
  if (match === null) return false
  // "Be ready to…" opening a line is an imperative, the work's own; a bare adjective opening it asks.
  const opensOnAdjective =
    match.index === 0 && !/^(?:be|are|being|ser|estar|seja|esteja|sea|este|estes|seas)\s/u.test(match[0])
  return opensOnAdjective || READER_SUBJECT.test(folded.slice(0, match.index + match[0].length))
}
