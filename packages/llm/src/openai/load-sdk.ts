import type * as OpenAiSdk from 'openai'

// The OpenAI SDK and LangChain weigh about 90 MB of memory once loaded (and seconds of start-up), and the default
// offline provider never calls them: they are loaded on the first request to a model, not when the package loads.
let sdk: typeof OpenAiSdk | null = null
let loading: Promise<typeof OpenAiSdk> | null = null

/** The OpenAI SDK, loaded on first use. */
export function loadOpenAiSdk(): Promise<typeof OpenAiSdk> {
  loading ??= import('openai').then((module) => {
    sdk = module
    return module
  })
  return loading
}

/** The SDK if something loaded it already; before that, no error of it can exist. */
export const loadedOpenAiSdk = (): typeof OpenAiSdk | null => sdk

/** LangChain's message, prompt and ChatOpenAI modules, loaded on first use (with the SDK, for error mapping). */
export async function loadLangChain() {
  const [messages, prompts, openai] = await Promise.all([
    import('@langchain/core/messages'),
    import('@langchain/core/prompts'),
    import('@langchain/openai'),
    loadOpenAiSdk(),
  ])
  return { messages, prompts, openai }
}
