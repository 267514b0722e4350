import { parentPort } from 'node:worker_threads'
import { parsePosting } from '../posting/parse-posting'
import { loadTaxonomy, type Taxonomy } from '../taxonomy'
import type { Skill } from '../types'
import { analyzeDocument } from './analyze-document'
import { DocumentError } from './document-error'
import { extractDocument, validateDocument } from './extract-document'
import { warmUpPdfJs } from './extract-pdf'
import type { SandboxRequest, SandboxResponse } from './sandbox-protocol'

const port = parentPort
if (!port) throw new Error('run-sandbox-worker must run in a worker thread')

// Parsing never needs the network; a document that tricks the parser into fetching gets nothing.
globalThis.fetch = () => Promise.reject(new Error('network access is disabled in the document sandbox'))

// The built-in taxonomy is memoised by loadTaxonomy for the life of this thread; an organisation's extension
// costs only its own skills, and the few organisations uploading at a time reuse theirs.
const organizationTaxonomies = new Map<string, Taxonomy>()
const MAX_CACHED_TAXONOMIES = 16

function taxonomyFor(customSkills: Skill[]): Taxonomy {
  if (customSkills.length === 0) return loadTaxonomy()
  const key = JSON.stringify(customSkills)
  const cached = organizationTaxonomies.get(key)
  if (cached) return cached
  const taxonomy = loadTaxonomy({ extraSkills: customSkills })
  if (organizationTaxonomies.size >= MAX_CACHED_TAXONOMIES) {
    organizationTaxonomies.delete(organizationTaxonomies.keys().next().value as string)
  }
  organizationTaxonomies.set(key, taxonomy)
  return taxonomy
}

port.on('message', (request: SandboxRequest) => {
  void handle(request).then((response) => port.postMessage(response))
})

async function run(request: SandboxRequest): Promise<unknown> {
  const bytes = new Uint8Array(request.buffer)
  const options = { maxPages: request.maxPages, filename: request.filename }
  if (request.operation === 'validate') return validateDocument(bytes, request.filename, options)
  if (request.operation === 'extract') return extractDocument(bytes, options)
  if (request.operation === 'parsePosting') {
    if (!request.posting) throw new Error('a parsePosting request needs its posting options')
    return parsePosting(new TextDecoder().decode(bytes), taxonomyFor(request.posting.customSkills))
  }
  if (!request.analysis) throw new Error('an analyze request needs its analysis options')
  return analyzeDocument(bytes, {
    ...options,
    taxonomy: taxonomyFor(request.analysis.customSkills),
    referenceDate: request.analysis.referenceDate,
  })
}

async function handle(request: SandboxRequest): Promise<SandboxResponse> {
  try {
    const result = await run(request)
    // The caller's thread copies, stores and embeds whatever comes back; a result past the cap would stall it
    // there, so it never leaves the sandbox.
    const size = Buffer.byteLength(JSON.stringify(result))
    if (size > request.maxOutputBytes) {
      throw new DocumentError(
        'PARSE_TOO_LARGE',
        `the parsed document is ${size} bytes; the limit is ${request.maxOutputBytes}`,
      )
    }
    return { id: request.id, ok: true, result }
  } catch (error) {
    const documentError = error instanceof DocumentError ? error : null
    return {
      id: request.id,
      ok: false,
      error: {
        name: documentError ? documentError.name : 'Error',
        code: documentError ? documentError.code : null,
        message: error instanceof Error ? error.message : String(error),
      },
    }
  }
}

await warmUpPdfJs()
// Build the taxonomy's matcher before reporting ready, so no document's time limit pays for it.
loadTaxonomy()
port.postMessage({ ready: true })
