import { findTopCommas } from './find-top-commas'
import { normalizeText } from './normalize-text'

// A choice inside a clause: "A o B", "A ou B", "A or B" (folded). Portuguese spells its article "o" as Spanish spells
// "or", so an "o" after a preposition ("para o controle") is the article; a count ("one or more", "ou mais") offers
// no choice between asks.
const CHOICE =
  /\s(?:or|ou|u|(?<!\b(?:de|do|da|para|pra|com|em|no|na|por|pelo|a|ao|que|e|sobre|como|todo|sendo)\s)o)\s(?!(?:more|older|over|above|two|mais|mas|superior)\b)/u
// A frame of knowing or handling whose objects the commas list ("Conhecimento de A ou B, C e D"): every item is the
// frame's, so none is cut away from it.
const OPENS_LIST_FRAME =
  /^(?:[\p{L}-]+\s+){0,3}?(?:knowledge|understanding|familiarity|proficiency|expertise|experience|conhecimentos?|conocimientos?|dominio|manejo|nocoes|nociones|experiencia|vivencia)\s+(?:\p{L}+\s+)?(?:in|with|of|on|em|com|de|do|da|dos|das|en|con|del|no|na|sobre)\s/u
// A verb that opens the line takes every item after it as its object ("Saber usar A ou B, e C", "Can run A or B, C
// and D", "Manejar A o B, C y D"): an infinitive in PT or ES, a modal or a verb of knowing or using in EN.
const OPENS_VERB_FRAME =
  /^(?:\p{L}{3,}(?:ar|er|ir)\s|(?:can|could|know|knows|use|uses|run|runs|operate|operates|(?:be )?able to)\s)/u
// A predicate said of the candidate after the comma ("…, and is strong in Excel"): the line is a run of predicates,
// left to the readers of coordinated predicates.
const OPENS_PREDICATE =
  /^(?:is|are|has|have|can|could|will|would|must|should|does|tem|tenha|sabe|saiba|esta|seja|pode|possa|tiene|tenga|sepa|puede|pueda)\b/u
// The conjunction that closes a list of asks ("…, y C", "… e C", "…, and C").
const CLOSING_AND = /(?:^|\s)(?:and|e|y)\s/u
// Words that open no ask of their own but say more of the one before: a preference or an example, a level, a place
// or a means, a part of a tenure, or the rest of the choice.
const CONTINUES =
  /^(?:or|ou|o|u|etc|ideally|preferably|preferencialmente|de preferencia|idealmente|preferiblemente|especially|especialmente|em especial|en especial|in particular|em particular|en particular|such as|like|e\.g|por exemplo|por ejemplo|como|including|incluindo|incluyendo|sendo|siendo|of which|dos quais|de los cuales|with|in|at|for|on|from|com|con|em|en|no|na|para|por|de|do|da|del|a|al|level|nivel|at a|a nivel|ao nivel|al nivel)\b/u

// A clause of its own after the comma: a reason, a concession, a relative, or a gerund that goes on about the ask
// before it ("…, tagging and feeding calves").
const OPENS_CLAUSE =
  /^(?:because|since|though|although|which|who|that|so|ya que|porque|pois|aunque|embora|que|quem|quien|donde|onde|where|when|cuando|quando|\p{L}{3,}(?:ing|ando|endo|indo))\b/u
// Most characters of a listed line read here: a longer one is a paragraph, whose sentences are read on their own.
const LONGEST = 220

/**
 * Cuts a listed line whose items are each a choice, set apart by commas and closed by "and" ("Dos años en hotel,
 * crucero o parque temático, inglés conversacional y buena energía", "Francês ou italiano intermediário, curso de
 * primeiros socorros ou de salva-vidas, e gosto por esporte", "Python or Go, a cloud certificate or equivalent, and
 * on-call availability"): the "or" closes a choice, so the comma after it ends that ask, and what follows opens the
 * next, as the closing "and" shows the line to be a list of asks. The commas inside a choice ("hotel, crucero o
 * parque") stay, and a comma before words that only say more of the choice ("…, preferably in retail", "…, nivel
 * avanzado") cuts nothing.
 */
export function splitClosedChoices(
  text: string,
  start: number,
  end: number,
): Array<{ start: number; end: number }> {
  const whole = [{ start, end }]
  const line = text.slice(start, end)
  // Offsets of the folded line must be those of the line.
  const folded = normalizeText(line)
  if (folded.length !== line.length || line.length > LONGEST || /[.!?]\s+\S/u.test(line.trim())) return whole
  const opening = folded.replace(/^[^\p{L}]+/u, '')
  if (OPENS_LIST_FRAME.test(opening) || OPENS_VERB_FRAME.test(opening)) return whole
  const commas = findTopCommas(line)
  if (commas.length === 0) return whole
  const unbracketed = (from: number, to: number) => folded.slice(from, to).replace(/\([^()]*\)/gu, ' ')
  const cuts: number[] = []
  let from = 0
  for (const comma of commas) {
    const after = folded.slice(comma + 1).trimStart()
    if (!CHOICE.test(` ${unbracketed(from, comma)} `)) continue
    // The closing "and" after the cut shows a list of asks runs on; without it the words after may be the choice's.
    if (!CLOSING_AND.test(unbracketed(comma + 1, folded.length))) continue
    const item = after.replace(/^(?:and|e|y)\s+/u, '')
    if (
      !/^\p{L}/u.test(after) ||
      CONTINUES.test(after) ||
      OPENS_CLAUSE.test(item) ||
      OPENS_PREDICATE.test(item) ||
      item.split(/\s+/u).length < 2
    )
      continue
    cuts.push(comma)
    from = comma + 1
  }
  if (cuts.length === 0) return whole
  const spans: Array<{ start: number; end: number }> = []
  let at = 0
  for (const cut of [...cuts, line.length]) {
    const piece = line.slice(at, cut)
    // The closing conjunction opens the last item ("…, y gusto por el deporte"): it is no word of the item.
    const lead = /^\s*(?:(?:and|e|y)\s+)?/u.exec(piece)?.[0].length ?? 0
    spans.push({ start: start + at + lead, end: start + cut })
    at = cut + 1
  }
  return spans.every((span) => /\p{L}/u.test(text.slice(span.start, span.end))) ? spans : whole
}
