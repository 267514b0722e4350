import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { embedText } from '../src/embedding/create-offline-embedder'

/** One scripted reply. Queues are per endpoint; an empty chat queue answers 500, an empty embeddings queue answers vectors. */
export type FakeResponse =
  | { kind: 'chat'; content: string; usage?: { promptTokens: number; completionTokens: number } }
  | { kind: 'fixture'; name: string }
  | { kind: 'malformed'; content?: string }
  | { kind: 'rate-limit'; retryAfterSeconds?: number }
  | { kind: 'server-error'; status?: number }
  | { kind: 'delay'; ms: number; followedBy?: FakeResponse }
  | { kind: 'embeddings' }

export type RecordedRequest = {
  method: string
  path: string
  headers: Record<string, string | string[] | undefined>
  /** Raw request body text, exactly as received. */
  raw: string
  body: unknown
  /** When it arrived (Date.now()). */
  receivedAt: number
}

export type FakeOpenAiServer = {
  /** Base URL for the SDK, ending in `/v1`. */
  baseUrl: string
  /** Every request received, in order. */
  requests: RecordedRequest[]
  enqueue(endpoint: 'chat' | 'embeddings', ...responses: FakeResponse[]): void
  close(): Promise<void>
}

const DEFAULT_FIXTURES = new URL('./__fixtures__/', import.meta.url)

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (response.destroyed || response.writableEnded) return
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  })
  response.end(text)
}

function countTokens(value: unknown): number {
  return Math.ceil(JSON.stringify(value ?? '').length / 4)
}

let completionCounter = 0

function chatCompletion(
  model: string,
  content: string,
  usage: { promptTokens: number; completionTokens: number },
) {
  completionCounter++
  return {
    id: `chatcmpl-fake-${completionCounter}`,
    object: 'chat.completion',
    created: 1_760_000_000,
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: null },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: {
      prompt_tokens: usage.promptTokens,
      completion_tokens: usage.completionTokens,
      total_tokens: usage.promptTokens + usage.completionTokens,
    },
    system_fingerprint: 'fp_fake',
  }
}

function errorBody(message: string, type: string, code: string | null) {
  return { error: { message, type, param: null, code } }
}

/** Replays recorded OpenAI responses over real HTTP on 127.0.0.1, so the real SDK and LangChain run against it. */
export async function startFakeOpenAiServer(options: { fixturesDir?: URL } = {}): Promise<FakeOpenAiServer> {
  const fixturesDir = options.fixturesDir ?? DEFAULT_FIXTURES
  const queues: Record<'chat' | 'embeddings', FakeResponse[]> = { chat: [], embeddings: [] }
  const requests: RecordedRequest[] = []
  const timers = new Set<NodeJS.Timeout>()

  const respond = (
    scripted: FakeResponse,
    request: IncomingMessage,
    response: ServerResponse,
    body: Record<string, unknown>,
  ) => {
    const model = typeof body.model === 'string' ? body.model : 'unknown-model'
    const promptTokens = countTokens(body.messages ?? body.input)
    switch (scripted.kind) {
      case 'chat':
        return sendJson(
          response,
          200,
          chatCompletion(
            model,
            scripted.content,
            scripted.usage ?? { promptTokens, completionTokens: countTokens(scripted.content) },
          ),
        )
      case 'malformed': {
        const content = scripted.content ?? '{"questions": [ {"type": "technical", "text": "unterminated'
        return sendJson(
          response,
          200,
          chatCompletion(model, content, { promptTokens, completionTokens: countTokens(content) }),
        )
      }
      case 'fixture': {
        const recorded = JSON.parse(readFileSync(new URL(`${scripted.name}.json`, fixturesDir), 'utf8')) as {
          choices?: { message?: { content?: unknown } }[]
        }
        // Fixtures may hold the content as an object for readability; the wire format is always a string.
        for (const choice of recorded.choices ?? []) {
          if (choice.message && typeof choice.message.content !== 'string') {
            choice.message.content = JSON.stringify(choice.message.content)
          }
        }
        return sendJson(response, 200, recorded)
      }
      case 'rate-limit':
        return sendJson(
          response,
          429,
          errorBody('Rate limit reached for requests', 'requests', 'rate_limit_exceeded'),
          {
            'retry-after': String(scripted.retryAfterSeconds ?? 20),
          },
        )
      case 'server-error':
        return sendJson(
          response,
          scripted.status ?? 500,
          errorBody('The server had an error', 'server_error', null),
        )
      case 'delay': {
        const timer = setTimeout(() => {
          timers.delete(timer)
          respond(scripted.followedBy ?? { kind: 'server-error' }, request, response, body)
        }, scripted.ms)
        timers.add(timer)
        response.on('close', () => {
          clearTimeout(timer)
          timers.delete(timer)
        })
        return
      }
      case 'embeddings': {
        const inputs = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input ?? '')]
        const dimensions = typeof body.dimensions === 'number' ? body.dimensions : 1536
        return sendJson(response, 200, {
          object: 'list',
          data: inputs.map((text, index) => ({
            object: 'embedding',
            index,
            embedding: embedText(text, dimensions, null),
          })),
          model,
          usage: { prompt_tokens: promptTokens, total_tokens: promptTokens },
        })
      }
    }
  }

  const server = createServer(async (request, response) => {
    const raw = await readBody(request)
    let body: Record<string, unknown> = {}
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {}
    } catch {
      body = {}
    }
    const path = (request.url ?? '').split('?')[0] ?? ''
    requests.push({
      method: request.method ?? 'GET',
      path,
      headers: request.headers,
      raw,
      body,
      receivedAt: Date.now(),
    })
    if (request.method === 'POST' && path === '/v1/chat/completions') {
      const scripted = queues.chat.shift()
      if (!scripted)
        return sendJson(
          response,
          500,
          errorBody('fake server: no scripted chat response', 'server_error', null),
        )
      return respond(scripted, request, response, body)
    }
    if (request.method === 'POST' && path === '/v1/embeddings') {
      return respond(queues.embeddings.shift() ?? { kind: 'embeddings' }, request, response, body)
    }
    sendJson(
      response,
      404,
      errorBody(`fake server: no route ${request.method} ${path}`, 'invalid_request_error', null),
    )
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue(endpoint, ...responses) {
      queues[endpoint].push(...responses)
    },
    close() {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      server.closeAllConnections()
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
    },
  }
}
