import type { RoleHeader } from './split-role-header'

// "Worked as", "Currently working as": narration around a role, not part of its name.
const narration =
  /^(?:(?:i\s+)?(?:am\s+|was\s+|have\s+(?:been\s+)?|had\s+(?:been\s+)?)?(?:currently\s+)?work(?:ed|ing)\s+as|presently\s+working\s+as)\s+/iu
// After narration, "Engineer for Infosys" or "Engineer in Infosys" names the employer as well.
const employerAfterRole = /\s+(?:for|in|at|with)\s+(?=\p{Lu})/u
// "Duration:", "Location: Pune", "Project Name: Billing": a labelled field, not a role or an employer.
const labelledField = /^[\p{L}][\p{L} ./&-]{0,24}[:：]/u
// "3 TCS", "A. Identity management", "a Support Engineer": list numbering and articles are not part of a name. A
// letter enumerator is only read on roles: "J. Crew" is an employer's own name.
const leadingNumber = /^\d{1,2}[.)]?\s+(?=\p{L})/u
const leadingLetter = /^[A-Za-z][.)]\s+/u
const leadingArticle = /^(?:a|an|the)\s+(?=\p{L})/u
// "Java Developer with 5 years of experience": a headline that goes on to describe the career.
const careerSummary = /\s+with\s+\d+\+?\s*(?:yrs?|years?)\b.*$/iu
const wholeDate =
  /^(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:\d{2}|\d{4})$/iu
const months =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$|^(?:from|to|till|until|present|current|date)$/iu

/** Cuts a value at a "(" that never closes: a line break inside "Lead (HCL\nTechnologies)" leaves half a note. */
function dropUnclosedParenthesis(value: string): string {
  let depth = 0
  let openedAt = -1
  for (let index = 0; index < value.length; index++) {
    const character = value[index]
    if (character === '(') {
      if (depth === 0) openedAt = index
      depth += 1
    } else if (character === ')' && depth > 0) depth -= 1
  }
  return depth > 0 && openedAt > 0 ? value.slice(0, openedAt).trim() : value
}

function tidyValue(value: string | null): string | null {
  if (value === null) return null
  let tidy = value
    .trim()
    .replace(/^["“”'‘’]+|["“”'‘’]+$/gu, '')
    .trim()
  if (labelledField.test(tidy)) return null
  tidy = dropUnclosedParenthesis(tidy)
    .replace(/[\s,;:–—-]+$/u, '')
    .replace(/^[\s,;:：–—-]+/u, '')
  // A year, a month, "from" or a whole date (": 2 Jan 2013") is a piece of a date the layout split off, not a name.
  if (!/\p{L}{2}/u.test(tidy) || months.test(tidy) || wholeDate.test(tidy)) return null
  return tidy
}

/**
 * Cleans the role and employer read from an entry's header: strips narration ("Worked as … for Acme") and quotes,
 * cuts a parenthesis a line break left open, and drops values that are a labelled field or a piece of a date.
 */
export function tidyRoleHeader(header: RoleHeader): RoleHeader {
  let title = header.title
  let employer = header.employer
  if (title && narration.test(title)) {
    title = title.replace(narration, '')
    const split = employerAfterRole.exec(title)
    if (split) {
      employer ??= title.slice(split.index + split[0].length)
      title = title.slice(0, split.index)
    }
  }
  title = tidyValue(
    title
      ?.replace(careerSummary, '')
      .replace(leadingNumber, '')
      .replace(leadingLetter, '')
      .replace(leadingArticle, '') ?? null,
  )
  return { title, employer: tidyValue(employer?.replace(leadingNumber, '') ?? null) }
}
