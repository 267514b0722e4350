import { z } from 'zod'

const ZDifficulty = z
  .enum(['foundational', 'intermediate', 'advanced'])
  .describe('How deep the question goes')
const ZLanguage = z.enum(['en', 'pt', 'es']).describe('Language of every text in the file')
const ZLevelLabels = z
  .tuple([z.string(), z.string(), z.string(), z.string()])
  .describe('Labels of levels 1..4')

export const ZRubricSpec = z.object({
  levels: z
    .tuple([z.string(), z.string(), z.string(), z.string()])
    .describe('Anchors for levels 1 (weak) .. 4'),
  strongAnswer: z.array(z.string()).min(2).describe('Points a strong answer covers'),
  redFlags: z.array(z.string()).min(1).describe('Answers that should worry the interviewer'),
  followUps: z.array(z.string()).length(2).describe('Two follow-up questions'),
})

export const ZTemplate = ZRubricSpec.extend({
  key: z.string().min(1).describe('Stable key, unique within its file'),
  difficulty: ZDifficulty,
  kind: z.enum(['concept', 'practical', 'scenario', 'system-design']).describe('Shape of the question'),
  text: z.string().min(10).describe('Question text; may contain {skill}, {title}, {requirement}, {figure}'),
  contextText: z.string().optional().describe('Variant that also weaves in a responsibility of the posting'),
})

export const ZBehavioralBank = z.object({
  language: ZLanguage,
  levelLabels: ZLevelLabels,
  competencies: z
    .array(
      z.object({
        competency: z.string().describe('Topic shown to the interviewer'),
        signals: z
          .array(z.string())
          .describe('Word stems in a posting that make this competency more relevant'),
        rubric: ZRubricSpec,
        questions: z
          .array(
            z.object({
              key: z.string(),
              difficulty: ZDifficulty,
              text: z.string().min(10),
              contextText: z.string().optional(),
            }),
          )
          .min(1),
      }),
    )
    .min(6),
})

export const ZTechnicalBank = z.object({
  language: ZLanguage,
  levelLabels: ZLevelLabels,
  topics: z
    .array(
      z.object({
        topic: z.string().describe('Topic shown to the interviewer'),
        terms: z
          .array(z.string())
          .min(1)
          .describe('Skill ids, names, categories or word stems this topic covers'),
        questions: z.array(ZTemplate).min(1),
      }),
    )
    .min(1),
})

export const ZGenericBank = z.object({
  language: ZLanguage,
  levelLabels: ZLevelLabels,
  skill: z.array(ZTemplate).min(4).describe('Templates for any skill, via {skill}'),
  requirement: z.array(ZTemplate).min(1).describe('Templates for requirements that name no skill'),
  gap: z.array(ZTemplate).length(2).describe('Candidate kits: [missing, partial] requirement probes'),
  claim: z.object({ listed: ZTemplate, impact: ZTemplate }).describe('Candidate kits: claim verification'),
  deep: z.array(ZTemplate).min(1).describe('Candidate kits: deeper questions where the candidate is strong'),
  pool: z
    .object({
      claimed: ZTemplate.describe('Hands-on proof of a skill most applicants only list, via {skill}'),
      depth: ZTemplate.describe('How far the candidate really goes in a requirement the pool is weak on'),
    })
    .describe('Role kits: deeper probing where the applicant pool is weakest or least proven'),
  trait: ZTemplate.describe('Behavioral STAR question on a trait the posting names, via {requirement}'),
  languageSegment: ZTemplate.describe('A part of the interview held in a language the posting requires'),
  check: ZTemplate.describe(
    'Recruiter check for logistics, degrees and licences: confirmed, not interviewed',
  ),
  experience: ZTemplate.describe('Behavioral walk-through of years in a role or field'),
})

export type RubricSpec = z.infer<typeof ZRubricSpec>
export type Template = z.infer<typeof ZTemplate>
export type BehavioralBank = z.infer<typeof ZBehavioralBank>
export type TechnicalBank = z.infer<typeof ZTechnicalBank>
export type GenericBank = z.infer<typeof ZGenericBank>
