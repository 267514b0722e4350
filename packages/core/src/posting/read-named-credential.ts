// The noun of a credential, as the item's first word ("Certification", "Certificação", "Certificado").
const CREDENTIAL_NOUN =
  /^[^\p{L}\p{N}]*(certifica[cç][aã]o|certificaci[oó]n|certification|certificate|certificado|certificada|certificad[oa]s?)\s+/iu

// One word of a proper name: capitalised, an acronym, a code with digits or slashes ("S/4HANA", "AZ-104", "CCNA").
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}/+.&-]*|\p{N}[\p{L}\p{N}/+.&-]*)$/u

/**
 * The whole name of a credential that an item asks for by name, noun first ("Certificação AWS Solutions Architect",
 * "Certificación Scrum Master", "Certification Salesforce Administrator"), else null. Such a name is one credential:
 * the tools it is named after are no separate asks, and the label must keep the noun, or nothing shows that a
 * certificate is asked.
 */
export function readNamedCredential(sentence: string): string | null {
  const head = CREDENTIAL_NOUN.exec(sentence)
  if (!head) return null
  const rest = sentence
    .slice(head[0].length)
    .replace(/[\s.;:!]+$/u, '')
    .trim()
  const words = rest.split(/\s+/u)
  if (words.length === 0 || words.length > 6) return null
  if (!words.every((word) => NAME_WORD.test(word))) return null
  return sentence
    .slice(sentence.length - sentence.trimStart().length)
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[\s.;:!]+$/u, '')
    .replace(/\s+/gu, ' ')
}
