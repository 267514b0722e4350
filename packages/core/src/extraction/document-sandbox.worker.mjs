// Entry of a sandbox worker thread, in plain JavaScript so it needs no loader to start. The static import registers
// the type-stripping hooks before the dynamic import loads the TypeScript sources.
import './register-type-stripping.mjs'

await import('./run-sandbox-worker.ts')
