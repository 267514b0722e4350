/** A resume line that states a measurable impact, with the figure it claims. */
export type ImpactClaim = { line: string; figure: string }

const MAX_QUOTE_LENGTH = 300

const FIGURE =
  /(?:[$€£]|R\$|US\$)\s?\d[\d.,]*\s?(?:k|m|mm|bn|b|million|billion|mil|milh(?:ão|ões|ao|oes)|millones)?\b|\b\d+(?:[.,]\d+)?\s?%|\b\d+(?:[.,]\d+)?\s?x\b/iu
const IMPACT_VERB =
  /\b(increas|grew|grow|boost|improv|reduc|cut|sav|rais|doubl|tripl|generat|drove|deliver|decreas|lower|accelerat|aument|reduz|reduj|reduc|melhor|mejor|econom|ahorr|gere|ger[oó]u|increment|cresc|crec|dobr|duplic|impuls)/iu

/** The full line of `text` around the span, trimmed and capped for display. */
export function lineAround(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1
  const lineEnd = text.indexOf('\n', end)
  const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).trim()
  return line.length > MAX_QUOTE_LENGTH ? `${line.slice(0, MAX_QUOTE_LENGTH).replace(/\s+\S*$/, '')}…` : line
}

/** Lines claiming a quantified impact ("increased revenue 40%"), in resume order. */
export function findImpactClaims(resumeText: string, limit: number): ImpactClaim[] {
  const claims: ImpactClaim[] = []
  for (const raw of resumeText.split(/\r?\n/)) {
    const line = raw.trim()
    if (line.length < 12) continue
    const figure = FIGURE.exec(line)
    if (!figure || !IMPACT_VERB.test(line)) continue
    claims.push({ line: lineAround(line, 0, 0), figure: figure[0].trim() })
    if (claims.length >= limit) break
  }
  return claims
}
