import type { ExtractedDocument } from '../types'
import { DocumentError } from './document-error'
import { normalizeText } from './normalize-text'

/** Decodes a UTF-8 text file (BOM stripped) into normalised text. */
export function extractTxt(bytes: Uint8Array): ExtractedDocument {
  // TextDecoder drops a leading BOM by default.
  const text = normalizeText(new TextDecoder('utf-8').decode(bytes))
  if (text.length === 0) throw new DocumentError('EMPTY_FILE', 'the text file contains only whitespace')
  return { kind: 'txt', text, pages: 1, hidden: [] }
}
