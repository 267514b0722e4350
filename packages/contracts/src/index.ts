// The HTTP contract, shared by the API (validation + OpenAPI) and the web app (forms + typed fetches).
import { z } from 'zod'

export const ZId = z.uuid()

/** `interviewer` sees only the applications assigned to them, and fills in scorecards. */
export const ZRole = z.enum(['admin', 'recruiter', 'hiring_manager', 'interviewer'])
export type Role = z.infer<typeof ZRole>
export const ZPrincipalRole = z.enum(['admin', 'recruiter', 'hiring_manager', 'interviewer', 'candidate'])
export type PrincipalRole = z.infer<typeof ZPrincipalRole>

/** RFC 9457 problem details with our stable machine-readable `code`. */
export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
})
export type Problem = z.infer<typeof ZProblem>

// ---------- auth & users ----------
const ZEmail = z
  .email()
  .max(254)
  .transform((value) => value.toLowerCase())
/** Checked by the API, which answers 422 WEAK_PASSWORD: length, a list of common passwords, the email itself. */
export const PASSWORD_MIN_LENGTH = 10
const ZPassword = z
  .string()
  .min(1)
  .max(200)
  .describe(
    `At least ${PASSWORD_MIN_LENGTH} characters, not a commonly used password, not containing the email's local part.`,
  )

export const ZSignupBody = z.object({
  organizationName: z.string().trim().min(1).max(200),
  name: z.string().trim().min(1).max(200),
  email: ZEmail,
  password: ZPassword,
})
export const ZLoginBody = z.object({ email: ZEmail, password: z.string().min(1).max(200) })
export const ZInviteExchangeBody = z.object({ token: z.string().min(16).max(200) })
export const ZAccessToken = z.object({ accessToken: z.string() })

export const ZUser = z.object({
  id: ZId,
  email: z.string(),
  name: z.string(),
  role: ZRole,
  /** Set once an admin deactivated the account: it can no longer sign in, and its sessions have ended. */
  deactivatedAt: z.string().nullable().optional(),
})
export type User = z.infer<typeof ZUser>
export const ZChangeRoleBody = z.object({ role: ZRole })
/** A single-use link an admin hands to the user; only its hash is stored. */
export const ZPasswordResetLink = z.object({ url: z.string(), token: z.string(), expiresAt: z.string() })
export const ZPasswordResetBody = z.object({ token: z.string().min(16).max(200), password: ZPassword })
export const ZChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: ZPassword,
})
/** Signup answers the same whether or not the email is already registered: sign in next. */
export const ZSignupAccepted = z.object({ status: z.literal('accepted') })
export const ZCreateUserBody = z.object({
  email: ZEmail,
  name: z.string().trim().min(1).max(200),
  role: ZRole,
  password: ZPassword,
})
export const ZUserList = z.object({ items: z.array(ZUser) })

export const ZMe = z.object({
  user: z.object({ id: ZId, name: z.string(), email: z.string().nullable(), role: ZPrincipalRole }),
  organization: z.object({ id: ZId, name: z.string() }),
})
export type Me = z.infer<typeof ZMe>

// ---------- jobs & requirements ----------
export const ZRequirementKind = z.enum(['required', 'nice_to_have'])
export type RequirementKind = z.infer<typeof ZRequirementKind>
/** What a requirement asks for; `trait` and `logistics` are never screened from the resume. */
export const ZRequirementType = z.enum([
  'skill',
  'knowledge',
  'activity',
  'language',
  'degree',
  'certification',
  'experience',
  'trait',
  'logistics',
])
export type RequirementType = z.infer<typeof ZRequirementType>
export const ZJobStatus = z.enum(['analyzing', 'ready', 'failed'])
export type JobStatus = z.infer<typeof ZJobStatus>

export const ZSkillRef = z.object({ id: z.string(), name: z.string() })
export type SkillRef = z.infer<typeof ZSkillRef>

export const ZRequirement = z.object({
  id: ZId,
  label: z.string(),
  kind: ZRequirementKind,
  type: ZRequirementType,
  /** False for traits and logistics: shown apart ("assessed in interview", "confirm with the candidate"), never gating. */
  screened: z.boolean(),
  weight: z.number(),
  /** The first (primary) skill, kept for simple clients. */
  skill: ZSkillRef.optional(),
  /** Alternatives: any one satisfies the requirement. */
  skills: z.array(ZSkillRef),
  minYears: z.number().int().nullable(),
  /** Spoken languages: the level asked (CEFR code, or native / fluent / advanced / intermediate / basic); else null. */
  level: z.string().nullable(),
  /** Degrees: the posting accepts equivalent experience instead ("or equivalent experience"). */
  alternativeExperience: z.boolean(),
  source: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }).nullable(),
})
export type Requirement = z.infer<typeof ZRequirement>

export const ZCreateJobBody = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().max(100_000),
})
export const ZJobCreated = z.object({ id: ZId, status: ZJobStatus })

export const ZJob = z.object({
  id: ZId,
  title: z.string(),
  status: ZJobStatus,
  description: z.string(),
  language: z.string(),
  createdAt: z.string(),
  requirements: z.array(ZRequirement),
})
export type Job = z.infer<typeof ZJob>

export const ZJobSummary = z.object({
  id: ZId,
  title: z.string(),
  status: ZJobStatus,
  createdAt: z.string(),
  counts: z.object({
    applications: z.number().int(),
    queued: z.number().int(),
    processing: z.number().int(),
    scored: z.number().int(),
    failed: z.number().int(),
  }),
})
export type JobSummary = z.infer<typeof ZJobSummary>
export const ZJobList = z.object({ items: z.array(ZJobSummary) })

export const ZRequirementEdit = z.object({
  /** Omit to add a new requirement. */
  id: ZId.optional(),
  label: z.string().trim().min(1).max(500),
  kind: ZRequirementKind,
  /** Omit to keep the stored type (or, for a new requirement, to let the parser's classifier decide). */
  type: ZRequirementType.optional(),
  weight: z.number().min(0).max(5),
  skillIds: z.array(z.string().min(1).max(200)).max(20),
  minYears: z.number().int().min(0).max(50).nullable().default(null),
  /** A language's level (CEFR code, or native / fluent / advanced / intermediate / basic). Omit to keep; null: as the line reads. */
  level: z.string().trim().min(1).max(40).nullable().optional(),
  /** A degree accepts equivalent experience instead. Omit to keep; null: as the line reads. */
  alternativeExperience: z.boolean().nullable().optional(),
})
export type RequirementEdit = z.infer<typeof ZRequirementEdit>
/** The full, ordered list: requirements not listed are removed. */
export const ZPutRequirementsBody = z.object({ requirements: z.array(ZRequirementEdit).max(200) })

// ---------- applications & evaluations ----------
export const ZApplicationStatus = z.enum(['queued', 'processing', 'scored', 'failed'])
export type ApplicationStatus = z.infer<typeof ZApplicationStatus>
export const ZRequirementStatus = z.enum(['matched', 'partial', 'missing'])
export type RequirementStatus = z.infer<typeof ZRequirementStatus>
export const ZEvidenceSource = z.enum(['skills_list', 'described_work', 'semantic'])

export const ZEvidence = z.object({
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  section: z.string(),
  source: ZEvidenceSource,
})
export type Evidence = z.infer<typeof ZEvidence>

/**
 * What a status rests on, so a reviewer can check it: the skill named, a narrower or related one, a paraphrase of the
 * duty, a skills-list claim, years short of those asked, equivalent experience, or nothing.
 */
export const ZEvidenceBasis = z.enum([
  'named',
  'narrower',
  'related',
  'paraphrase',
  'listed',
  'years_short',
  'equivalent',
  'none',
])
export type EvidenceBasis = z.infer<typeof ZEvidenceBasis>

export const ZRequirementResult = z.object({
  requirementId: ZId,
  label: z.string(),
  kind: ZRequirementKind,
  type: ZRequirementType,
  screened: z.boolean(),
  status: ZRequirementStatus,
  credit: z.number(),
  reason: z.string(),
  /** Absent on results scored before the scorer recorded it. */
  basis: ZEvidenceBasis.optional(),
  evidence: z.array(ZEvidence),
})
export type RequirementResult = z.infer<typeof ZRequirementResult>

export const ZApplicationRef = z.object({
  id: ZId,
  filename: z.string(),
  status: ZApplicationStatus,
  /** True when these exact bytes were already uploaded for this job. */
  duplicate: z.boolean(),
})
export const ZUploadResult = z.object({ applications: z.array(ZApplicationRef) })

/** A role as a resume names it: either part may be missing. */
export const ZJobRole = z.object({ title: z.string().nullable(), employer: z.string().nullable() })

export const ZApplicationError = z.object({ code: z.string(), message: z.string() })
export const ZDecisionKind = z.enum(['advance', 'hold', 'reject'])
export type DecisionKind = z.infer<typeof ZDecisionKind>
export const ZDecision = z.object({
  decision: ZDecisionKind,
  reason: z.string(),
  decidedBy: z.string(),
  decidedAt: z.string(),
})
export type Decision = z.infer<typeof ZDecision>
export const ZNote = z.object({ id: ZId, body: z.string(), author: z.string(), createdAt: z.string() })
export type Note = z.infer<typeof ZNote>

export const ZApplicationSummary = z.object({
  id: ZId,
  filename: z.string(),
  status: ZApplicationStatus,
  error: ZApplicationError.optional(),
  candidate: z.object({ id: ZId.nullable(), name: z.string().nullable() }),
  score: z.number().optional(),
  updatedAt: z.string(),
  /** Blind review: the name is a label and the filename generic (see ZApplication). */
  blind: z.boolean(),
})
export const ZApplicationList = z.object({ items: z.array(ZApplicationSummary) })

export const ZCareer = z.object({
  /** The role line under the candidate's name, as they title themself. */
  headline: ZJobRole.nullable(),
  totalYears: z.number(),
  /** Work history as parsed, most recent first as written; dates are ISO year-months. */
  experiences: z.array(
    z.object({
      title: z.string().nullable(),
      employer: z.string().nullable(),
      startDate: z.string().nullable(),
      endDate: z.string().nullable(),
      current: z.boolean(),
    }),
  ),
})
export type Career = z.infer<typeof ZCareer>

/** Role fit of a candidate for a posting (core/scoring README, "Role fit"); every part 0..1. */
export const ZRoleFit = z.object({
  score: z.number(),
  currentTitle: z.string().nullable(),
  familyFit: z.number(),
  titleFit: z.number(),
  functionYears: z.number(),
  yearsFit: z.number(),
  seniorityFit: z.number(),
  sameFunction: z.enum(['same', 'related', 'different']),
  /** The line a reviewer reads, e.g. "Role fit: Accountant, 6 years in finance accounting roles, same function…". */
  explanation: z.string(),
})
export type RoleFit = z.infer<typeof ZRoleFit>

/** A candidate's request for an alternative to automated screening (fairness section below). */
export const ZAlternativeProcess = z.object({ requestedAt: z.string(), note: z.string().nullable() })
export type AlternativeProcess = z.infer<typeof ZAlternativeProcess>

export const ZApplication = z.object({
  id: ZId,
  jobId: ZId,
  filename: z.string(),
  status: ZApplicationStatus,
  error: ZApplicationError.optional(),
  candidate: z.object({ id: ZId.nullable(), name: z.string().nullable(), email: z.string().nullable() }),
  score: z.number().optional(),
  requiredMet: z.number().int().optional(),
  requiredTotal: z.number().int().optional(),
  /** What the shortlist orders by, once scored (see ZShortlistItem). */
  rankScore: z.number().optional(),
  allRequiredMet: z.boolean().optional(),
  coverage: z.number().optional(),
  roleFit: ZRoleFit.nullable().optional(),
  requirements: z.array(ZRequirementResult).optional(),
  /** Visible resume text; evidence offsets index into it. */
  resumeText: z.string().optional(),
  /** Work history parsed from the resume, once it has been read. */
  career: ZCareer.optional(),
  hiddenText: z.object({
    flagged: z.boolean(),
    reasons: z.array(z.string()),
    excerpt: z.string().nullable(),
  }),
  decision: ZDecision.nullable(),
  notes: z.array(ZNote),
  versions: z.object({ taxonomy: z.string(), parser: z.string(), scorer: z.string() }).optional(),
  /**
   * Blind review is in force for this application: the candidate is a label ("Candidate 7F3A"), email is null, the
   * filename is generic, and names, contact details, addresses, ages and graduation years are masked (█, same length,
   * so evidence offsets still hold) in the resume text, the evidence quotes and the hidden-text excerpt.
   */
  blind: z.boolean(),
  /** The candidate asked for an alternative to automated screening (from the prep page). */
  alternativeProcess: ZAlternativeProcess.nullable(),
})
export type Application = z.infer<typeof ZApplication>

export const ZDecisionBody = z.object({ decision: ZDecisionKind, reason: z.string().trim().min(1).max(2000) })
export const ZNoteBody = z.object({ body: z.string().trim().min(1).max(5000) })

// ---------- shortlist ----------
export const ZShortlistView = z.enum(['summary', 'full'])
export type ShortlistView = z.infer<typeof ZShortlistView>
export const ZShortlistQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Where the page starts: `nextCursor` of the page before (keyset pagination); absent for the first page. */
  cursor: z.string().min(1).max(500).optional(),
  /**
   * `summary` (default): each requirement's status, what the list shows. `full` adds every evidence quote, which the
   * list never needs (the application's page has them); kept for clients that read quotes from the list.
   */
  view: ZShortlistView.default('summary'),
  meetsAllRequired: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  minScore: z.coerce.number().min(0).max(100).optional(),
  skill: z.string().min(1).max(200).optional(),
  /** Only candidates in this pipeline stage. */
  stage: z.string().min(1).max(40).optional(),
})
export type ShortlistQuery = z.input<typeof ZShortlistQuery>

export const ZShortlistItem = z.object({
  rank: z.number().int(),
  applicationId: ZId,
  candidate: z.object({ id: ZId, name: z.string().nullable() }),
  /** The candidate's current role as parsed from the resume, when it names one. */
  currentRole: ZJobRole.nullable(),
  score: z.number(),
  requiredMet: z.number().int(),
  requiredTotal: z.number().int(),
  /** 0..100, what the shortlist is ordered by (after allRequiredMet): coverage beside role fit. */
  rankScore: z.number(),
  /** Every screened required item is matched; these candidates come first. */
  allRequiredMet: z.boolean(),
  /** 0..100, weighted share of the screened requirements' credit, comparable across jobs. */
  coverage: z.number(),
  /** Null until the application is scored again after the ranking columns were added. */
  roleFit: ZRoleFit.nullable(),
  hiddenTextFlagged: z.boolean(),
  decision: ZDecisionKind.nullable(),
  /** The application's pipeline stage. */
  stage: z.string(),
  /** Blind review: the name is a label and evidence quotes are masked (see ZApplication). */
  blind: z.boolean(),
  /** The candidate asked for an alternative to automated screening. */
  alternativeProcessRequested: z.boolean(),
  /** Each requirement's status (its label and kind are in the page's `requirements`, once). */
  requirements: z.array(
    z.object({
      requirementId: ZId,
      status: ZRequirementStatus,
      /** Only with `view=full`. */
      evidence: z.array(z.object({ quote: z.string() })).optional(),
    }),
  ),
})
export type ShortlistItem = z.infer<typeof ZShortlistItem>
export const ZShortlistRequirement = z.object({ id: ZId, label: z.string(), kind: ZRequirementKind })
export type ShortlistRequirement = z.infer<typeof ZShortlistRequirement>
export const ZShortlist = z.object({
  /** Scored applications passing the filters, all pages together. */
  total: z.number().int(),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** The job's requirements in posting order: the label and kind of every status in `items`, said once a page. */
  requirements: z.array(ZShortlistRequirement),
  items: z.array(ZShortlistItem),
})
export type Shortlist = z.infer<typeof ZShortlist>

// ---------- interview kits & prep ----------
export const ZKitStatus = z.enum(['pending', 'ready', 'failed'])
export type KitStatus = z.infer<typeof ZKitStatus>
export const ZRubric = z.object({
  levels: z.array(
    z.object({ level: z.number().int().min(1).max(4), label: z.string(), description: z.string() }),
  ),
  strongAnswer: z.array(z.string()),
  redFlags: z.array(z.string()),
  followUps: z.array(z.string()),
})
export const ZQuestionType = z.enum(['behavioral', 'technical', 'language', 'recruiter_check'])
export type QuestionType = z.infer<typeof ZQuestionType>
export const ZQuestion = z.object({
  id: z.string(),
  /** recruiter_check: confirmed with the candidate (logistics, degree, licence), not an interview question. */
  type: ZQuestionType,
  difficulty: z.enum(['foundational', 'intermediate', 'advanced']),
  topic: z.string(),
  text: z.string(),
  requirementIds: z.array(z.string()),
  /** Why the question is in this kit; absent only on kits stored before it existed. */
  why: z.string().optional(),
  rubric: ZRubric,
  quote: z.string().optional(),
})
export type Question = z.infer<typeof ZQuestion>
/** How the job's applicants stood on each requirement when the role kit was written: percent, to the nearest 10. */
export const ZKitPool = z.object({
  /** Lower bound of the pool's size band (5, 10, 20, 50, 100, …). */
  applicantsAtLeast: z.number().int(),
  requirements: z.array(
    z.object({
      requirementId: z.string(),
      matched: z.number(),
      partial: z.number(),
      missing: z.number(),
      /** Listed in a skills list without described use (a part of matched and partial). */
      claimedOnly: z.number(),
    }),
  ),
})
export type KitPool = z.infer<typeof ZKitPool>
export const ZInterviewKit = z.object({
  status: ZKitStatus,
  questions: z.array(ZQuestion),
  /** Role kits only: the applicant pool the kit was written for; null for candidate kits and small pools. */
  pool: ZKitPool.nullable().optional(),
  error: ZApplicationError.optional(),
  promptVersion: z.string().nullable(),
  model: z.string().nullable(),
  updatedAt: z.string().nullable(),
})
export type InterviewKit = z.infer<typeof ZInterviewKit>
export const ZKitAccepted = z.object({ status: ZKitStatus })
/** Optional: ask for the kit in a language other than the posting's. */
export const ZKitRequestBody = z.object({ locale: z.enum(['en', 'pt', 'es']).optional() })

// ---------- interview loop: plan, assignments, scorecards ----------
export const ZInterviewPlanItem = z.object({
  id: ZId,
  name: z.string(),
  /** Question ids from the job's role kit. */
  questionIds: z.array(z.string()),
  /** Requirement ids this interview covers. */
  requirementIds: z.array(ZId),
})
export type InterviewPlanItem = z.infer<typeof ZInterviewPlanItem>
export const ZInterviewPlan = z.object({ interviews: z.array(ZInterviewPlanItem) })
export type InterviewPlan = z.infer<typeof ZInterviewPlan>
/** The full, ordered plan: interviews not listed are removed (refused while interviews are assigned to them). */
export const ZPutInterviewPlanBody = z.object({
  interviews: z
    .array(
      z.object({
        /** Omit to add a new interview. */
        id: ZId.optional(),
        name: z.string().trim().min(1).max(200),
        questionIds: z.array(z.string().min(1).max(200)).max(100),
        requirementIds: z.array(ZId).max(200),
      }),
    )
    .max(30),
})
export type PutInterviewPlanBody = z.infer<typeof ZPutInterviewPlanBody>

export const ZAssignInterviewsBody = z.object({
  /** An interview of the job's plan. */
  interviewId: ZId,
  interviewerIds: z.array(ZId).min(1).max(20),
})
/** Staff who can be assigned interviews (no emails: recruiters and hiring managers read it, not only admins). */
export const ZInterviewerList = z.object({
  items: z.array(z.object({ id: ZId, name: z.string(), role: ZRole })),
})
export const ZInterviewStatus = z.enum(['assigned', 'draft', 'submitted'])
export type InterviewStatus = z.infer<typeof ZInterviewStatus>
export const ZRecommendation = z.enum(['strong_no', 'no', 'yes', 'strong_yes'])
export type Recommendation = z.infer<typeof ZRecommendation>

export const ZInterviewSummary = z.object({
  id: ZId,
  applicationId: ZId,
  job: z.object({ id: ZId, title: z.string() }),
  candidateName: z.string().nullable(),
  interview: z.object({ id: ZId, name: z.string() }),
  interviewer: z.object({ id: ZId, name: z.string() }),
  status: ZInterviewStatus,
  submittedAt: z.string().nullable(),
})
export type InterviewSummary = z.infer<typeof ZInterviewSummary>
export const ZInterviewSummaryList = z.object({ items: z.array(ZInterviewSummary) })

export const ZRating = z.object({
  questionId: z.string(),
  level: z.number().int().min(1).max(4),
  note: z.string(),
  /** The requirements the rating counts for (the question's own, else the interview's); fixed when saved. */
  requirementIds: z.array(z.string()),
})
export type Rating = z.infer<typeof ZRating>
/** One interview with its questions (rubrics included) and the interviewer's scorecard so far. */
export const ZInterviewDetail = ZInterviewSummary.extend({
  questions: z.array(ZQuestion),
  ratings: z.array(ZRating),
  recommendation: ZRecommendation.nullable(),
})
export type InterviewDetail = z.infer<typeof ZInterviewDetail>

export const ZScorecardBody = z.object({
  ratings: z
    .array(
      z.object({
        questionId: z.string().min(1).max(200),
        level: z.number().int().min(1).max(4),
        note: z.string().trim().max(5000).default(''),
      }),
    )
    .max(100)
    .refine((ratings) => new Set(ratings.map((rating) => rating.questionId)).size === ratings.length, {
      message: 'each question may be rated once',
    }),
  recommendation: ZRecommendation.nullable().default(null),
  /** false saves a draft; true submits, after which the scorecard is final. */
  submit: z.boolean().default(false),
})
export type ScorecardBody = z.input<typeof ZScorecardBody>

export const ZScorecard = ZInterviewSummary.extend({
  ratings: z.array(ZRating),
  recommendation: ZRecommendation.nullable(),
})
export type Scorecard = z.infer<typeof ZScorecard>

/** Interview feedback per requirement; a separate signal from the screening score and never blended into it. */
export const ZInterviewAggregate = z.object({
  scorecards: z.number().int(),
  recommendations: z.object({
    strong_no: z.number().int(),
    no: z.number().int(),
    yes: z.number().int(),
    strong_yes: z.number().int(),
  }),
  requirements: z.array(
    z.object({
      requirementId: ZId,
      label: z.string(),
      kind: ZRequirementKind,
      /** Mean rubric level 1–4 over submitted ratings tied to the requirement; null when none. */
      meanLevel: z.number().nullable(),
      ratings: z.number().int(),
      scorecards: z.number().int(),
    }),
  ),
})
export type InterviewAggregate = z.infer<typeof ZInterviewAggregate>
export const ZScorecardList = z.object({
  /** Submitted scorecards only; drafts stay with their author. */
  scorecards: z.array(ZScorecard),
  /** Interviews not submitted yet (status only, never their content). */
  pending: z.array(ZInterviewSummary),
  aggregate: ZInterviewAggregate,
})
export type ScorecardList = z.infer<typeof ZScorecardList>
/** Interview feedback for every application of a job that has submitted scorecards (compare, export). */
export const ZJobInterviewFeedback = z.object({
  items: z.array(z.object({ applicationId: ZId, aggregate: ZInterviewAggregate })),
})
export type JobInterviewFeedback = z.infer<typeof ZJobInterviewFeedback>

/** Invites are reusable on any device until they expire (14 days unless asked otherwise) or are revoked. */
export const ZInviteBody = z.object({
  expiresInHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(24 * 14),
})
export const ZInvite = z.object({ token: z.string(), url: z.string(), expiresAt: z.string() })

export const ZPrep = z.object({
  job: z.object({ title: z.string() }),
  candidateName: z.string().nullable(),
  competencies: z.array(z.object({ name: z.string(), description: z.string() })),
  topics: z.array(z.string()),
  practiceQuestions: z.array(
    z.object({ id: z.string(), type: z.enum(['behavioral', 'technical']), text: z.string() }),
  ),
  studyTopics: z.array(z.object({ topic: z.string(), why: z.string() })),
  tips: z.array(z.string()),
  /** Where the candidate is in the hiring process. */
  stage: z.string(),
  /** How automated tools take part in the process, in the posting's language. */
  aiNotice: z.string(),
  /** Set once the candidate asked for an alternative process. */
  alternativeProcess: ZAlternativeProcess.nullable(),
})
export type Prep = z.infer<typeof ZPrep>

// ---------- skills, search, usage ----------
export const ZSkill = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  aliases: z.array(z.string()),
  custom: z.boolean(),
})
export const ZSkillList = z.object({ items: z.array(ZSkill) })
export const ZSkillQuery = z.object({
  q: z.string().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})
export const ZCreateSkillBody = z.object({
  name: z.string().trim().min(1).max(200),
  aliases: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  category: z.string().trim().min(1).max(100).default('custom'),
  related: z.array(z.string().min(1).max(200)).max(50).default([]),
})

export const ZCandidateSearchQuery = z.object({
  q: z.string().trim().min(1).max(500),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})
export const ZCandidateSearchResult = z.object({
  items: z.array(
    z.object({
      candidate: z.object({ id: ZId, name: z.string().nullable() }),
      /** The candidate's current role as parsed from the resume, when it names one. */
      currentRole: ZJobRole.nullable(),
      applicationId: ZId,
      jobId: ZId,
      similarity: z.number(),
      /** Masked like a resume under blind review (see ZApplication). */
      snippet: z.string(),
      blind: z.boolean(),
    }),
  ),
})

export const ZUsage = z.object({
  month: z.string(),
  requests: z.number().int(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  costUsd: z.number(),
  budgetUsd: z.number().nullable(),
})

export const ZIdParams = z.object({ id: ZId })
export const ZHealth = z.object({ status: z.literal('ok') })
export const ZReady = z.object({
  status: z.enum(['ok', 'degraded']),
  checks: z.object({ database: z.boolean(), redis: z.boolean() }),
})

export const ZMatchesQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) })
export const ZPoolMatches = z.object({
  items: z.array(
    z.object({
      rank: z.number().int(),
      candidate: z.object({ id: ZId.nullable(), name: z.string().nullable() }),
      /** The candidate's current role as parsed from the resume, when it names one. */
      currentRole: ZJobRole.nullable(),
      score: z.number(),
      requiredMet: z.number().int(),
      requiredTotal: z.number().int(),
      /**
       * Job-family fit, 0..1: how much the resume's skills and current role fall in the same skill families as the
       * posting's (core/scoring README, "Family fit with pool feedback").
       */
      familyFit: z.number(),
      /**
       * The shortlist's rank score plus 100 × familyFit (the pool's family fit on top); the pool is ordered like a
       * shortlist: allRequiredMet first, then poolScore, then id.
       */
      poolScore: z.number(),
      allRequiredMet: z.boolean().optional(),
      /** 0..100, weighted share of the screened requirements' credit (core/scoring README, "Shortlist order"). */
      coverage: z.number().optional(),
      roleFit: ZRoleFit.optional(),
      /** The skill families (taxonomy categories) the resume shares with the posting, largest share of the fit first. */
      sharedFamilies: z.array(z.string()),
      /** True when every application of this candidate is under blind review: the name is a label. */
      blind: z.boolean(),
    }),
  ),
  /** The share of requirement coverage in the rank score (the rest is role fit), so a reader can recompute it. */
  scorerShare: z.number(),
})

// ---------- candidate corrections ----------
const ZCorrectedText = z.string().trim().min(1).max(200)
/** A recruiter's corrections: an absent field stays as it is, null clears the correction (the parse shows again). */
export const ZCandidateCorrectionBody = z
  .strictObject({
    name: ZCorrectedText.nullable().optional(),
    email: ZEmail.nullable().optional(),
    currentRole: z
      .strictObject({ title: ZCorrectedText.nullable(), employer: ZCorrectedText.nullable() })
      .refine((role) => role.title !== null || role.employer !== null, {
        message: 'give a title or an employer, or null to clear the correction',
      })
      .nullable()
      .optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'give at least one field to correct' })
export type CandidateCorrectionBody = z.input<typeof ZCandidateCorrectionBody>

export const ZCandidate = z.object({
  id: ZId,
  name: z.string().nullable(),
  email: z.string().nullable(),
  /** The recruiter's correction when there is one, else the current role parsed from the latest resume. */
  currentRole: ZJobRole.nullable(),
  corrected: z.object({ name: z.boolean(), email: z.boolean(), currentRole: z.boolean() }),
  /** Every application of this candidate is under blind review: name and email are withheld (null). */
  blind: z.boolean(),
})
export type Candidate = z.infer<typeof ZCandidate>

/** How every list, comparison and export labels a candidate whose resume gave no name. */
export const UNNAMED_CANDIDATE = 'Unnamed candidate'

/** A candidate's display name: the name, else "Unnamed candidate" and a short id, so unnamed rows stay apart. */
export function candidateLabel(candidate: { id: string | null; name: string | null }): string {
  if (candidate.name) return candidate.name
  return candidate.id ? `${UNNAMED_CANDIDATE} ${candidate.id.slice(0, 6)}` : UNNAMED_CANDIDATE
}

// ---------- pipeline stages ----------
/** A stage key: lower-case words joined by `_` or `-` (the web app shows it with spaces). */
export const ZStage = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_-]{0,39}$/, 'a stage is lower-case letters, digits, _ or -, at most 40 characters')
export const ZPipeline = z.object({ stages: z.array(ZStage) })
export type Pipeline = z.infer<typeof ZPipeline>
/** A job's own stages: unique, and always with `applied` (where uploads land) and `rejected`. */
export const ZPipelineBody = z.object({
  stages: z
    .array(ZStage)
    .min(2)
    .max(20)
    .refine((stages) => new Set(stages).size === stages.length, 'stages must be unique')
    .refine(
      (stages) => stages.includes('applied') && stages.includes('rejected'),
      'the pipeline must keep the `applied` and `rejected` stages',
    ),
})
const ZStageMoveFields = {
  stage: ZStage,
  /** Required when rejecting; recorded in the stage history either way. */
  reason: z.string().trim().min(1).max(2000).optional(),
  /** On a rejection: also send the rejection message to the candidate. */
  sendMessage: z.boolean().default(false),
}
export const ZStageMoveBody = z.object(ZStageMoveFields)
export type StageMoveBody = z.input<typeof ZStageMoveBody>
export const ZBulkStageBody = z.object({
  applicationIds: z.array(ZId).min(1).max(500),
  ...ZStageMoveFields,
})
export type BulkStageBody = z.input<typeof ZBulkStageBody>
export const ZStageEvent = z.object({
  id: ZId,
  fromStage: z.string(),
  toStage: z.string(),
  reason: z.string().nullable(),
  movedBy: z.object({ id: ZId, name: z.string() }).nullable(),
  createdAt: z.string(),
})
export type StageEvent = z.infer<typeof ZStageEvent>
export const ZApplicationStage = z.object({
  applicationId: ZId,
  stage: z.string(),
  stages: z.array(z.string()),
  history: z.array(ZStageEvent),
})
export type ApplicationStage = z.infer<typeof ZApplicationStage>
export const ZBulkStageResult = z.object({ moved: z.number().int(), stage: z.string() })

// ---------- candidate messages ----------
export const ZMessageKind = z.enum(['prep_invite', 'interview_invitation', 'rejection'])
export type MessageKind = z.infer<typeof ZMessageKind>
export const ZMessageLocale = z.enum(['en', 'pt', 'es'])
export type MessageLocale = z.infer<typeof ZMessageLocale>
export const ZMessageStatus = z.enum(['queued', 'sent', 'failed', 'outbox'])
export type MessageStatus = z.infer<typeof ZMessageStatus>
/** Placeholders a template may use: {candidateName}, {jobTitle}, {link}, {organizationName}. */
export const ZMessageTemplate = z.object({
  kind: ZMessageKind,
  locale: ZMessageLocale,
  subject: z.string().trim().min(1).max(300),
  body: z.string().trim().min(1).max(10_000),
})
export type MessageTemplate = z.infer<typeof ZMessageTemplate>
export const ZMessageTemplates = z.object({
  items: z.array(ZMessageTemplate.extend({ custom: z.boolean() })),
  placeholders: z.array(z.string()),
})
export const ZMessageTemplatesBody = z.object({ items: z.array(ZMessageTemplate).min(1).max(9) })
export const ZSendMessageBody = z.object({
  template: ZMessageKind,
  /** Defaults to the posting's language (English when it is none of en, pt, es). */
  locale: ZMessageLocale.optional(),
})
export const ZMessagePreview = z.object({
  kind: ZMessageKind,
  locale: ZMessageLocale,
  recipient: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
})
export const ZCandidateMessage = z.object({
  id: ZId,
  applicationId: ZId,
  kind: ZMessageKind,
  locale: ZMessageLocale,
  recipient: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  status: ZMessageStatus,
  attempts: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
})
export type CandidateMessage = z.infer<typeof ZCandidateMessage>
export const ZCandidateMessages = z.object({ items: z.array(ZCandidateMessage) })
export const ZOutbox = z.object({
  items: z.array(ZCandidateMessage.extend({ candidateName: z.string().nullable(), jobTitle: z.string() })),
})
export const ZMessageAccepted = z.object({ id: ZId, status: ZMessageStatus })
export const ZInviteRevoked = z.object({ revoked: z.number().int() })

// ---------- privacy: erasure, export, retention, audit log ----------
const ZErasureCounts = z.object({
  candidates: z.number().int(),
  applications: z.number().int(),
  documents: z.number().int(),
  resumeChunks: z.number().int(),
  evaluations: z.number().int(),
  interviewKits: z.number().int(),
  cacheEntries: z.number().int(),
  messages: z.number().int(),
  stageEvents: z.number().int(),
  interviews: z.number().int(),
  notes: z.number().int(),
  decisions: z.number().int(),
  invites: z.number().int(),
  auditEntriesRedacted: z.number().int(),
})
/** What an erasure removed: counts only; the data is gone. */
export const ZCandidateErasure = z.object({
  erased: z.literal(true),
  counts: ZErasureCounts,
  /** Queue jobs removed, and those still running that a follow-up purge removes when they end. */
  jobs: z.object({ removed: z.number().int(), pending: z.number().int() }),
})
export type CandidateErasure = z.infer<typeof ZCandidateErasure>

const ZIsoDate = z.string()
/** A data-subject access request's answer: everything held about the candidate, as JSON. */
export const ZCandidateExport = z.object({
  exportedAt: ZIsoDate,
  candidate: z.object({
    id: ZId,
    name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    corrections: z.object({
      name: z.string().nullable(),
      email: z.string().nullable(),
      currentTitle: z.string().nullable(),
      currentEmployer: z.string().nullable(),
      correctedAt: ZIsoDate.nullable(),
    }),
    createdAt: ZIsoDate,
    updatedAt: ZIsoDate,
  }),
  applications: z.array(
    z.object({
      id: ZId,
      job: z.object({ id: ZId, title: z.string() }),
      status: z.string(),
      stage: z.string(),
      filename: z.string(),
      createdAt: ZIsoDate,
      updatedAt: ZIsoDate,
      document: z.object({
        id: ZId,
        filename: z.string(),
        kind: z.string(),
        mime: z.string(),
        sizeBytes: z.number().int(),
        sha256: z.string(),
        pages: z.number().int().nullable(),
        parserVersion: z.string().nullable(),
        text: z.string().nullable(),
        hiddenText: z.unknown(),
        profile: z.unknown(),
        createdAt: ZIsoDate,
      }),
      evaluation: z
        .object({
          score: z.number(),
          requiredMet: z.number().int(),
          requiredTotal: z.number().int(),
          requirements: z.unknown(),
          roleFit: z.unknown(),
          createdAt: ZIsoDate,
          updatedAt: ZIsoDate,
        })
        .nullable(),
      decision: z.object({ decision: z.string(), reason: z.string(), decidedAt: ZIsoDate }).nullable(),
      notes: z.array(z.object({ body: z.string(), createdAt: ZIsoDate })),
      stageHistory: z.array(
        z.object({ from: z.string(), to: z.string(), reason: z.string().nullable(), at: ZIsoDate }),
      ),
      messages: z.array(
        z.object({
          kind: z.string(),
          locale: z.string(),
          recipient: z.string().nullable(),
          subject: z.string(),
          body: z.string(),
          status: z.string(),
          createdAt: ZIsoDate,
          sentAt: ZIsoDate.nullable(),
        }),
      ),
      scorecards: z.array(
        z.object({
          interview: z.string(),
          status: z.string(),
          recommendation: z.string().nullable(),
          ratings: z.unknown(),
          submittedAt: ZIsoDate.nullable(),
        }),
      ),
      invites: z.array(
        z.object({
          createdAt: ZIsoDate,
          expiresAt: ZIsoDate,
          usedAt: ZIsoDate.nullable(),
          revokedAt: ZIsoDate.nullable(),
        }),
      ),
    }),
  ),
})
export type CandidateExport = z.infer<typeof ZCandidateExport>

export const ZRetentionQuery = z.object({
  /** Also list candidates whose retention ends within this many days (0: only those due now). */
  withinDays: z.coerce.number().int().min(0).max(366).default(30),
  limit: z.coerce.number().int().min(1).max(500).default(100),
})
export const ZRetentionBody = z.object({ months: z.number().int().min(1).max(120) })
export const ZRetention = z.object({
  /** Months without activity after which a candidate is erased. */
  months: z.number().int(),
  /** When the scheduled sweep runs (cron, UTC). */
  schedule: z.string(),
  items: z.array(
    z.object({
      candidate: z.object({ id: ZId, name: z.string().nullable() }),
      lastActivityAt: ZIsoDate,
      /** When the sweep erases them. */
      dueAt: ZIsoDate,
      /** Already past the date: the next sweep erases them. */
      due: z.boolean(),
    }),
  ),
})
export type Retention = z.infer<typeof ZRetention>

export const ZAuditLogQuery = z.object({
  /** An exact action (`candidate.erased`) or a family with a trailing dot (`candidate.`). */
  action: z
    .string()
    .trim()
    .regex(/^[a-z_]+(\.[a-z_]*)?$/, 'an action such as candidate.erased, or a family such as candidate.')
    .optional(),
  actorId: ZId.optional(),
  subjectType: z
    .string()
    .trim()
    .regex(/^[a-z_]{1,40}$/)
    .optional(),
  subjectId: ZId.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
})
export type AuditLogQuery = z.input<typeof ZAuditLogQuery>
export const ZAuditLogEntry = z.object({
  id: ZId,
  actor: z.object({ id: ZId, name: z.string().nullable(), email: z.string().nullable() }).nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: ZId.nullable(),
  data: z.record(z.string(), z.unknown()),
  at: ZIsoDate,
})
export type AuditLogEntry = z.infer<typeof ZAuditLogEntry>
export const ZAuditLog = z.object({ total: z.number().int(), items: z.array(ZAuditLogEntry) })
export type AuditLog = z.infer<typeof ZAuditLog>

// ---------- fairness: blind review, self-identification, impact report, alternative process ----------
/** Blind review: reviewers see no identifying details until an application reaches `untilStage`. */
export const ZBlindReview = z.object({ enabled: z.boolean(), untilStage: ZStage })
export type BlindReview = z.infer<typeof ZBlindReview>
/** A job's override; null inherits the organisation's value. `effective` is what applies. */
export const ZJobBlindReview = z.object({
  enabled: z.boolean().nullable(),
  untilStage: ZStage.nullable(),
  effective: ZBlindReview,
})
export type JobBlindReview = z.infer<typeof ZJobBlindReview>
export const ZJobBlindReviewBody = z.object({
  enabled: z.boolean().nullable(),
  untilStage: ZStage.nullable(),
})

/** EEO-1 categories, each with "decline to answer". */
export const ZSex = z.enum(['female', 'male', 'decline_to_answer'])
export type Sex = z.infer<typeof ZSex>
export const ZRaceEthnicity = z.enum([
  'hispanic_or_latino',
  'white',
  'black_or_african_american',
  'native_hawaiian_or_other_pacific_islander',
  'asian',
  'american_indian_or_alaska_native',
  'two_or_more_races',
  'decline_to_answer',
])
export type RaceEthnicity = z.infer<typeof ZRaceEthnicity>
export const SEX_LABELS: Record<Sex, string> = {
  female: 'Female',
  male: 'Male',
  decline_to_answer: 'I decline to answer',
}
export const RACE_ETHNICITY_LABELS: Record<RaceEthnicity, string> = {
  hispanic_or_latino: 'Hispanic or Latino',
  white: 'White',
  black_or_african_american: 'Black or African American',
  native_hawaiian_or_other_pacific_islander: 'Native Hawaiian or Other Pacific Islander',
  asian: 'Asian',
  american_indian_or_alaska_native: 'American Indian or Alaska Native',
  two_or_more_races: 'Two or More Races',
  decline_to_answer: 'I decline to answer',
}
/** The categories the report counts (declines are counted apart, as unknown). */
export const REPORTED_SEX = ZSex.options.filter((value) => value !== 'decline_to_answer')
export const REPORTED_RACE_ETHNICITY = ZRaceEthnicity.options.filter((value) => value !== 'decline_to_answer')

/** Voluntary; null until the candidate answers. Never shown to reviewers, never read by scoring. */
export const ZSelfIdentification = z.object({
  sex: ZSex.nullable(),
  raceEthnicity: ZRaceEthnicity.nullable(),
})
export type SelfIdentification = z.infer<typeof ZSelfIdentification>
export const ZSelfIdentificationBody = z.object({ sex: ZSex, raceEthnicity: ZRaceEthnicity })

export const ZAlternativeProcessBody = z.object({ note: z.string().trim().max(2000).optional() })

export const ZSelectionBasis = z.enum(['screening', 'median'])
export type SelectionBasis = z.infer<typeof ZSelectionBasis>
export const ZFairnessReportQuery = z.object({
  /** screening: every screened required item met; median: scored above the median score of the job. */
  basis: ZSelectionBasis.default('screening'),
  /** Categories with fewer applicants are flagged as too small. */
  minimumCount: z.coerce.number().int().min(1).max(1000).default(5),
})
const ZImpactCategory = z.object({
  category: z.string(),
  label: z.string(),
  sex: z.string().nullable(),
  raceEthnicity: z.string().nullable(),
  applicants: z.number().int(),
  selected: z.number().int(),
  selectionRate: z.number().nullable(),
  impactRatio: z.number().nullable(),
  share: z.number(),
  /** Under the minimum share of the data: left out of the impact ratios. */
  excluded: z.boolean(),
  flags: z.array(z.enum(['under_minimum_share', 'too_small'])),
})
export type ImpactCategory = z.infer<typeof ZImpactCategory>
export const ZFairnessReport = z.object({
  scope: z.object({ kind: z.enum(['job', 'organization']), id: ZId, title: z.string() }),
  basis: ZSelectionBasis,
  /** The selection rule in words, as the report states it. */
  basisDescription: z.string(),
  applicants: z.number().int(),
  selected: z.number().int(),
  /** Scored applicants who declined or did not answer, per dimension. */
  unknown: z.object({
    sex: z.number().int(),
    raceEthnicity: z.number().int(),
    intersection: z.number().int(),
  }),
  minimumShare: z.number(),
  minimumCount: z.number().int(),
  sex: z.array(ZImpactCategory),
  raceEthnicity: z.array(ZImpactCategory),
  intersection: z.array(ZImpactCategory),
  warnings: z.array(
    z.object({
      dimension: z.enum(['sex', 'raceEthnicity', 'intersection']),
      category: z.string(),
      reason: z.enum(['under_minimum_share', 'too_small']),
      applicants: z.number().int(),
      share: z.number(),
      message: z.string(),
    }),
  ),
  generatedAt: z.string(),
})
export type FairnessReport = z.infer<typeof ZFairnessReport>
