// Entry of a sandbox worker thread, in plain JavaScript so it needs no loader to start.
// It runs the TypeScript sources through Node's own type stripping rather than a transpiling loader: loaders
// re-transform pdf.js's multi-megabyte bundles in every thread, costing ~250 MB of heap and a second of start-up.
// The load hook strips types itself because Node refuses to for files under node_modules, which is where the
// sources live in a `pnpm deploy` image. Only built-in modules may be imported statically here.
import { readFileSync } from 'node:fs'
import { registerHooks, stripTypeScriptTypes } from 'node:module'
import { fileURLToPath } from 'node:url'

registerHooks({
  resolve(specifier, context, nextResolve) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../')
    if (relative && context.parentURL?.endsWith('.ts') && !/\.[cm]?[jt]s$/.test(specifier)) {
      // House style writes relative imports without an extension; map them to the TypeScript source.
      for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
        try {
          return nextResolve(candidate, context)
        } catch {
          // Try the next candidate, then fall through to the default resolution.
        }
      }
    }
    return nextResolve(specifier, context)
  },
  load(url, context, nextLoad) {
    if (url.startsWith('file:') && url.endsWith('.ts')) {
      const source = stripTypeScriptTypes(readFileSync(fileURLToPath(url), 'utf8'))
      return { format: 'module', source, shortCircuit: true }
    }
    return nextLoad(url, context)
  },
})

await import('./run-sandbox-worker.ts')
