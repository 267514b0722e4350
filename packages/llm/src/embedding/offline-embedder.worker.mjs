// Entry of an offline embedding thread (piscina), in plain JavaScript so it needs no loader to start. It shares the
// document sandbox's type-stripping hooks, registered by the static import before the TypeScript sources load.
import '@shortlist/core/register-type-stripping'

const { embedOfflineTexts } = await import('./embed-offline-texts.ts')
// Build the taxonomy's matcher before the first task, so no request waits for it.
embedOfflineTexts({ texts: ['warm up'], dimensions: 8 })

export default embedOfflineTexts
