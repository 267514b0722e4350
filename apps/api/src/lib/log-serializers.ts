/**
 * What the API's log lines say about a request and an error. Logs are copied, shipped and kept longer than any
 * record, and an erasure cannot reach them, so they carry no personal data in the first place:
 * - a request is its method, path and id: no query string (searches and filters carry names and emails), no client
 *   address, no headers;
 * - an error is its type, code, message and stack, without the fields where database drivers quote row values
 *   (`detail`, `where`, `parameters`, `query`).
 */
export const logSerializers = {
  req(request: { method: string; url: string; id: unknown }): { method: string; path: string; id: unknown } {
    return { method: request.method, path: request.url.split('?')[0] ?? '', id: request.id }
  },
  err(error: Error): { type: string; message: string; stack: string; [key: string]: unknown } {
    const withCode = error as Error & { code?: unknown; statusCode?: unknown }
    return {
      type: error.name,
      code: typeof withCode.code === 'string' ? withCode.code : undefined,
      statusCode: typeof withCode.statusCode === 'number' ? withCode.statusCode : undefined,
      message: error.message,
      stack: error.stack ?? '',
    }
  },
}
