import type { RequirementInput } from '@shortlist/core'
import type { CandidateKitInput, RoleKitInput } from '../src/types'

const requirement = (
  id: string,
  label: string,
  kind: RequirementInput['kind'],
  skillIds: string[],
  extra: Partial<RequirementInput> = {},
): RequirementInput => ({
  id,
  label,
  kind,
  type: 'skill',
  screened: true,
  weight: kind === 'required' ? 3 : 1,
  skillIds,
  minYears: null,
  keywords: [],
  ...extra,
})

/** Requirements resembling a senior ML platform posting, written for these tests. */
export const ML_PLATFORM_REQUIREMENTS: RequirementInput[] = [
  requirement('r-python', '5+ years of Python in production', 'required', ['python'], {
    minYears: 5,
    weight: 4,
  }),
  requirement(
    'r-k8s',
    'Hands-on experience running workloads on Kubernetes (k8s)',
    'required',
    ['kubernetes'],
    { weight: 3.5 },
  ),
  requirement(
    'r-mlops',
    'Experience deploying and monitoring ML models in production',
    'required',
    ['mlops', 'model-deployment'],
    {
      weight: 4,
    },
  ),
  requirement('r-tracking', 'Experiment tracking with MLflow or Weights & Biases', 'required', [
    'mlflow',
    'weights-and-biases',
  ]),
  requirement('r-airflow', 'Building data pipelines with Airflow', 'required', ['airflow']),
  requirement('r-cloud', 'Cloud infrastructure on AWS', 'required', ['aws']),
  requirement('r-english', 'Fluent English and clear written communication', 'required', [], {
    keywords: ['english', 'communication'],
  }),
  requirement('r-feast', 'Feature stores such as Feast', 'nice_to_have', ['feast'], { weight: 1.5 }),
  requirement('r-serving', 'Model serving with KServe or Triton', 'nice_to_have', ['kserve', 'triton'], {
    weight: 1.2,
  }),
  requirement('r-spark', 'Spark', 'nice_to_have', ['apache-spark'], { weight: 0.8 }),
  requirement('r-go', 'Go', 'nice_to_have', ['go'], { weight: 0.5 }),
]

export const ML_PLATFORM_ROLE: RoleKitInput = {
  job: {
    id: 'job-ml-platform',
    title: 'Senior ML Platform Engineer',
    description: 'We build the platform our data scientists use to train, ship and monitor models.',
    language: 'en',
  },
  responsibilities: [
    'Build and operate the ML platform used to train and serve models',
    'Own model deployment pipelines and their reliability',
    'Partner with data scientists and product teams to take models to production',
    'Mentor engineers and raise the bar for code quality',
  ],
  requirements: ML_PLATFORM_REQUIREMENTS,
}

export const CANDIDATE_RESUME = [
  'Ana Example',
  'ana.example@mail.test | +55 11 91234-5678 | linkedin.com/in/ana-example',
  'Rua das Flores, 123, São Paulo',
  'Summary',
  'ML engineer with 6 years of Python.',
  'Experience',
  'Acme Payments — ML Engineer (2019-2025)',
  'Deployed fraud models to production with Python and Airflow; increased revenue 40% by cutting false declines.',
  'Reduced inference latency 3x by moving scoring to a batch and cache design.',
  'Skills',
  'Python, Kubernetes, MLflow, Airflow, AWS',
].join('\n')

function offsetOf(needle: string): { start: number; end: number } {
  const start = CANDIDATE_RESUME.indexOf(needle)
  if (start < 0) throw new Error(`fixture text missing: ${needle}`)
  return { start, end: start + needle.length }
}

const skillsLine = CANDIDATE_RESUME.lastIndexOf('Kubernetes')

export const ML_PLATFORM_CANDIDATE: CandidateKitInput = {
  ...ML_PLATFORM_ROLE,
  candidate: { name: 'Ana Example', email: 'ana.example@mail.test', phone: '+55 11 91234-5678' },
  resumeText: CANDIDATE_RESUME,
  results: [
    {
      requirementId: 'r-python',
      status: 'matched',
      credit: 1,
      yearsFound: 6,
      reason: 'Six years of Python described in work history.',
      evidence: [
        {
          ...offsetOf('ML engineer with 6 years of Python'),
          quote: 'ML engineer with 6 years of Python',
          section: 'summary',
          source: 'described_work',
          skillId: 'python',
        },
      ],
    },
    {
      requirementId: 'r-k8s',
      status: 'partial',
      credit: 0.5,
      yearsFound: null,
      reason: 'Kubernetes appears only in the skills list.',
      evidence: [
        {
          start: skillsLine,
          end: skillsLine + 'Kubernetes'.length,
          quote: 'Kubernetes',
          section: 'skills',
          source: 'skills_list',
          skillId: 'kubernetes',
        },
      ],
    },
    {
      requirementId: 'r-mlops',
      status: 'matched',
      credit: 1,
      yearsFound: 6,
      reason: 'Deployed models.',
      evidence: [],
    },
    {
      requirementId: 'r-tracking',
      status: 'partial',
      credit: 0.5,
      yearsFound: null,
      reason: 'MLflow listed only.',
      evidence: [],
    },
    {
      requirementId: 'r-airflow',
      status: 'matched',
      credit: 1,
      yearsFound: 6,
      reason: 'Airflow pipelines described.',
      evidence: [],
    },
    {
      requirementId: 'r-cloud',
      status: 'missing',
      credit: 0,
      yearsFound: null,
      reason: 'No AWS work described.',
      evidence: [],
    },
    {
      requirementId: 'r-english',
      status: 'missing',
      credit: 0,
      yearsFound: null,
      reason: 'Not stated.',
      evidence: [],
    },
  ],
}
