import { normalizeText } from './normalize-text'

// The employer saying what it does not ask: "We do not require a degree", "You don't need a licence", "Não exigimos
// experiência", "No pedimos título", "No necesitás tener auto". The waiver names a thing only to take it off the list,
// so the sentence asks nothing; a concession after it ("…, but it helps", "…, pero suma") still offers the thing as an
// extra, which the cue readers take as optional.
const WAIVER =
  /^(?:(?:and|but|e|mas|y|pero)\s+)?(?:we|you|nos|nosotros|voce|vc|tu|usted|vos)?\s*(?:do not|don't|dont|does not|doesn't|will not|won't|nao|no)\s+(?:require|ask for|ask|need|expect|demand|exig\w*|pedimos|pede|pedimos|precisa\w*|requer\w*|requier\w*|requerimos|necesit\w*|esperamos|solicitamos)\b/u
// What keeps the thing as an extra: a concession or a cue of advantage after the waiver.
const CONCEDES =
  /\b(?:but|though|however|pero|aunque|mas|porem|embora|sin embargo|no entanto)\b|\b(?:plus|bonus|helps?|ayuda|ajuda|suma|soma|diferencial|ventaja|vantagem)\b/u

/** True when a sentence only waives something ("We do not require a degree."): it asks for nothing. */
export function waivesAsk(sentence: string): boolean {
  const folded = normalizeText(sentence.trim()).replace(/\s+/gu, ' ')
  return WAIVER.test(folded) && !CONCEDES.test(folded)
}
