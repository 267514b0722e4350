import { type AskSpan, cutIntoAsks } from './cut-into-asks'
import { normalizeText } from './normalize-text'

type Span = AskSpan

// A conjunction right after a closing bracket: "cortes clássicos (julienne, brunoise) e molhos básicos".
const AFTER_BRACKET = /\)\s*,?\s+(?:and|e|y)\s+(?=(\p{L}+))/gu
// What opens no noun phrase of its own: a preposition or an article continuing the phrase before, or a word of
// alternatives or of an open list.
const CONTINUES =
  /^(?:of|in|on|at|to|for|with|or|the|de|do|da|dos|das|em|no|na|com|ou|o|a|os|as|en|del|al|con|el|la|los|las|etc|similar|similares|outros|outras|otros|otras|others?|related)$/u

/**
 * Cuts an ask where a bracket of examples closes one thing and a conjunction names another: "cortes clássicos
 * (julienne, brunoise) e molhos básicos", "window functions (ROW_NUMBER, LAG) and query tuning", "cortes (juliana,
 * brunoise) y salsas madre". The bracket ends the first thing's examples, so what the conjunction joins after it is
 * a second thing asked, not one more example. A bracket of one word or two (an abbreviation, "(or equivalent)")
 * closes no list, and the line stays whole.
 */
export function splitAfterExamples(text: string, start: number, end: number): Span[] {
  const part = text.slice(start, end)
  const cuts: Array<{ at: number; skip: number }> = []
  let from = 0
  for (const joint of part.matchAll(AFTER_BRACKET)) {
    const open = part.lastIndexOf('(', joint.index)
    if (open < from) continue
    const inside = part.slice(open + 1, joint.index)
    // Examples listed: a comma or an example word inside the bracket.
    if (
      !/,/u.test(inside) &&
      !/\b(?:e\.g|eg|ex|such as|like|como|tais como|por exemplo|por ejemplo)\b/u.test(normalizeText(inside))
    )
      continue
    const before = part.slice(from, open).trim()
    if (before.split(/\s+/u).filter(Boolean).length < 2) continue
    if (CONTINUES.test(normalizeText(joint[1] ?? ''))) continue
    cuts.push({ at: joint.index + 1, skip: joint[0].length - 1 })
    from = joint.index + joint[0].length
  }
  // Joints were found in the slice, so their offsets count from its start.
  return cutIntoAsks(start, end, cuts, start)
}
