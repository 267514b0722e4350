import { z } from 'zod'
import { ZKitQuestionOutput } from '../kit-question.schema'

export const ZCandidateKitQuestionOutput = ZKitQuestionOutput.extend({
  quote: z
    .string()
    .max(400)
    .nullish()
    .describe('For claim-verification questions: the resume line probed, copied verbatim; otherwise null'),
}).describe('One interview question for this candidate, with its rubric')

/** What the model must return for `candidate-kit.v2`. */
export const ZCandidateKitOutput = z
  .object({
    questions: z
      .array(ZCandidateKitQuestionOutput)
      .min(1)
      .max(40)
      .describe('Every question of the candidate kit'),
  })
  .describe('An interview kit for one candidate')

export type CandidateKitOutput = z.infer<typeof ZCandidateKitOutput>

export const CANDIDATE_KIT_PROMPT = { name: 'candidate-kit', version: 2 } as const
