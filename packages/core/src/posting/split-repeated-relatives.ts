import { normalizeText } from './normalize-text'

type Span = { start: number; end: number; coordinated?: true }

// The relative that names whoever is wanted, with the preposition it may take: "com quem", "quem", "con quien",
// "quienes", "anyone who", "someone who", "those who", "whoever". Read on the folded text.
const RELATIVE =
  /(^|[\s,;]+(?:(?:e|y|and|or|ou|o)\s+)?)((?:(?:com|con|with|para|por|de|for)\s+)?(?:quem|quien|quienes|aquele que|aquela que|aqueles que|alguem que|alguien que|anyone who|anybody who|someone who|somebody who|those who|people who|whoever))\s+\p{L}/gu

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
  // Only the relative said again, in the same words, lists persons: "quem sabe X e quem tem Y".
  const first = found[0]
  if (!first) return [{ start, end }]
  const again = found.filter((item) => item.relative === first.relative)
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
