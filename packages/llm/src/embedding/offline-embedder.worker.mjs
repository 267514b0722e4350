// Entry of an offline embedding thread (piscina), in plain JavaScript so it needs no loader to start. Like the
// document sandbox's entry in @shortlist/core, it runs the TypeScript sources through Node's own type stripping:
// a transpiling loader would re-transform every module in each thread. Only built-in modules are imported
// statically here.
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

const { embedOfflineTexts } = await import('./embed-offline-texts.ts')
// Build the taxonomy's matcher before the first task, so no request waits for it.
embedOfflineTexts({ texts: ['warm up'], dimensions: 8 })

export default embedOfflineTexts
