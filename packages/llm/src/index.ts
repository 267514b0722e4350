// Public surface of @shortlist/llm.
export type {
  CandidateKitInput,
  Embedder,
  GeneratedKit,
  InterviewQuestion,
  LlmProvider,
  QuestionDifficulty,
  QuestionType,
  RoleKitInput,
  Rubric,
  RubricLevel,
} from './types'
