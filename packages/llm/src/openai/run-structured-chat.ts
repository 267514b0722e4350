import type { BaseMessage } from '@langchain/core/messages'
import { z } from 'zod'
import type { PromptTemplate } from '../prompts/load-prompt'
import { LlmOutputError } from './llm-errors'
import { loadLangChain } from './load-sdk'
import { mapOpenAiError } from './map-openai-error'

export type ChatConnection = {
  apiKey: string
  baseUrl?: string
  organization?: string
  chatModel: string
  /** Tried through LangChain's `withFallbacks` when the primary model's call fails (errors, not bad output). */
  fallbackChatModel?: string
  timeoutMs: number
}

export type TokenUsage = { inputTokens: number; outputTokens: number }

export type StructuredChat = {
  model: string
  /** Runs the prompt, validates the JSON answer with `schema`, re-asks once on malformed output. */
  run<T>(
    prompt: PromptTemplate,
    values: Record<string, string>,
    schema: z.ZodType<T>,
    options?: { signal?: AbortSignal },
  ): Promise<{ output: T; usage: TokenUsage; model: string }>
}

function messageText(message: BaseMessage): string {
  const content = message.content
  if (typeof content === 'string') return content
  return content
    .map((part) => (typeof part === 'object' && part && 'text' in part ? String(part.text) : ''))
    .join('')
}

type LangChain = Awaited<ReturnType<typeof loadLangChain>>

function usageOf(langChain: LangChain, message: BaseMessage): TokenUsage {
  const usage = langChain.messages.AIMessage.isInstance(message) ? message.usage_metadata : undefined
  return { inputTokens: usage?.input_tokens ?? 0, outputTokens: usage?.output_tokens ?? 0 }
}

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string }

function parseAnswer<T>(text: string, schema: z.ZodType<T>): Parsed<T> {
  // Some models wrap JSON in a Markdown fence despite JSON mode.
  const unfenced = text
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/\s*```$/, '')
  let json: unknown
  try {
    json = JSON.parse(unfenced)
  } catch (error) {
    return { ok: false, problem: `not valid JSON (${(error as Error).message})` }
  }
  const result = schema.safeParse(json)
  if (result.success) return { ok: true, value: result.data }
  return { ok: false, problem: z.prettifyError(result.error).slice(0, 2000) }
}

/** JSON Schema of an output schema, as text for the `{output_schema}` placeholder. */
export function describeOutputSchema(schema: z.ZodType): string {
  return JSON.stringify(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }))
}

/**
 * A LangChain chain (prompt file -> ChatOpenAI in JSON mode) with schema validation. Retries are off in the SDK and
 * in LangChain: the job queue owns retries, so one failed call is one failed attempt.
 */
export function createStructuredChat(connection: ChatConnection): StructuredChat {
  const chatModel = ({ openai }: LangChain, name: string) =>
    new openai.ChatOpenAI({
      model: name,
      apiKey: connection.apiKey,
      timeout: connection.timeoutMs,
      maxRetries: 0,
      useResponsesApi: false,
      configuration: {
        baseURL: connection.baseUrl ?? 'https://api.openai.com/v1',
        organization: connection.organization ?? null,
        maxRetries: 0,
      },
    }).withConfig({ response_format: { type: 'json_object' } })
  // With a fallback model, a failed call to the primary (outage, rate limit, unknown model) is answered by the
  // fallback within the same attempt; if both fail, the error reaches the queue, which retries with backoff.
  const openModels = async () => {
    const langChain = await loadLangChain()
    const primary = chatModel(langChain, connection.chatModel)
    const jsonModel = connection.fallbackChatModel
      ? primary.withFallbacks([chatModel(langChain, connection.fallbackChatModel)])
      : primary
    return { langChain, jsonModel }
  }
  let models: ReturnType<typeof openModels> | null = null
  // Which model answered: OpenAI-compatible servers echo it; without it, assume the primary.
  const answeredBy = ({ messages }: LangChain, message: BaseMessage): string => {
    const name = messages.AIMessage.isInstance(message) ? message.response_metadata?.model_name : undefined
    if (typeof name !== 'string') return connection.chatModel
    return connection.fallbackChatModel && name.startsWith(connection.fallbackChatModel)
      ? connection.fallbackChatModel
      : connection.chatModel
  }

  return {
    model: connection.chatModel,
    async run(prompt, values, schema, options = {}) {
      models ??= openModels()
      const { langChain, jsonModel } = await models
      const { AIMessage, HumanMessage } = langChain.messages
      const template = langChain.prompts.ChatPromptTemplate.fromMessages([
        ['system', prompt.system],
        ['human', prompt.user],
      ])
      const usage: TokenUsage = { inputTokens: 0, outputTokens: 0 }
      const call = async (invoke: () => Promise<BaseMessage>) => {
        try {
          const message = await invoke()
          const used = usageOf(langChain, message)
          usage.inputTokens += used.inputTokens
          usage.outputTokens += used.outputTokens
          return message
        } catch (error) {
          throw mapOpenAiError(error)
        }
      }
      const first = await call(() => template.pipe(jsonModel).invoke(values, { signal: options.signal }))
      const firstText = messageText(first)
      const firstParse = parseAnswer(firstText, schema)
      if (firstParse.ok) return { output: firstParse.value, usage, model: answeredBy(langChain, first) }

      const messages = await template.formatMessages(values)
      const reask = new HumanMessage(
        `Your previous reply could not be used: ${firstParse.problem}\nReply again with one JSON object only that matches the schema.`,
      )
      const second = await call(() =>
        jsonModel.invoke([...messages, new AIMessage(firstText), reask], { signal: options.signal }),
      )
      const secondText = messageText(second)
      const secondParse = parseAnswer(secondText, schema)
      if (secondParse.ok) return { output: secondParse.value, usage, model: answeredBy(langChain, second) }
      throw new LlmOutputError(
        `Model output invalid after one re-ask: ${secondParse.problem.slice(0, 500)}`,
        {
          rawOutput: secondText.slice(0, 4000),
          usage: { ...usage, model: answeredBy(langChain, second) },
          cause: { first: firstParse.problem, second: secondParse.problem },
        },
      )
    },
  }
}
