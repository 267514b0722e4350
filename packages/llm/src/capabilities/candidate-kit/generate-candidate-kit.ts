import type { StructuredChat } from '../../openai/run-structured-chat'
import { describeOutputSchema } from '../../openai/run-structured-chat'
import { escapeDataBlock } from '../../prompts/delimit-data'
import type { PromptTemplate } from '../../prompts/load-prompt'
import { redactCandidate } from '../../redaction/redact-candidate'
import type { CandidateKitInput, Embedder, InterviewQuestion } from '../../types'
import { roleKitPromptValues } from '../build-prompt-values'
import { finaliseKitQuestions } from '../finalise-kit-questions'
import { ZCandidateKitOutput } from './candidate-kit.schema'

const OUTPUT_SCHEMA = describeOutputSchema(ZCandidateKitOutput)

/**
 * Asks the model for a candidate kit with `candidate-kit.v1`. The resume and the evaluation's quotes are redacted
 * before they leave the process; placeholders are restored in the returned questions.
 */
export async function generateCandidateKit(
  chat: StructuredChat,
  prompt: PromptTemplate,
  input: CandidateKitInput,
  options: { signal?: AbortSignal; dedupeEmbedder: Embedder },
): Promise<{
  questions: InterviewQuestion[]
  usage: { inputTokens: number; outputTokens: number }
  model: string
}> {
  // One redaction over resume and evaluation together keeps placeholders consistent between the two blocks.
  const evaluation = input.results
    .map((result) =>
      JSON.stringify({
        requirementId: result.requirementId,
        status: result.status,
        reason: result.reason,
        evidence: result.evidence.map((item) => ({
          quote: item.quote,
          section: item.section,
          source: item.source,
        })),
      }),
    )
    .join('\n')
  const separator = '\n\u0000SHORTLIST-SPLIT\u0000\n'
  const redaction = redactCandidate(`${input.resumeText}${separator}${evaluation}`, input.candidate)
  const [resume = '', redactedEvaluation = ''] = redaction.text.split(separator)
  const values = {
    ...roleKitPromptValues(input, OUTPUT_SCHEMA),
    resume: escapeDataBlock(resume),
    evaluation: escapeDataBlock(redactedEvaluation),
  }
  const { output, usage, model } = await chat.run(prompt, values, ZCandidateKitOutput, {
    signal: options.signal,
  })
  const questions = await finaliseKitQuestions(output.questions, {
    requirements: input.requirements,
    language: input.locale ?? input.job.language,
    restore: redaction.restore,
    resumeText: input.resumeText,
    dedupeEmbedder: options.dedupeEmbedder,
  })
  return { questions, usage, model }
}
