/** Resume fields the benchmark annotates and the fields task scores. */
export const RESUME_FIELDS = [
  'name',
  'email',
  'designation',
  'companies',
  'skills',
  'degree',
  'graduationYear',
] as const
export type ResumeField = (typeof RESUME_FIELDS)[number]
