// Lets a worker thread's plain-JavaScript entry import the TypeScript sources through Node's own type stripping,
// shared by every thread entry (document sandbox, offline embedder) so they cannot drift apart.
// Why not a transpiling loader: it re-transforms pdf.js's multi-megabyte bundles in every thread, costing ~250 MB of
// heap and a second of start-up. The load hook strips types itself because Node refuses to for files under
// node_modules, which is where the sources live in a `pnpm deploy` image. Only built-in modules are imported here.
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
