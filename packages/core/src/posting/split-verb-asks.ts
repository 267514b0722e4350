import { type AskSpan, cutIntoAsks } from './cut-into-asks'
import { normalizeText } from './normalize-text'
import { findRequirementPredicate, isDutyLike } from './posting-cues'
import { refersBack } from './refers-back'

type Span = AskSpan

// Infinitives too short for the shape test, in PT and ES: "ser pontual", "ter CNH", "ler inglês", "ir à obra"; "pôr" is left out, spelt as the preposition "por".
const SHORT_INFINITIVES = new Set(['ser', 'ter', 'ler', 'ver', 'dar', 'ir', 'vir', 'leer', 'oir'])
// Where a second infinitive may open: a comma, "e" / "y", or both ("…, saber ouvir e ter…").
const INFINITIVE_JOINT = /\s*,\s*(?:(?:e|y)\s+)?|\s+(?:e|y)\s+/gu
// A verb of a "que" clause about the reader, and a second one coordinated to it: "que você saiba X e respeite Y",
// "que sepas X y manejes Y". The second verb takes an object opened by an article or a possessive, which a noun
// after "e" seldom does.
const THAT_CLAUSE = /\bque\s+(?:(?:voce|tu|usted|ele|ela|el|ella)\s+)?\p{L}+/u
const SECOND_SUBJUNCTIVE =
  /\s+(?:e|y)\s+(?=(\p{Ll}{3,}(?:e|a|em|am|en|an|es|as))\s+(?:o|a|os|as|um|uma|seu|sua|seus|suas|el|la|los|las|un|una|su|sus)\s)/gu
// Words of those endings that are no verb: prepositions and adverbs that open a phrase after "e" / "y".
const NOT_A_VERB = new Set(
  'sobre entre contra desde ainda sempre inclusive mesmo mesma toda todo todas todos cada nunca quase apenas ante tras hasta durante mediante'.split(
    ' ',
  ),
)

// A verb of knowing how before an infinitive ("saber ler", "saiba montar", "sepa soldar").
const KNOWING_HOW =
  /(?<=^|\s)(?:saber|saiba|saibam|sepa|sepas|sepan)(?=\s+\p{Ll}{2,}(?:ar|er|ir)\b|\s+(?:ler|ver|leer)\b)/u

const KNOWING_HOW_WORD = /^(?:saber|saiba|saibam|sepa|sepas|sepan)$/u

/** True when a PT or ES word has the shape of an infinitive ("respeitar", "saber", "cumplir", "ser"). */
function isInfinitive(word: string): boolean {
  const folded = normalizeText(word)
  return SHORT_INFINITIVES.has(folded) || /^\p{Ll}{2,}(?:ar|er|ir)$/u.test(word)
}

function words(text: string): number {
  return text.trim().split(/\s+/u).filter(Boolean).length
}

/** True when `at` falls inside a bracket of `text`. */
function insideBracket(text: string, at: number): boolean {
  const before = text.slice(0, at)
  return (before.match(/\(/gu) ?? []).length > (before.match(/\)/gu) ?? []).length
}

/** The offset where the part's verbs start: its first word, or the verb of having that ends its predicate. */
function firstVerbAt(part: string): number | null {
  const lead = /^[^\p{L}]*/u.exec(part)?.[0].length ?? 0
  const first = /^\p{L}+/u.exec(part.slice(lead))?.[0] ?? ''
  if (isInfinitive(first.toLowerCase())) return lead
  // "É importante ter X, saber Y e ter Z": the predicate's own infinitive opens the list of verbs.
  const predicate = findRequirementPredicate(part)
  // "É indispensável saber ler plantas e usar trena": a verb of knowing how opens the verbs wherever it stands.
  if (predicate === null) return KNOWING_HOW.exec(normalizeText(part))?.index ?? null
  const last = /(\p{L}+)\s*:?\s*$/u.exec(part.slice(0, predicate))?.[1] ?? ''
  if (isInfinitive(last.toLowerCase())) return predicate
  // "Se requiere saber instalar X, realizar Y…", "Pedimos manejar Z y…": the complement of a need may itself be the
  // list of verbs.
  const next = /^\p{L}+/u.exec(part.slice(predicate))?.[0] ?? ''
  return isInfinitive(next) ? predicate : null
}

/** True when a conjunct holds verbs only ("instalar", "saber instalar"): it has no object of its own to ask about. */
function onlyVerbs(conjunct: string): boolean {
  const found = conjunct.trim().split(/\s+/u).filter(Boolean)
  return (
    found.length > 0 &&
    found.every((word, index) => {
      const bare = word.replace(/[^\p{L}]+/gu, '').toLowerCase()
      // "que sepa aplicar": a verb of knowing how is one of the verbs.
      return isInfinitive(bare) || (index === 0 && KNOWING_HOW_WORD.test(bare))
    })
  )
}

/**
 * Cuts an ask told as verbs in PT or ES into one ask per verb phrase: "Trabalhar em equipe e respeitar as normas da
 * obra", "Ser pontual, saber ouvir o cliente e ter boa letra", "É preciso ter CNH, saber usar GPS e…", "que você saiba
 * operar a máquina e respeite as normas". Each verb takes an object of its own, so each phrase is asked apart. A
 * lone verb before the joint shares the object after it ("instalar e configurar redes"), and a joint inside
 * brackets belongs to an aside; both stay whole. `asked` tells that the line stands in a list of asks (under a
 * requirements heading or label). Later parts continue the first one's ask.
 */
export function splitVerbAsks(text: string, start: number, end: number, asked: boolean): Span[] {
  const part = text.slice(start, end)
  // Outside a list of asks, verbs opening a line are the job's duties ("Instalar painéis e revisar a fiação"), read
  // whole as the role's work.
  if (!asked && isDutyLike(part)) return [{ start, end }]
  const cuts: Array<{ at: number; skip: number }> = []
  const from = firstVerbAt(part)
  if (from !== null) {
    // The verb phrase just before a joint: "ler, escrever e interpretar textos" joins lone verbs that share one object.
    let conjunctFrom = from
    for (const joint of part.slice(from).matchAll(INFINITIVE_JOINT)) {
      const at = from + joint.index
      const next = /^\p{L}+/u.exec(part.slice(at + joint[0].length))?.[0] ?? ''
      if (!isInfinitive(next) || insideBracket(part, at)) continue
      // The conjunct runs from its own verb: "operar empilhadeira e paleteira" is one verb phrase, whose objects the
      // "e" inside it joins.
      const conjunct = part.slice(conjunctFrom, at)
      conjunctFrom = at + joint[0].length
      // The verb phrase after the joint must hold an object of its own ("respeitar a orientação"), not end the line.
      const after = part.slice(at + joint[0].length).split(/[,;]|\s(?:e|y)\s/u)[0] ?? ''
      if (words(conjunct) < 2 || onlyVerbs(conjunct) || words(after) < 2) continue
      // "saiba organizar os prazos e manter a calma quando vários deles vencem": the second verb takes up the first
      // one's object, so the two are one ask.
      if (refersBack(part.slice(at + joint[0].length))) continue
      cuts.push({ at, skip: joint[0].length })
    }
  }
  const clause = THAT_CLAUSE.exec(normalizeText(part))
  if (clause && normalizeText(part).length === part.length) {
    let governedFrom = clause.index
    for (const joint of part.slice(clause.index).matchAll(SECOND_SUBJUNCTIVE)) {
      const at = clause.index + joint.index
      if (NOT_A_VERB.has(normalizeText(joint[1] ?? '')) || insideBracket(part, at)) continue
      if (words(part.slice(governedFrom, at)) < 3) continue
      cuts.push({ at, skip: joint[0].length })
      governedFrom = at + joint[0].length
    }
  }
  cuts.sort((a, b) => a.at - b.at)
  // "Fazer manutenção básica: engraxar, trocar filtro, ver o óleo": a verb phrase before a colon is the ask, and the
  // verbs after it are examples of it, one activity told in its steps. A label or a need before the colon
  // ("Requisitos: saber nadar, ter CNH") heads a list of asks instead; it is no verb phrase of its own.
  const colon = part.indexOf(':')
  const head = colon > 0 ? part.slice(0, colon) : ''
  const headVerb = /^[^\p{L}]*(\p{L}+)/u.exec(head)?.[1] ?? ''
  const examplesAfter =
    colon > 0 &&
    words(head) >= 2 &&
    isInfinitive(headVerb.toLowerCase()) &&
    !KNOWING_HOW_WORD.test(normalizeText(headVerb)) &&
    findRequirementPredicate(head) === null
  // Joints were found in the slice, so their offsets count from its start.
  return cutIntoAsks(start, end, examplesAfter ? cuts.filter((cut) => cut.at < colon) : cuts, start)
}
