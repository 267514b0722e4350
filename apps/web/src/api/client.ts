import { ZProblem } from '@shortlist/contracts'
import type { z } from 'zod'
import { readToken, type TokenKind, writeToken } from './session'

/** An HTTP failure carrying the server's problem details, or a description of what went wrong locally. */
export class ApiError extends Error {
  override name = 'ApiError'
  readonly status: number
  readonly code: string
  readonly errors: { path: string; message: string }[]

  constructor(
    status: number,
    code: string,
    detail: string,
    errors: { path: string; message: string }[] = [],
  ) {
    super(detail)
    this.status = status
    this.code = code
    this.errors = errors
  }
}

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  body?: unknown
  token?: TokenKind
  signal?: AbortSignal
}

function authHeaders(kind: TokenKind): Record<string, string> {
  const token = readToken(kind)
  return token ? { authorization: `Bearer ${token}` } : {}
}

/** Turns a failed response into an ApiError, preferring the problem+json `detail`. */
export async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '')
  try {
    const problem = ZProblem.safeParse(JSON.parse(text))
    if (problem.success) {
      const { status, code, detail, title, errors } = problem.data
      return new ApiError(status, code, detail || title, errors ?? [])
    }
  } catch {
    // Not JSON: fall through to a generic message built from the status.
  }
  return new ApiError(response.status, 'HTTP_ERROR', describeStatus(response.status))
}

function describeStatus(status: number): string {
  if (status === 401) return 'Your session has expired. Please sign in again.'
  if (status === 403) return 'You do not have permission to do that.'
  if (status === 404) return 'We could not find that.'
  if (status === 413) return 'That file is too large.'
  if (status === 429) return 'Too many requests. Please wait a moment and try again.'
  if (status >= 500) return 'The server had a problem. Please try again.'
  return `The request failed (HTTP ${status}).`
}

function handleUnauthorized(status: number, kind: TokenKind): void {
  if (status === 401 && readToken(kind)) writeToken(kind, null)
}

/** Calls the JSON API and validates the response against the contract schema. */
export async function apiRequest<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  options: RequestOptions = {},
): Promise<z.infer<Schema>> {
  const kind = options.token ?? 'staff'
  const headers: Record<string, string> = { accept: 'application/json', ...authHeaders(kind) }
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  let response: Response
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal ?? null,
    })
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    throw new ApiError(0, 'NETWORK', 'Could not reach the server. Check your connection and try again.')
  }
  if (!response.ok) {
    handleUnauthorized(response.status, kind)
    throw await toApiError(response)
  }
  if (response.status === 204) return schema.parse(undefined)
  const json: unknown = await response.json().catch(() => undefined)
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      'BAD_RESPONSE',
      'The server sent a response this page does not understand.',
    )
  }
  return parsed.data
}

/** Downloads a file from the API with the bearer token and hands it to the browser as a download. */
export async function downloadFile(path: string, filename: string): Promise<void> {
  const response = await fetch(path, { headers: authHeaders('staff') })
  if (!response.ok) {
    handleUnauthorized(response.status, 'staff')
    throw await toApiError(response)
  }
  const blob = await response.blob()
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export type UploadProgress = { loaded: number; total: number }

/**
 * Uploads files as multipart (`files` field) with XMLHttpRequest, because fetch cannot report upload progress.
 */
export function uploadFiles<Schema extends z.ZodType>(
  path: string,
  files: File[],
  schema: Schema,
  onProgress: (progress: UploadProgress) => void,
): { promise: Promise<z.infer<Schema>>; abort: () => void } {
  const request = new XMLHttpRequest()
  const promise = new Promise<z.infer<Schema>>((resolve, reject) => {
    const form = new FormData()
    for (const file of files) form.append('files', file, file.name)
    request.open('POST', path)
    const token = readToken('staff')
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`)
    request.setRequestHeader('accept', 'application/json')
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress({ loaded: event.loaded, total: event.total })
    })
    request.addEventListener('load', () => {
      const response = new Response(request.responseText, {
        status: request.status,
        headers: { 'content-type': request.getResponseHeader('content-type') ?? 'application/json' },
      })
      if (request.status < 200 || request.status >= 300) {
        handleUnauthorized(request.status, 'staff')
        toApiError(response).then(reject, reject)
        return
      }
      try {
        const parsed = schema.safeParse(JSON.parse(request.responseText))
        if (parsed.success) resolve(parsed.data)
        else
          reject(
            new ApiError(request.status, 'BAD_RESPONSE', 'The server sent an unexpected upload response.'),
          )
      } catch {
        reject(new ApiError(request.status, 'BAD_RESPONSE', 'The server sent an unexpected upload response.'))
      }
    })
    request.addEventListener('error', () =>
      reject(new ApiError(0, 'NETWORK', 'The upload was interrupted. Check your connection and try again.')),
    )
    request.addEventListener('abort', () => reject(new ApiError(0, 'ABORTED', 'The upload was cancelled.')))
    request.send(form)
  })
  return { promise, abort: () => request.abort() }
}

/** Human words for any thrown value, for error states. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  if (error instanceof Error && error.message) return error.message
  return 'Something went wrong.'
}
