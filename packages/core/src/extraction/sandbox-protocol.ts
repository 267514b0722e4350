export type SandboxRequest = {
  id: number
  operation: 'validate' | 'extract'
  buffer: ArrayBuffer
  filename: string
  maxPages: number
}

export type SandboxResponse =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: { name: string; code: string | null; message: string } }
  | { ready: true }
