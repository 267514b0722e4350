import { Worker } from 'node:worker_threads'
import type { DocumentKind, ExtractedDocument, ParsedPosting } from '../types'
import type { AnalyzedDocument } from './analyze-document'
import { DocumentError } from './document-error'
import type {
  SandboxAnalysis,
  SandboxPostingAnalysis,
  SandboxRequest,
  SandboxResponse,
} from './sandbox-protocol'

export type DocumentSandboxOptions = {
  /** Wall-clock limit for one document, measured from the moment a worker starts on it. */
  timeoutMs: number
  /**
   * The same limit for reading one posting; defaults to DEFAULT_POSTING_TIMEOUT_MS. Separate from `timeoutMs`,
   * which deployments (and tests) tune to how long a resume may take to extract.
   */
  postingTimeoutMs?: number
  /** V8 old-generation heap limit of each worker thread. */
  maxMemoryMb: number
  maxPages: number
  /** Parallel worker threads; defaults to 1. */
  maxWorkers?: number
  /**
   * Largest result a worker may return (UTF-8 bytes of its JSON); larger ones fail with PARSE_TOO_LARGE. The
   * caller's thread copies, stores and embeds the result, so this bounds the work a document can put on it.
   * Defaults to DEFAULT_MAX_OUTPUT_BYTES.
   */
  maxOutputBytes?: number
  /**
   * A worker thread left without work this long exits; the next document starts a new one. Each thread holds its
   * own V8 heap, pdf.js and the taxonomy (tens to a few hundred MB), which an idle server has no use for.
   * Defaults to DEFAULT_IDLE_MS.
   */
  idleMs?: number
}

/**
 * 30 s: a posting at the API's 100,000-character limit reads in a few seconds on a loaded two-core machine, and
 * the first posting a thread reads also loads WordNet; one that takes longer is hostile or a reader bug.
 */
export const DEFAULT_POSTING_TIMEOUT_MS = 30_000

/** 30 s: a batch keeps its threads busy back to back; a server that went quiet hands their memory back. */
export const DEFAULT_IDLE_MS = 30_000

/** 16 MB: a 4 MB text file with its profile and chunks fits; a file of nothing but headings does not. */
export const DEFAULT_MAX_OUTPUT_BYTES = 16 * 1024 * 1024

export type DocumentSandbox = {
  validate(bytes: Uint8Array, filename: string): Promise<{ kind: DocumentKind; pages: number }>
  extract(bytes: Uint8Array, filename: string): Promise<ExtractedDocument>
  /** Extracts, parses and chunks a resume, all inside the worker, within the same time and memory limits. */
  analyze(bytes: Uint8Array, filename: string, analysis: SandboxAnalysis): Promise<AnalyzedDocument>
  /**
   * Reads a posting's text into requirements inside a worker, within the same time and memory limits: a pasted
   * posting is as untrusted as a resume, and in embedded mode the workers share the API's event loop.
   */
  parsePosting(text: string, posting: SandboxPostingAnalysis): Promise<ParsedPosting>
  /** Worker threads alive now, busy or idle (each holds its own heap). */
  threadCount(): number
  close(): Promise<void>
}

type Task = {
  operation: SandboxRequest['operation']
  buffer: ArrayBuffer
  filename: string
  analysis?: SandboxAnalysis
  posting?: SandboxPostingAnalysis
  resolve: (value: unknown) => void
  reject: (error: Error) => void
}

type Slot = {
  worker: Worker
  ready: boolean
  task: (Task & { id: number; timer: NodeJS.Timeout }) | null
  idleTimer: NodeJS.Timeout | null
}

const workerUrl = new URL('./document-sandbox.worker.mjs', import.meta.url)

/**
 * Starts a pool of worker threads that detect and parse untrusted documents. A document that runs past the
 * timeout has its thread terminated (PARSE_TIMEOUT); one that exhausts the heap limit fails with
 * PARSE_RESOURCE_LIMIT; one whose result exceeds the output cap, with PARSE_TOO_LARGE. Dead workers are replaced on
 * demand, and the caller's event loop never parses.
 */
export function createDocumentSandbox(options: DocumentSandboxOptions): DocumentSandbox {
  const maxWorkers = Math.max(1, options.maxWorkers ?? 1)
  const slots = new Set<Slot>()
  const queue: Task[] = []
  let nextId = 1
  let closed = false

  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS
  const retire = (slot: Slot) => {
    slots.delete(slot)
    if (slot.idleTimer) clearTimeout(slot.idleTimer)
    slot.idleTimer = null
    if (slot.task) clearTimeout(slot.task.timer)
    slot.task = null
    void slot.worker.terminate()
  }

  const finish = (slot: Slot, settle: (task: Task) => void) => {
    const task = slot.task
    if (!task) return
    clearTimeout(task.timer)
    slot.task = null
    settle(task)
  }

  const spawn = (): Slot => {
    const worker = new Worker(workerUrl, {
      // No inherited loader flags: the entry sets up its own TypeScript resolution (see the worker file).
      execArgv: [],
      resourceLimits: {
        maxOldGenerationSizeMb: options.maxMemoryMb,
        maxYoungGenerationSizeMb: Math.min(32, Math.max(4, Math.floor(options.maxMemoryMb / 8))),
        stackSizeMb: 4,
      },
      stdout: true,
      stderr: true,
    })
    // Parser chatter must never reach the service's stdout; drain and drop it.
    worker.stdout.resume()
    worker.stderr.resume()
    const slot: Slot = { worker, ready: false, task: null, idleTimer: null }
    worker.on('message', (message: SandboxResponse) => {
      if ('ready' in message) {
        slot.ready = true
        pump()
        return
      }
      if (slot.task?.id !== message.id) return
      finish(slot, (task) => {
        if (message.ok) task.resolve(message.result)
        else if (message.error.name === 'DocumentError' && message.error.code) {
          task.reject(new DocumentError(message.error.code as DocumentError['code'], message.error.message))
        } else task.reject(new Error(`document parsing failed: ${message.error.message}`))
      })
      pump()
    })
    worker.on('error', (error: Error & { code?: string }) => {
      // A worker that cannot even start would be respawned forever; fail the request it was meant for.
      if (!slot.ready) queue.shift()?.reject(new Error(`document worker failed to start: ${error.message}`))
      finish(slot, (task) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          task.reject(new DocumentError('PARSE_RESOURCE_LIMIT', undefined, { cause: error }))
        } else task.reject(new Error(`document worker crashed: ${error.message}`, { cause: error }))
      })
      retire(slot)
      pump()
    })
    worker.on('exit', () => {
      finish(slot, (task) =>
        task.reject(new DocumentError('PARSE_RESOURCE_LIMIT', 'the document worker exited')),
      )
      slots.delete(slot)
      pump()
    })
    slots.add(slot)
    return slot
  }

  const armIdleTimers = () => {
    for (const slot of slots) {
      if (!slot.ready || slot.task || slot.idleTimer) continue
      const idle = slot
      idle.idleTimer = setTimeout(() => {
        idle.idleTimer = null
        if (idle.task === null && slots.has(idle)) retire(idle)
      }, idleMs)
      // An idle thread never keeps the process alive by itself.
      idle.idleTimer.unref()
    }
  }

  const pump = () => {
    if (closed) return
    try {
      assign()
    } finally {
      armIdleTimers()
    }
  }

  const assign = () => {
    while (queue.length > 0) {
      let slot = [...slots].find((candidate) => candidate.ready && candidate.task === null)
      if (!slot) {
        const starting = [...slots].filter((candidate) => !candidate.ready).length
        if (slots.size < maxWorkers && starting < queue.length) spawn()
        return
      }
      const task = queue.shift()
      if (!task) return
      const id = nextId++
      const active = slot
      const limitMs =
        task.operation === 'parsePosting'
          ? (options.postingTimeoutMs ?? DEFAULT_POSTING_TIMEOUT_MS)
          : options.timeoutMs
      const timer = setTimeout(() => {
        finish(active, (timedOut) =>
          timedOut.reject(new DocumentError('PARSE_TIMEOUT', `parsing exceeded ${limitMs} ms`)),
        )
        // Terminating is the only way to stop synchronous parser code that never yields.
        retire(active)
        pump()
      }, limitMs)
      if (active.idleTimer) clearTimeout(active.idleTimer)
      active.idleTimer = null
      active.task = { ...task, id, timer }
      const request: SandboxRequest = {
        id,
        operation: task.operation,
        buffer: task.buffer,
        filename: task.filename,
        maxPages: options.maxPages,
        maxOutputBytes: options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES,
        ...(task.analysis ? { analysis: task.analysis } : {}),
        ...(task.posting ? { posting: task.posting } : {}),
      }
      active.worker.postMessage(request, [task.buffer])
      slot = undefined
    }
  }

  const submit = <Result>(
    operation: Task['operation'],
    bytes: Uint8Array,
    filename: string,
    analysis?: SandboxAnalysis,
    posting?: SandboxPostingAnalysis,
  ) =>
    new Promise<Result>((resolve, reject) => {
      if (closed) {
        reject(new Error('the document sandbox is closed'))
        return
      }
      // Transfer a private copy: the caller keeps its bytes usable, the worker gets them without a second copy.
      const buffer = new Uint8Array(bytes).buffer
      queue.push({
        operation,
        buffer,
        filename,
        ...(analysis ? { analysis } : {}),
        ...(posting ? { posting } : {}),
        resolve: resolve as (value: unknown) => void,
        reject,
      })
      pump()
    })

  return {
    validate: (bytes, filename) => submit('validate', bytes, filename),
    extract: (bytes, filename) => submit('extract', bytes, filename),
    analyze: (bytes, filename, analysis) => submit('analyze', bytes, filename, analysis),
    parsePosting: (text, posting) =>
      submit('parsePosting', new TextEncoder().encode(text), 'posting.txt', undefined, posting),
    threadCount: () => slots.size,
    async close() {
      closed = true
      for (const task of queue.splice(0)) task.reject(new Error('the document sandbox is closed'))
      const terminating = [...slots].map((slot) => {
        if (slot.idleTimer) clearTimeout(slot.idleTimer)
        finish(slot, (task) => task.reject(new Error('the document sandbox is closed')))
        return slot.worker.terminate()
      })
      slots.clear()
      await Promise.all(terminating)
    },
  }
}
