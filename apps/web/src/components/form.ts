import type { z } from 'zod'
import { ApiError } from '../api/client'

export type FieldErrors = Record<string, string>

/** Flattens zod issues to the first message per top-level field. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'form'
    if (!(key in errors)) errors[key] = issue.message
  }
  return errors
}

/** Maps a problem's `errors[]` (paths like `body.email` or `/email`) onto form fields. */
export function problemFieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {}
  const errors: FieldErrors = {}
  for (const item of error.errors) {
    const key = item.path.replace(/^\/?(body[./])?/, '').replaceAll('/', '.')
    if (key && !(key in errors)) errors[key] = item.message
  }
  return errors
}

/** Reads a form's text fields into a plain object for zod. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of new FormData(form)) {
    if (typeof value === 'string') values[key] = value
  }
  return values
}
