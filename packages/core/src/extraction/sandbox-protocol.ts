import type { Skill } from '../types'

/** What an `analyze` request needs besides the file: the inputs of parsing, sent as data to the worker thread. */
export type SandboxAnalysis = {
  referenceDate: Date
  /** The organisation's own skills; the worker adds them to the built-in taxonomy it keeps. */
  customSkills: Skill[]
}

/** What a `parsePosting` request needs besides the posting's text. */
export type SandboxPostingAnalysis = {
  /** The organisation's own skills; the worker adds them to the built-in taxonomy it keeps. */
  customSkills: Skill[]
}

export type SandboxRequest = {
  id: number
  operation: 'validate' | 'extract' | 'analyze' | 'parsePosting'
  buffer: ArrayBuffer
  filename: string
  maxPages: number
  /** A result larger than this (UTF-8 bytes of its JSON) is refused with PARSE_TOO_LARGE. */
  maxOutputBytes: number
  analysis?: SandboxAnalysis
  posting?: SandboxPostingAnalysis
}

export type SandboxResponse =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: { name: string; code: string | null; message: string } }
  | { ready: true }
