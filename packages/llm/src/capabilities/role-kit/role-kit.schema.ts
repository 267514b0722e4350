import { z } from 'zod'
import { ZKitQuestionOutput } from '../kit-question.schema'

/** What the model must return for `role-kit.v3` (the same shape as v2; v3 adds the applicant pool to the prompt). */
export const ZRoleKitOutput = z
  .object({
    questions: z
      .array(ZKitQuestionOutput)
      .min(1)
      .max(40)
      .describe('Every question of the kit, behavioral and technical'),
  })
  .describe('An interview kit for a role')

export type RoleKitOutput = z.infer<typeof ZRoleKitOutput>

export const ROLE_KIT_PROMPT = { name: 'role-kit', version: 3 } as const
