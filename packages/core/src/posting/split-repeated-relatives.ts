import { normalizeText } from './normalize-text'

type Span = { start: number; end: number; coordinated?: true }

// The relative that names whoever is wanted, with the preposition it may take: "com quem", "quem", "con quien",
// "quienes", "anyone who", "someone who", "those who", "whoever". Read on the folded text.
const RELATIVE =
  /(^|[\s,;]+(?:(?:e|y|and|or|ou|o)\s+)?)((?:(?:com|con|with|para|por|de|for)\s+)?(?:quem|quien|quienes|aquele que|aquela que|aqueles que|alguem que|alguien que|anyone who|anybody who|someone who|somebody who|those who|people who|whoever))\s+\p{L}/gu

// A bare relative opening a clause after a comma, or after a comma and a conjunction, with a verb after it: ", que
// pueda", ", y que traiga", ", e que saiba", ", who has", ", and who can". Read on the folded text; "lo que", "porque"
// and a relative with no comma before it ("piezas que se llevan") describe something else.
const CHAINED_RELATIVE =
  /(,\s*(?:(?:e|y|and)\s+)?|\s(?:e|y|and)\s+)(?:que|who)\s+(?!(?:o|a|os|as|el|la|los|las|the|is|are|was)\s)(se\s+)?\p{L}/gu

/**
 * Cuts a clause that names the one wanted by the same relative again and again ("conversar com quem já operou X,
 * com quem tem Y e com quem mora em Z", "nos encantaría hablar con quien sepa A y con quien tenga B", "we'd love to
 * hear from anyone who has A, anyone who has B"): each relative opens a person of its own and so an ask of its own.
 * A relative said once is one ask, whatever its commas list.
 */
export function splitRepeatedRelatives(text: string, start: number, end: number): Span[] {
  const part = text.slice(start, end)
  const folded = normalizeText(part)
  if (folded.length !== part.length) return [{ start, end }]
  const found = [...folded.matchAll(RELATIVE)].map((match) => ({
    at: match.index + (match[1]?.length ?? 0),
    relative: match[2] ?? '',
  }))
  // A bare relative after a comma or a conjunction (", que sepa X, que tenga Y", ", who can X, and who has Y") goes
  // on describing the one wanted by the clause before it: each opens an ask of its own, as a relative said again does.
  // One joined by a conjunction alone ("… y que traiga Z") closes a chain a comma opened; alone ("someone who takes
  // pride in X and who keeps Y"), it joins two predicates of one description.
  const chained = [...folded.matchAll(CHAINED_RELATIVE)]
    .map((match) => ({
      at: match.index + (match[1]?.length ?? 0),
      relative: 'chained',
      comma: (match[1] ?? '').includes(','),
      reflexive: match[2] !== undefined,
    }))
    .filter((item, index, all) => item.comma || all.slice(0, index).some((other) => other.comma))
    // "que se" alone most often describes a thing ("piezas, que se llevan al taller"); in a chain whose other links
    // describe the one wanted (", que se sienta seguro con X, y que sepa Y"), it is one more link of the person.
    .filter((item, _index, all) => !item.reflexive || all.some((other) => !other.reflexive))
  const first = found[0]
  // Only the relative said again, in the same words, lists persons: "quem sabe X e quem tem Y".
  const same = first ? found.filter((item) => item.relative === first.relative) : []
  const again =
    same.length >= 2
      ? same
      : chained.length >= 1 && (first !== undefined || chained.length >= 2)
        ? [
            ...(first !== undefined && first.at < (chained[0]?.at ?? 0)
              ? [first]
              : [{ at: 0, relative: '' }]),
            ...chained,
          ].filter((item, index, all) => index === 0 || item.at > (all[index - 1]?.at ?? 0))
        : []
  if (again.length < 2) return [{ start, end }]
  return again.map((item, index) => {
    const next = again[index + 1]
    const to = next
      ? folded.slice(0, next.at).replace(/[\s,;]*(?:(?:e|y|and|or|ou|o)\s+)?$/u, '').length
      : part.length
    return {
      start: start + (index === 0 ? 0 : item.at),
      end: start + to,
      ...(index > 0 ? { coordinated: true as const } : {}),
    }
  })
}
