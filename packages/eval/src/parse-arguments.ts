import { isAbsolute, resolve } from 'node:path'

export const TASKS = ['split', 'messy', 'ranking', 'fields', 'pdf', 'evidence', 'kits', 'examples'] as const
export type TaskName = (typeof TASKS)[number]

export type EvalArguments = {
  data: string
  out: string
  tasks: TaskName[]
  limitPostings: number | null
  limitResumes: number | null
  limitFields: number | null
  preselect: number
}

const USAGE =
  'usage: pnpm eval --data <benchmark folder> [--out eval-report.json] ' +
  '[--tasks split,messy,ranking,fields,pdf,evidence,kits,examples] ' +
  '[--limit N] [--limit-postings N] [--limit-resumes N] [--limit-fields N] [--preselect K]'

const OPTIONS = [
  'data',
  'out',
  'tasks',
  'limit',
  'limit-postings',
  'limit-resumes',
  'limit-fields',
  'preselect',
]

function positive(name: string, value: string | undefined): number {
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${name} needs a positive integer\n${USAGE}`)
  return parsed
}

/**
 * Reads the command line. Paths resolve against the directory the user ran `pnpm eval` from (`INIT_CWD`), not the
 * package folder pnpm switches to.
 */
export function parseArguments(argv: readonly string[], callerDirectory: string): EvalArguments {
  const values = new Map<string, string>()
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index] as string
    if (flag === '--') continue
    if (!flag.startsWith('--')) throw new Error(`unexpected argument ${flag}\n${USAGE}`)
    const [name, inline] = flag.slice(2).split('=', 2) as [string, string | undefined]
    if (!OPTIONS.includes(name)) throw new Error(`unknown option --${name}\n${USAGE}`)
    const value = inline ?? argv[index + 1]
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      throw new Error(`--${name} needs a value\n${USAGE}`)
    if (inline === undefined) index += 1
    values.set(name, value)
  }
  const data = values.get('data')
  if (!data) throw new Error(`--data is required\n${USAGE}`)
  const toPath = (path: string) => (isAbsolute(path) ? path : resolve(callerDirectory, path))
  const tasks = (values.get('tasks') ?? TASKS.join(',')).split(',').map((task) => task.trim())
  for (const task of tasks) {
    if (!(TASKS as readonly string[]).includes(task)) throw new Error(`unknown task ${task}\n${USAGE}`)
  }
  const limit = values.has('limit') ? positive('--limit', values.get('limit')) : null
  const limitOf = (name: string) => (values.has(name) ? positive(`--${name}`, values.get(name)) : limit)
  return {
    data: toPath(data),
    out: toPath(values.get('out') ?? 'eval-report.json'),
    tasks: tasks as TaskName[],
    limitPostings: limitOf('limit-postings'),
    limitResumes: limitOf('limit-resumes'),
    limitFields: limitOf('limit-fields'),
    preselect: values.has('preselect') ? positive('--preselect', values.get('preselect')) : 100,
  }
}
