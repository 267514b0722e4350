import { parentPort } from 'node:worker_threads'
import { DocumentError } from './document-error'
import { extractDocument, validateDocument } from './extract-document'
import { warmUpPdfJs } from './extract-pdf'
import type { SandboxRequest, SandboxResponse } from './sandbox-protocol'

const port = parentPort
if (!port) throw new Error('run-sandbox-worker must run in a worker thread')

// Parsing never needs the network; a document that tricks the parser into fetching gets nothing.
globalThis.fetch = () => Promise.reject(new Error('network access is disabled in the document sandbox'))

port.on('message', (request: SandboxRequest) => {
  void handle(request).then((response) => port.postMessage(response))
})

async function handle(request: SandboxRequest): Promise<SandboxResponse> {
  const bytes = new Uint8Array(request.buffer)
  try {
    const options = { maxPages: request.maxPages, filename: request.filename }
    const result =
      request.operation === 'validate'
        ? await validateDocument(bytes, request.filename, options)
        : await extractDocument(bytes, options)
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
port.postMessage({ ready: true })
