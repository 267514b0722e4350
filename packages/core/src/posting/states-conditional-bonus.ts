import { normalizeText } from './normalize-text'

// "If you know X, even better", "Si manejas X, mucho mejor", "Se você tiver X, melhor ainda": a condition whose only
// consequence is praise. Nothing is required of whoever lacks X, so what the condition names is optional.
const CONDITIONAL_BONUS =
  /\b(?:if|si|se|caso)\b[^,;:.!?]{3,},\s*(?:(?:that'?s|that is|it'?s|it is|es|seria|sera|e|isso e|eso es)\s+)?(?:even better|all the better|so much the better|better still|mucho mejor|muchisimo mejor|aun mejor|todavia mejor|tanto mejor|mejor aun|melhor ainda|ainda melhor|tanto melhor|muito melhor)\b/u

/** True when a folded sentence makes its ask optional by a condition with praise for a consequence. */
export function statesConditionalBonus(folded: string): boolean {
  return CONDITIONAL_BONUS.test(folded)
}

/**
 * Keeps "If you know X or have used Y, even better" whole: the alternatives share one condition, so either one
 * earns the praise and they are a single optional ask, not two.
 */
export function keepBonusAlternatives(
  text: string,
  span: { start: number; end: number },
  parts: Array<{ start: number; end: number }>,
): Array<{ start: number; end: number }> {
  if (parts.length < 2 || !statesConditionalBonus(normalizeText(text.slice(span.start, span.end))))
    return parts
  const joints = parts
    .slice(1)
    .map((part, index) => text.slice((parts[index] as { end: number }).end, part.start))
  return joints.every((joint) => /^[\s,]*(?:or|ou|o|u)\s*$/u.test(joint)) ? [span] : parts
}
