import { normalizeText } from './normalize-text'

// A document an authority issues about the person, which proves a condition of the job: a certificate, a record of
// conduct, a clearance or a check, in EN, PT and ES. The CV, the letter and the photos the call also asks for are the
// application itself; these are the proof that the candidate meets something.
const PROOF =
  /\b(?:certificates?|certificados?|certidao|certidoes|atestados?|constancias?|clearances?|antecedentes|delincuencia|(?:criminal|police|conduct|driving|driver's) (?:records?|history)|records? (?:check|policial|criminal)|record policial|(?:background|police|criminal|dbs|pvg|crb|vulnerable sector|working with children) checks?|nada consta)\b/u

// The verb of sending and the words before what is sent ("Interesados enviar", "Please email us a copy of your").
const SENDING =
  /^.*?\b(?:send|sending|submit|attach|email|e-mail|bring|provide|upload|enviar|envie|envia|enviem|mandar|mande|manda|adjuntar|adjunte|adjunta|anexar|anexe|traer|traiga|trae|trazer|traga|presentar|presente|apresentar|apresente|remitir|remita)\b\s*(?:(?:us|nos|me)\s+)?/u
const DETERMINERS =
  /^(?:(?:your|a|an|the|copy of|copies of|a copy of|copia de|copia del|copia da|copia do|tu|su|sus|tus|seu|sua|seus|suas|o|os|a|as|el|la|los|las|un|una|um|uma|current|updated|actualizad[oa]|atualizad[oa]|vigente)\s+)+/u
// Where one thing sent ends: the next one ("y", "and", ","), or where it goes ("al correo", "to", "para", "por").
const ITEM_END =
  /\s*(?:,|;|\.(?:\s|$)|\s(?:and|y|e|or|o|ou|to|al|a|para|por|via|through|at|en|em|no|na|junto con|along with|together with)\s)/u

/**
 * The documents of proof a call to apply asks for ("Interesados enviar hoja de delincuencia y currículum al correo
 * …", "Send your CV and a police clearance certificate to …"), as spans of the line. Empty when it asks only for the
 * application itself.
 */
export function findProofDocuments(line: string): Array<{ start: number; end: number }> {
  // Folding keeps one character per character, so offsets in the folded line are offsets in the line.
  const folded = normalizeText(line)
  if (folded.length !== line.length) return []
  const sending = SENDING.exec(folded)
  if (!sending) return []
  const spans: Array<{ start: number; end: number }> = []
  let from = sending[0].length
  while (from < folded.length) {
    const rest = folded.slice(from)
    const end = ITEM_END.exec(rest)
    const itemEnd = end ? from + end.index : folded.length
    let itemStart = from + (/^\s*/u.exec(rest)?.[0].length ?? 0)
    itemStart += DETERMINERS.exec(folded.slice(itemStart, itemEnd))?.[0].length ?? 0
    if (PROOF.test(folded.slice(itemStart, itemEnd)) && itemEnd > itemStart)
      spans.push({ start: itemStart, end: itemEnd })
    if (!end) break
    // What follows the place it goes to ("al correo rrhh@…") is no thing sent.
    if (/\s(?:to|al|a|para|por|via|through|at|en|em|no|na)\s/u.test(end[0])) break
    from = itemEnd + end[0].length
  }
  return spans
}

// A noun phrase of one or two words closed by the verb of sending in its infinitive, as a heading names what is to be
// sent ("Documents to submit", "Documentación a presentar", "Documentos a anexar"). A longer lead-in is a clause
// ("What you need to bring"), which may well head asks.
const NAMES_THINGS_TO_SEND =
  /^\p{L}+(?:\s+\p{L}+)?\s+(?:to|a|para)\s+(?:send|submit|attach|upload|enviar|mandar|adjuntar|anexar|presentar|apresentar|remitir|entregar)$/u

/**
 * True when a short line names things to be sent as what it heads ("Documentos a presentar", "Documents to
 * submit"): the lines under it are the papers of the application, steps of applying, not qualifications.
 */
export function headsThingsToSend(line: string): boolean {
  const said = normalizeText(line).trim().replace(/\s*:$/u, '')
  return NAMES_THINGS_TO_SEND.test(said)
}

/**
 * The line with the documents of proof blanked out: what the call to apply says besides them. A certificate a call
 * asks for does not make the call a qualification; the document is read on its own (see findProofDocuments).
 */
export function withoutProofDocuments(line: string): string {
  let rest = line
  for (const span of findProofDocuments(line))
    rest = rest.slice(0, span.start) + ' '.repeat(span.end - span.start) + rest.slice(span.end)
  return rest
}
