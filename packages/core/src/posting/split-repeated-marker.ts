import type { Taxonomy } from '../taxonomy'
import { findSkills } from '../taxonomy'
import { closesBetweenPair } from './closes-between-pair'
import { type AskSpan, cutIntoAsks } from './cut-into-asks'
import { sentenceFurniture } from './find-page-furniture'
import { namesOnlyProperNoun } from './names-only-proper-noun'
import { normalizeText } from './normalize-text'
import { readConditionSubject } from './split-condition-clauses'

type Span = AskSpan

// Function words that open a noun phrase, by family: a preposition and its contractions with the article, or an
// article. Said again after "e" / "y" / "and", the word shows a second phrase opening beside the first one.
const FAMILIES: ReadonlyArray<readonly string[]> = [
  ['de', 'da', 'do', 'das', 'dos', 'del'],
  ['em', 'no', 'na', 'nos', 'nas', 'en'],
  ['com', 'con', 'with'],
  ['para', 'for'],
  ['of'],
  ['in'],
  ['o', 'a', 'os', 'as', 'el', 'la', 'los', 'las', 'um', 'uma', 'un', 'una'],
]
const JOINT = /\s+(?:e|y|and)\s+(?=(\p{L}+)\s+(\p{L}+))/gu

function familyOf(word: string): number {
  return FAMILIES.findIndex((family) => family.includes(word))
}

/**
 * Cuts an ask where a conjunction is followed by the preposition or the article that opened the phrase before it:
 * "Não abrimos mão de boa letra e de uma postura cordial", "conhecer o CDC e a legislação de crédito", "dominio de
 * la LOPD y de la normativa de consumo", "knowledge of payroll law and of pension rules". Saying the word again
 * opens a second thing beside the first, each asked apart. Conditions of the job ("das 8h às 12h e das 14h às 18h")
 * are left to the condition reader, a joint inside brackets belongs to an aside, and the article said before each
 * item of a comma list ("el ceviche, los tiraditos y los fondos") closes the list, one ask.
 */
export function splitRepeatedMarker(text: string, start: number, end: number, taxonomy: Taxonomy): Span[] {
  const part = text.slice(start, end)
  const folded = normalizeText(part)
  // What the page says to the applicant ("send a CV and a few lines about…") is set aside whole, not asked; and
  // where the taxonomy names what the line lists, its list readers ask for each thing in its own words.
  if (
    folded.length !== part.length ||
    readConditionSubject(folded) !== null ||
    sentenceFurniture(part) !== null ||
    findSkills(part, taxonomy).length > 0
  )
    return [{ start, end }]
  const cuts: Array<{ at: number; skip: number }> = []
  let from = 0
  for (const joint of folded.matchAll(JOINT)) {
    const family = familyOf(joint[1] ?? '')
    // Folded, the verb "é" is spelt as the conjunction: only the conjunction as written joins.
    if (family < 0 || !/^\s+(?:e|y|and)\s/u.test(part.slice(joint.index))) continue
    // In English an article said again joins two objects of one verb as often as two asks ("teach a trainee and a
    // café owner"): only prepositions are taken there.
    if (family === FAMILIES.length - 1 && /^\s+and\s/u.test(part.slice(joint.index))) continue
    // A place named after the marker ("… à filial de Joinville e a Itajaí") is one more object of the phrase before.
    if (namesOnlyProperNoun(part.slice(joint.index + joint[0].length))) continue
    // A verb after the marker shares the frame before it ("capaz de trabalhar só e de zelar pela equipe"): one ask.
    if (/^\p{L}{2,}(?:ar|er|ir)$/u.test(joint[2] ?? '') || joint[2] === 'to') continue
    const before = folded.slice(from, joint.index)
    // "las rutas entre Quito y la costa": the conjunction closes a "between" pair, one place the phrase names.
    if (closesBetweenPair(before)) continue
    if ((before.match(/\(/gu) ?? []).length > (before.match(/\)/gu) ?? []).length) continue
    // The first phrase's own marker, after the frame's first word: "mão de boa letra", "conhecer o CDC".
    const words = before.trim().split(/\s+/u)
    const markerAt = words.findIndex((word, index) => index > 0 && familyOf(word) === family)
    // The first phrase must name something after its marker, in a few words.
    if (markerAt < 0 || words.length - markerAt < 2 || words.length - markerAt > 8) continue
    // "with" right after the phrase's head noun says by what means the one thing it names is done ("Manejo con
    // radiocontrol y con botonera", "Operação com empilhadeira e com paleteira", "Welding with stick and with MIG"):
    // the means vary, the head is asked once.
    if (FAMILIES[family]?.includes('with') && markerAt === 1) continue
    // "el ceviche, los tiraditos y los fondos": the article said before each item of a comma list marks no new ask.
    if (words.slice(markerAt).some((word) => word.endsWith(','))) continue
    cuts.push({ at: joint.index, skip: joint[0].length })
    from = joint.index + joint[0].length
  }
  // Joints were found in the slice, so their offsets count from its start.
  return cutIntoAsks(start, end, cuts, start)
}
