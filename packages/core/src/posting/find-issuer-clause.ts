import { normalizeText } from './normalize-text'

// A participle of issuing or recognising and its agent: "issued by", "expedido por", "reconhecido pelo". The body
// named after it issues the credential the line asks for; it is not something else asked of the candidate.
const ISSUED_BY =
  /\b(?:issued|granted|awarded|accredited|recogni[sz]ed|approved|certified|expedid[oa]s?|emitid[oa]s?|otorgad[oa]s?|concedid[oa]s?|reconocid[oa]s?|reconhecid[oa]s?|aprobad[oa]s?|aprovad[oa]s?|acreditad[oa]s?|homologad[oa]s?) (?:by|por|pela|pelo|pelos|pelas)\b/u

/**
 * Where a clause naming who issued a credential opens, up to its end (a semicolon or a sentence stop): the span whose
 * names are the issuer's. Null when the text names no issuer.
 */
export function findIssuerClause(text: string): { start: number; end: number } | null {
  const folded = normalizeText(text)
  // Accents fold one for one, so offsets hold; a text that folds otherwise is searched in lower case.
  const searched = folded.length === text.length ? folded : text.toLowerCase()
  const found = ISSUED_BY.exec(searched)
  if (!found) return null
  const rest = searched.slice(found.index)
  const stop = /;|[.!?](?:\s|$)/u.exec(rest)
  return { start: found.index, end: found.index + (stop ? stop.index : rest.length) }
}
