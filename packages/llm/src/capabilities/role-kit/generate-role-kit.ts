import type { StructuredChat } from '../../openai/run-structured-chat'
import { describeOutputSchema } from '../../openai/run-structured-chat'
import { escapeDataBlock } from '../../prompts/delimit-data'
import type { PromptTemplate } from '../../prompts/load-prompt'
import type { Embedder, InterviewQuestion, RoleKitInput } from '../../types'
import { formatPool, roleKitPromptValues } from '../build-prompt-values'
import { finaliseKitQuestions } from '../finalise-kit-questions'
import { ZRoleKitOutput } from './role-kit.schema'

const OUTPUT_SCHEMA = describeOutputSchema(ZRoleKitOutput)

/** Asks the model for a role kit with `role-kit.v3` and returns validated, id-checked questions. */
export async function generateRoleKit(
  chat: StructuredChat,
  prompt: PromptTemplate,
  input: RoleKitInput,
  options: { signal?: AbortSignal; dedupeEmbedder: Embedder },
): Promise<{
  questions: InterviewQuestion[]
  usage: { inputTokens: number; outputTokens: number }
  model: string
}> {
  const { output, usage, model } = await chat.run(
    prompt,
    { ...roleKitPromptValues(input, OUTPUT_SCHEMA), pool: escapeDataBlock(formatPool(input)) },
    ZRoleKitOutput,
    {
      signal: options.signal,
    },
  )
  const questions = await finaliseKitQuestions(output.questions, {
    requirements: input.requirements,
    language: input.locale ?? input.job.language,
    dedupeEmbedder: options.dedupeEmbedder,
  })
  return { questions, usage, model }
}
