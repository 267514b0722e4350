// "or a similar take-off package", "ou um software similar", "o un sistema contable equivalente", "or a comparable
// tool": a name offered with anything like it is a product of a kind, however the taxonomy knows it. The phrase runs
// from "or" to the word of likeness and the class nouns after it, up to a mark or a conjunction.
const ALIKE =
  /^\s*,?\s+(?:or|ou|o|u)\s+(?:(?:a|an|any|another|other|some|um|uma|outro|outra|algum|alguma|un|una|otro|otra|alg[uú]n|alguna|cualquier)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:similar|comparable|equivalent|equivalente|semelhante|parecid[oa]|an[aá]log[oa])\b(?:\s+(?!(?:and|e|y|to|for|para|com|con|with)\b)[\p{L}-]+){0,3}/iu

/**
 * The end of the words offering a named thing with anything like it ("CostX or a similar take-off package"), read
 * from the end of the name; null when no such offer follows it.
 */
export function readOfferedAlike(text: string, nameEnd: number, limit: number): number | null {
  const found = ALIKE.exec(text.slice(nameEnd, limit))
  if (!found) return null
  // The kind must be named ("a similar *package*"): a bare "ou equivalente" after a school or a body ("pelo SENAI ou
  // equivalente") offers another issuer of a credential, not another product.
  const words = found[0].match(/[\p{L}-]+/gu) ?? []
  const kind = words.filter((word) => !ARTICLE_OR_LIKENESS.test(word))
  return kind.length > 0 ? nameEnd + found[0].length : null
}

const ARTICLE_OR_LIKENESS =
  /^(?:or|ou|o|u|a|an|any|another|other|some|um|uma|outro|outra|algum|alguma|un|una|otro|otra|alg[uú]n|alguna|cualquier|similar|comparable|equivalent|equivalente|semelhante|parecid[oa]|an[aá]log[oa])$/iu
