/** Version of the resume parser (sections, dates, skill attribution); bump when its output can change. */
export const RESUME_PARSER_VERSION = 'resume-parser-2026.12.3'
