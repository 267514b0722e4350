// Compiles an app to plain JavaScript for the images: `node scripts/build-app.mjs api|worker [outDir]`.
//
// esbuild bundles each entry with the workspace packages (@shortlist/*, TypeScript sources with `main: src/index.ts`)
// inlined, and leaves every npm package external: those keep their own files (PGlite's wasm, pdf.js, Swagger UI's
// assets) and are resolved at run time from the deployed node_modules (`pnpm deploy` with the hoisted linker).
//
// Workspace modules find their data files through `import.meta.url` (core's taxonomy and WordNet, llm's question
// bank and prompts). Inside a bundle that URL would be the bundle's, so each such module's `import.meta.url` is
// rewritten to the URL of its own source file inside the deployed package tree (<out>/../node_modules/@shortlist/
// <package>/src/...), symlinks resolved, where `pnpm deploy` copies each package with its data. The document
// sandbox is the exception: it starts its worker thread from a file beside the bundle, built here too.
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const apps = {
  api: {
    directory: 'apps/api',
    entries: ['server', 'start', 'migrate', 'export-embedded', 'import-embedded'],
  },
  worker: { directory: 'apps/worker', entries: ['main'] },
}

const name = process.argv[2]
const app = apps[name]
if (!app) {
  process.stderr.write(`usage: node scripts/build-app.mjs ${Object.keys(apps).join('|')} [outDir]\n`)
  process.exit(2)
}
const appDirectory = join(root, app.directory)
const outDirectory = resolve(process.argv[3] ?? join(appDirectory, 'dist'))
// esbuild is a dev dependency of each app, so installing one app with its dev dependencies is enough to build it.
const esbuildEntry = createRequire(join(appDirectory, 'package.json')).resolve('esbuild')
const { build } = (await import(pathToFileURL(esbuildEntry).href)).default
const sandboxSource = join(root, 'packages/core/src/extraction/document-sandbox.ts')
const sandboxWorker = join(root, 'packages/core/src/extraction/run-sandbox-worker.ts')

/** npm packages stay external; workspace packages and relative imports are bundled. */
const externalPackages = {
  name: 'external-packages',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@shortlist/')) return undefined
      return { path: args.path, external: true }
    })
  },
}

/** A workspace module's `import.meta.url` points at its source file inside the deployed package tree. */
const workspaceUrls = {
  name: 'workspace-urls',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises')
      const source = await readFile(args.path, 'utf8')
      if (!source.includes('import.meta.url') || args.path === sandboxSource) return undefined
      const fromPackages = relative(join(root, 'packages'), args.path).split(sep)
      const packageName = fromPackages[0]
      const deployed = join(appDirectory, 'node_modules', '@shortlist', packageName)
      if (!existsSync(deployed))
        throw new Error(
          `${args.path} reads files beside it, but @shortlist/${packageName} is not a dependency of ${app.directory}`,
        )
      const target = ['..', 'node_modules', '@shortlist', packageName, ...fromPackages.slice(1)].join('/')
      return {
        contents: source.replaceAll('import.meta.url', `__workspaceUrl(${JSON.stringify(target)})`),
        loader: 'ts',
        resolveDir: dirname(args.path),
      }
    })
  },
}

// Defined once at the top of every bundle; the rewritten modules call it.
const banner = [
  "import { realpathSync as __realpathSync } from 'node:fs'",
  "import { fileURLToPath as __fileURLToPath, pathToFileURL as __pathToFileURL } from 'node:url'",
  'const __workspaceUrl = (target) => {',
  '  const url = new URL(target, import.meta.url)',
  '  try { return __pathToFileURL(__realpathSync(__fileURLToPath(url))).href } catch { return url.href }',
  '}',
].join('\n')

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [externalPackages, workspaceUrls],
  banner: { js: banner },
  // Bundles are .js files in an ESM package (the app's package.json has "type": "module").
  outExtension: { '.js': '.js' },
}

rmSync(outDirectory, { recursive: true, force: true })
mkdirSync(outDirectory, { recursive: true })
await build({
  ...common,
  entryPoints: Object.fromEntries(
    app.entries.map((entry) => [entry, join(appDirectory, 'src', `${entry}.ts`)]),
  ),
  outdir: outDirectory,
})
await build({
  ...common,
  entryPoints: { 'document-sandbox.worker': sandboxWorker },
  outdir: outDirectory,
  outExtension: { '.js': '.mjs' },
})
process.stdout.write(
  `built ${app.entries.join(', ')} and the sandbox worker into ${relative(root, outDirectory) || '.'}\n`,
)
