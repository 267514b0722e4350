import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** A versioned prompt file: system and user templates with `{placeholder}` variables. */
export type PromptTemplate = {
  name: string
  version: number
  /** `<name>.v<version>`, stored beside every generated kit. */
  id: string
  description: string
  system: string
  user: string
  /** Placeholders used across both templates, sorted. */
  variables: string[]
}

export type LoadPromptOptions = {
  /** Folder holding the prompt files; defaults to the repository's `prompts/`. */
  promptsDir?: string
}

/** Marker planted in every system prompt; seeing it in model output means the prompt leaked. */
export const PROMPT_CANARY = 'SL-CANARY-7Q4M2X'

const DEFAULT_PROMPTS_DIR = fileURLToPath(new URL('../../../../prompts/', import.meta.url))
const SECTION = /^<!--\s*(system|user)\s*-->\s*$/m

function parseFrontMatter(block: string): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const line of block.split('\n')) {
    const match = /^([\w-]+):\s*(.*)$/.exec(line.trim())
    if (match?.[1]) fields[match[1]] = (match[2] ?? '').trim()
  }
  return fields
}

function variablesOf(template: string): string[] {
  const names = new Set<string>()
  for (const match of template.matchAll(/(?<!\{)\{([a-z_]+)\}(?!\})/g)) if (match[1]) names.add(match[1])
  return [...names]
}

/** Parses the text of a prompt file (front matter, then `<!-- system -->` and `<!-- user -->` sections). */
export function parsePrompt(source: string, expected: { name: string; version: number }): PromptTemplate {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source.replace(/\r\n/g, '\n'))
  if (!match) throw new Error(`Prompt ${expected.name} has no front matter`)
  const fields = parseFrontMatter(match[1] ?? '')
  const version = Number(fields.version)
  if (fields.name !== expected.name || version !== expected.version) {
    throw new Error(
      `Prompt file declares ${fields.name} v${fields.version}, expected ${expected.name} v${expected.version}`,
    )
  }
  const parts = (match[2] ?? '').split(SECTION)
  // split with a capture group yields: [preamble, 'system', body, 'user', body]
  const sections: Record<string, string> = {}
  for (let index = 1; index + 1 < parts.length; index += 2)
    sections[parts[index] as string] = (parts[index + 1] ?? '').trim()
  const system = sections.system
  const user = sections.user
  if (!system || !user) throw new Error(`Prompt ${expected.name} v${version} needs system and user sections`)
  return {
    name: expected.name,
    version,
    id: `${expected.name}.v${version}`,
    description: fields.description ?? '',
    system,
    user,
    variables: [...new Set([...variablesOf(system), ...variablesOf(user)])].sort(),
  }
}

/** Reads `<promptsDir>/<name>.v<version>.md`; the folder defaults to the repository's `prompts/`. */
export function loadPrompt(name: string, version: number, options: LoadPromptOptions = {}): PromptTemplate {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`Invalid prompt name: ${name}`)
  const directory = options.promptsDir ?? DEFAULT_PROMPTS_DIR
  const source = readFileSync(path.join(directory, `${name}.v${version}.md`), 'utf8')
  return parsePrompt(source, { name, version })
}
