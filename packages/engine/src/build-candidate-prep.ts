import {
  findApplication,
  findApplicationStages,
  findCandidate,
  findEvaluation,
  findJob,
  findKit,
  listRequirements,
  type StoredRequirementResult,
} from '@shortlist/db'
import { type InterviewQuestion, loadQuestionBank } from '@shortlist/llm'
import { AI_NOTICE } from './ai-notice'
import type { EngineDeps } from './engine-deps'
import { EngineError } from './engine-error'
import { type PracticeQuestion, writePracticeQuestions } from './write-practice-questions'

export type CandidatePrep = {
  job: { title: string }
  candidateName: string | null
  competencies: Array<{ name: string; description: string }>
  topics: string[]
  practiceQuestions: PracticeQuestion[]
  studyTopics: Array<{ topic: string; why: string }>
  tips: string[]
  roleKitReady: boolean
  /** The application's pipeline stage, so the candidate knows where they are. */
  stage: string
  /** How automated tools take part, in the posting's language. */
  aiNotice: string
}

const COMPETENCY_DESCRIPTION: Record<'en' | 'pt' | 'es', (name: string) => string> = {
  en: (name) =>
    `Have a concrete example from your own work that shows ${name}: what happened, what you did, the result.`,
  pt: (name) =>
    `Tenha um exemplo concreto do seu trabalho que mostre ${name}: o que aconteceu, o que você fez, o resultado.`,
  es: (name) =>
    `Ten un ejemplo concreto de tu trabajo que muestre ${name}: qué pasó, qué hiciste, el resultado.`,
}

const PRACTICE_BEHAVIORAL = 4
const PRACTICE_TECHNICAL = 6

const TIPS: Record<'en' | 'pt' | 'es', string[]> = {
  en: [
    'Behavioral questions follow the STAR shape: situation, task, the action you took, and a measurable result.',
    'For technical questions, say your assumptions out loud and compare at least two options before choosing.',
    'Prepare two stories about something that failed and what you changed afterwards.',
    'Bring questions of your own about the team, the on-call load and how success is measured in the first six months.',
  ],
  pt: [
    'Perguntas comportamentais seguem o formato STAR: situação, tarefa, a ação que você tomou e um resultado mensurável.',
    'Nas perguntas técnicas, diga suas premissas em voz alta e compare pelo menos duas opções antes de escolher.',
    'Prepare duas histórias sobre algo que deu errado e o que você mudou depois.',
    'Leve suas próprias perguntas sobre o time, o plantão e como o sucesso é medido nos primeiros seis meses.',
  ],
  es: [
    'Las preguntas de comportamiento siguen el formato STAR: situación, tarea, la acción que tomaste y un resultado medible.',
    'En las preguntas técnicas, explica tus supuestos en voz alta y compara al menos dos opciones antes de elegir.',
    'Prepara dos historias sobre algo que salió mal y qué cambiaste después.',
    'Lleva tus propias preguntas sobre el equipo, las guardias y cómo se mide el éxito en los primeros seis meses.',
  ],
}

/**
 * The candidate's preparation page. Competencies, topics and practice questions are the same for every candidate
 * of the job; study topics come from the candidate's own gaps. Scores, ranks, rubrics and the hiring manager's
 * candidate kit never appear here.
 */
export async function buildCandidatePrep(
  deps: Pick<EngineDeps, 'db'>,
  organizationId: string,
  applicationId: string,
): Promise<CandidatePrep> {
  const { db } = deps
  const application = await findApplication(db, organizationId, applicationId)
  if (!application) throw new EngineError('NOT_FOUND', 'application not found')
  const job = await findJob(db, organizationId, application.jobId)
  if (!job) throw new EngineError('NOT_FOUND', 'job not found')
  const [requirements, roleKit, evaluation, candidate, stages] = await Promise.all([
    listRequirements(db, organizationId, job.id),
    findKit(db, organizationId, { jobId: job.id }),
    findEvaluation(db, organizationId, applicationId),
    application.candidateId ? findCandidate(db, organizationId, application.candidateId) : null,
    findApplicationStages(db, organizationId, [applicationId]),
  ])
  const language = job.language === 'pt' || job.language === 'es' ? job.language : 'en'

  const questions = roleKit?.status === 'ready' ? (roleKit.questions as InterviewQuestion[]) : []
  // Competencies are named, never described with a kit question: the kit's wording stays with the interviewers.
  const competencies = [
    ...new Set(
      questions.filter((question) => question.type === 'behavioral').map((question) => question.topic),
    ),
  ].map((name) => ({ name, description: COMPETENCY_DESCRIPTION[language](name) }))

  const byId = new Map(requirements.map((requirement) => [requirement.id, requirement]))
  const gaps = ((evaluation?.requirements ?? []) as StoredRequirementResult[]).filter(
    // Traits and logistics are not read from the resume, so they are never a gap to study.
    (result) => result.status !== 'matched' && byId.get(result.requirementId)?.screened === true,
  )
  const studyTopics = gaps.map((gap) => {
    const requirement = byId.get(gap.requirementId)
    const label = requirement?.label ?? ''
    return {
      topic: label,
      why:
        requirement?.kind === 'required'
          ? 'A core part of this role; your resume says less about it than about your other work, so prepare concrete examples.'
          : 'Valued for this role; a short example or what you would learn first will help.',
    }
  })

  return {
    job: { title: job.title },
    candidateName: candidate?.name ?? null,
    competencies,
    topics: requirements
      .slice()
      .sort((left, right) => Number(right.kind === 'required') - Number(left.kind === 'required'))
      .map((requirement) => requirement.label),
    practiceQuestions: writePracticeQuestions({
      kitQuestions: questions,
      bank: loadQuestionBank(),
      language,
      jobTitle: job.title,
      limits: { behavioral: PRACTICE_BEHAVIORAL, technical: PRACTICE_TECHNICAL },
    }),
    studyTopics,
    tips: TIPS[language],
    aiNotice: AI_NOTICE[language],
    roleKitReady: roleKit?.status === 'ready',
    stage: stages.get(applicationId)?.stage ?? 'applied',
  }
}
