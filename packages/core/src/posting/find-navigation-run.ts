import { hasTitleWord, isRoleHead } from '../resume/split-role-header'
import type { Taxonomy } from '../taxonomy'
import { findSkills } from '../taxonomy'
import type { PageLine } from './find-page-furniture'
import { namesRoleByGenderMark } from './names-role-by-gender-mark'
import { isQualificationLike } from './posting-cues'

/** Fewest links in a row that make a site's navigation bar rather than a title over a line or two. */
const RUN_LENGTH = 3
/** Most words a link of a navigation bar has ("Guia de salários", "Company reviews", "Mis postulaciones"). */
const LINK_WORDS = 4

/**
 * A link of a site's menu: a few words with no sentence mark and no list mark, which name no role (the vacancy's
 * title may follow the menu at once) and no skill, and read as no qualification.
 */
function readsAsLink(line: string, taxonomy: Taxonomy): boolean {
  const trimmed = line.trim()
  const words = trimmed.split(/\s+/u)
  if (words.length > LINK_WORDS || !/^\p{L}/u.test(trimmed)) return false
  if (/[.!?;:,·•|>›»/–—-]/u.test(trimmed)) return false
  if (hasTitleWord(trimmed) || namesRoleByGenderMark(trimmed) || isQualificationLike(trimmed)) return false
  // A capitalised name ending in a person ("Line Cook", "Barista") is the vacancy's title; "Salary guide" is a link.
  if (words.every((word) => /^\p{Lu}/u.test(word)) && isRoleHead(words[words.length - 1] ?? '')) return false
  return findSkills(trimmed, taxonomy).length === 0
}

/**
 * The lines of the site's menu at the top of a page whose line breaks were lost ("Indeed Vagas  Avaliações de
 * empresas  Guia de salários  Entrar  Frentista - …"): a run of three or more short links on the page's first line,
 * before anything else. A link may carry a section's words ("Salary guide", "Guia de salários", "Mis postulaciones"),
 * but a heading heads the lines under it, and a menu link only stands beside other links; so the run is the page's,
 * not the posting's.
 */
export function findNavigationRun(lines: readonly PageLine[], taxonomy: Taxonomy, text: string): Set<number> {
  const run = new Set<number>()
  for (const [index, line] of lines.entries()) {
    if (!readsAsLink(line.text, taxonomy)) break
    // The links stand on one line of the page, parted by wide gaps: lines of their own under each other ("Role",
    // "Requirements", "High school diploma") are a heading and its items.
    const previous = lines[index - 1]
    if (previous && /[\r\n]/u.test(text.slice(previous.end, line.start))) break
    run.add(index)
  }
  return run.size >= RUN_LENGTH ? run : new Set()
}
