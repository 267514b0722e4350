import type { FakeOpenAiServer } from '../../../packages/llm/test/fake-openai-server'
import { type client, type Json, readFixture, waitFor } from './test-stack'

type Api = ReturnType<typeof client>

export const ML_POSTING = readFixture('demo/jobs/ml-platform-engineer.txt').toString('utf8')

/** Creates a job and waits until its posting is analysed; returns the job with its requirements. */
export async function createReadyJob(api: Api, title: string, description = ML_POSTING): Promise<Json> {
  const created = await api.post('/v1/jobs', { title, description })
  if (created.status !== 201) throw new Error(`job not created: ${JSON.stringify(created.body)}`)
  return waitFor(
    async () => {
      const response = await api.get(`/v1/jobs/${created.body.id}`)
      if (response.body.status === 'failed')
        throw new Error(`job analysis failed: ${JSON.stringify(response.body)}`)
      return response.body.status === 'ready' ? (response.body as Json) : null
    },
    60_000,
    'job analysis',
  )
}

/** Uploads resumes and waits until the shortlist holds `expected` scored applications. */
export async function uploadAndScore(
  api: Api,
  jobId: string,
  files: Array<{ name: string; content: Buffer }>,
  expected = files.length,
): Promise<{ uploaded: Json[]; shortlist: Json }> {
  const upload = await api.upload(`/v1/jobs/${jobId}/applications`, files)
  if (upload.status !== 202) throw new Error(`upload failed: ${JSON.stringify(upload.body)}`)
  const shortlist = await waitFor(
    async () => {
      const response = await api.get(`/v1/jobs/${jobId}/shortlist`)
      return response.body.total === expected ? (response.body as Json) : null
    },
    60_000,
    `${expected} scored applications`,
  )
  return { uploaded: upload.body.applications, shortlist }
}

/** Waits until the kit at `url` leaves `pending`. */
export async function waitForKit(api: Api, url: string, timeoutMs = 60_000): Promise<Json> {
  return waitFor(
    async () => {
      const response = await api.get(url)
      return response.status === 200 && response.body.status !== 'pending' ? (response.body as Json) : null
    },
    timeoutMs,
    `kit at ${url}`,
  )
}

const BEHAVIORAL = [
  ['ownership', 'Tell me about a platform problem nobody owned that you decided to fix. What happened next?'],
  [
    'collaboration',
    'Describe a disagreement with a researcher about how their model should ship, and how it ended.',
  ],
  ['learning', 'When did an outage you caused teach you something you still apply? Walk me through it.'],
  [
    'prioritisation',
    'Give an example of a quarter where you had to drop planned work to keep production stable.',
  ],
  [
    'communication',
    'How did you explain a risky migration to people outside engineering, and did they agree?',
  ],
] as const

const TECHNICAL = [
  'A training job on Kubernetes keeps landing in CrashLoopBackOff after an image bump. How do you find out why?',
  'Design the rollout of a new model version behind the gateway so a bad model can be rolled back in minutes.',
  'Which numbers would you watch to choose a batching window for a latency-sensitive inference endpoint?',
  'How would you make any experiment in the tracker reproducible months later, including data and code?',
  'A node reports disk pressure and pods are evicted. Which shell commands do you run first, and why?',
  'How would you structure a Python service so that model loading does not block health checks at start-up?',
  'Compare Airflow and Argo Workflows for nightly retraining; which would you pick for this team?',
  'Explain how you would cap GPU usage per team on a shared cluster without starving urgent jobs.',
] as const

function rubric(topic: string) {
  return {
    levels: [
      { level: 1, label: 'Insufficient', description: `No concrete example or method for ${topic}.` },
      {
        level: 2,
        label: 'Developing',
        description: `A vague account of ${topic} with little personal detail.`,
      },
      { level: 3, label: 'Proficient', description: `A clear, concrete account of ${topic} with a result.` },
      {
        level: 4,
        label: 'Strong',
        description: `A complete account of ${topic} with trade-offs, results and lessons applied later.`,
      },
    ],
    strongAnswer: [`Concrete steps on ${topic}`, 'A measurable outcome'],
    redFlags: ['Blames others without reflection'],
    followUps: ['What would you do differently next time?', 'How did you measure that it worked?'],
  }
}

/** A valid `role-kit.v3` answer whose technical questions point at the job's real requirement ids. */
export function roleKitReply(requirementIds: readonly string[]): string {
  if (requirementIds.length === 0) throw new Error('a role kit needs requirement ids')
  const questions = [
    ...BEHAVIORAL.map(([topic, text]) => ({
      type: 'behavioral',
      difficulty: 'intermediate',
      topic,
      text,
      requirementIds: [],
      rubric: rubric(topic),
    })),
    ...TECHNICAL.map((text, index) => ({
      type: 'technical',
      difficulty: index % 3 === 0 ? 'advanced' : 'intermediate',
      topic: `technical topic ${index + 1}`,
      text,
      requirementIds: [requirementIds[index % requirementIds.length]],
      rubric: rubric(`technical topic ${index + 1}`),
    })),
  ]
  return JSON.stringify({ questions })
}

/** The parsed bodies of the chat completion requests the fake server received, oldest first. */
export function chatRequests(fake: FakeOpenAiServer): Array<{
  raw: string
  messages: Array<{ role: string; content: string }>
}> {
  return fake.requests
    .filter((request) => request.path === '/v1/chat/completions')
    .map((request) => ({
      raw: request.raw,
      messages: (request.body as { messages: Array<{ role: string; content: string }> }).messages,
    }))
}
