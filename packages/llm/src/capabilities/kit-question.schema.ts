import { z } from 'zod'

export const ZRubricLevelOutput = z
  .object({
    level: z.number().int().min(1).max(4).describe('1 = weak answer, 4 = strong answer'),
    label: z.string().min(1).max(60).describe('Short name of the level, e.g. "Developing"'),
    description: z
      .string()
      .min(10)
      .max(600)
      .describe('Observable behaviour that places an answer at this level'),
  })
  .describe('One anchored level of the rubric')

export const ZRubricOutput = z
  .object({
    levels: z
      .array(ZRubricLevelOutput)
      .length(4)
      .refine(
        (levels) => new Set(levels.map((level) => level.level)).size === 4,
        'levels must be 1, 2, 3 and 4',
      )
      .describe('Exactly four levels, 1 to 4, each used once'),
    strongAnswer: z.array(z.string().min(3).max(300)).min(2).max(6).describe('Points a strong answer covers'),
    redFlags: z
      .array(z.string().min(3).max(300))
      .min(1)
      .max(5)
      .describe('Answers that should worry the interviewer'),
    followUps: z.array(z.string().min(5).max(400)).length(2).describe('Exactly two follow-up questions'),
  })
  .describe('How to judge answers to the question')

export const ZKitQuestionOutput = z
  .object({
    type: z
      .enum(['behavioral', 'technical', 'language', 'recruiter_check'])
      .describe(
        'behavioral = STAR question on a trait, competency or experience; technical = skill, knowledge or activity; language = part of the interview held in a required language; recruiter_check = logistics, degree or licence confirmed with the candidate',
      ),
    difficulty: z.enum(['foundational', 'intermediate', 'advanced']).describe('How deep the question goes'),
    topic: z
      .string()
      .min(1)
      .max(120)
      .describe('Competency or technical topic, e.g. "ownership" or "model serving"'),
    text: z.string().min(10).max(1200).describe('The question exactly as the interviewer asks it'),
    why: z
      .string()
      .min(5)
      .max(300)
      .optional()
      .describe(
        'One sentence: why this question is in the kit (the requirement it covers and why this kind)',
      ),
    requirementIds: z
      .array(z.string().min(1))
      .max(10)
      .describe('Ids from <requirements_data> this question assesses; may be empty for behavioral questions'),
    rubric: ZRubricOutput,
  })
  .describe('One interview question with its rubric')
