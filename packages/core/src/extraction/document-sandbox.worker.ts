// Entry of a sandbox worker thread. It runs on Node's own TypeScript support rather than a transpiling loader:
// loaders re-transform pdf.js's multi-megabyte bundles in every thread, costing ~250 MB of heap and a second
// of start-up. Only built-in modules may be imported statically here, because the hook must exist first.
import { registerHooks } from 'node:module'

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
})

await import('./run-sandbox-worker')
