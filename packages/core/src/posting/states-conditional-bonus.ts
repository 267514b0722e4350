import { normalizeText } from './normalize-text'

// "If you know X, even better", "Si manejas X, mucho mejor", "Se você tiver X, melhor ainda": a condition whose only
// consequence is praise. Nothing is required of whoever lacks X, so what the condition names is optional.
const CONDITIONAL_BONUS =
  /\b(?:if|si|se|caso)\b[^,;:.!?]{3,},\s*(?:(?:that'?s|that is|it'?s|it is|es|seria|sera|e|isso e|eso es)\s+)?(?:even better|all the better|so much the better|better still|mucho mejor|muchisimo mejor|aun mejor|todavia mejor|tanto mejor|mejor aun|melhor ainda|ainda melhor|tanto melhor|muito melhor)\b/u

// The same praise said in a word or two after the condition's comma, and nothing more in that clause: "se tiver CNH,
// melhor", "si además tenés auto, suma", "if you've run a kitchen, great". A longer clause may say something else
// ("if you have a car, better routes open up").
const SHORT_PRAISE =
  /\b(?:if|si|se|caso)\b[^,;:.!?]{3,},\s*(?:(?:even|much|so much|still|ainda|aun|todavia|muito|mucho|que|e|es|seria|sera)\s+)?(?:better|great|awesome|perfect|ideal|brilliant|bonus|mejor|genial|excelente|perfecto|ideal|buenisimo|suma|sumas|sumara|melhor|otimo|excelente|perfeito|show|top|soma|somas|somara)(?:\s+(?:still|yet|ainda|aun|todavia|puntos|pontos|muito|mucho|mas|mais))?\s*(?:[.!;:)]|$)/u

// "Si además manejás X", "se você também tiver Y", "if you also know Z": a condition that adds to what was asked
// names something on top of it, which whoever lacks it may do without, whatever the clause after it says. A wish
// ("If you also want to grow with us") is the reader's, no ask.
const ADDED_CONDITION =
  /\b(?:if|si|se|caso)\s+(?:(?:you|you've|you're|voce|vc|usted|vos|tu|ya)\s+)?(?:also|additionally|ademas|tambem|tambien|encima|de quebra|por acaso tambem)\s+(?!(?:want|wish|like|quer|quiser|queres|quieres|quisieras|deseas|desejar|gostaria|te gustaria)\b)\p{L}/u

/** True when a folded sentence makes its ask optional by a condition with praise for a consequence. */
export function statesConditionalBonus(folded: string): boolean {
  return CONDITIONAL_BONUS.test(folded) || SHORT_PRAISE.test(folded)
}

/** True when a folded sentence puts its ask as a condition added to the others ("Si además sabés X, …"). */
export function statesAddedCondition(folded: string): boolean {
  return ADDED_CONDITION.test(folded)
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
