import type { RequirementKind, Taxonomy } from '@shortlist/core'
import { parsePosting } from '@shortlist/core'
import type { BenchmarkPosting } from '../data/read-benchmark'
import { classificationReport } from '../metrics/classification-metrics'

type Block = 'title' | 'responsibilities' | 'required' | 'nice_to_have'

type BuiltPosting = { text: string; blocks: Array<{ block: Block; start: number; end: number }> }

const RESPONSIBILITY_HEADINGS = ['Responsibilities', "What you'll do", 'Key responsibilities:', '## The role']
const REQUIRED_HEADINGS = [
  'Minimum qualifications',
  'Requirements:',
  'Must have',
  "## What you'll need",
  '**Required skills**',
]
const NICE_HEADINGS = [
  'Preferred qualifications',
  'Nice to have:',
  'Bonus points',
  '## Preferred',
  '**Pluses**',
]

const REQUIRED_CUES: Array<(line: string) => string> = [
  (line) => line,
  (line) => `Must have: ${line}`,
  (line) => `${stripStop(line)} (required).`,
]
const NICE_CUES: Array<(line: string) => string> = [
  (line) => `Nice to have: ${line}`,
  (line) => `${stripStop(line)} is a plus.`,
  (line) => `Ideally, ${lowerFirst(line)}`,
  (line) => `Bonus: ${line}`,
  (line) => `${stripStop(line)} (preferred).`,
]

function stripStop(line: string): string {
  return line.replace(/[.;:\s]+$/, '')
}

function lowerFirst(line: string): string {
  return /^[A-Z][a-z]/.test(line) ? line[0]?.toLowerCase() + line.slice(1) : line
}

export type SplitMode = 'headed' | 'inline' | 'bare'

/**
 * Builds a posting as a recruiter would paste it, remembering which block every character came from.
 * `headed`: varied headings; `inline`: no headings, each line carrying a varied inline cue (required lines sometimes
 * none); `bare`: no headings and no cues, the floor where only the default (required) applies.
 */
export function buildPostingText(posting: BenchmarkPosting, variant: number, mode: SplitMode): BuiltPosting {
  let text = ''
  const blocks: BuiltPosting['blocks'] = []
  const add = (block: Block | null, line: string) => {
    const start = text.length
    text += `${line}\n`
    if (block) blocks.push({ block, start, end: start + line.length })
  }
  const pick = <T>(list: readonly T[], offset: number) => list[(variant + offset) % list.length] as T
  add('title', posting.title)
  text += '\n'
  if (mode === 'headed') add(null, pick(RESPONSIBILITY_HEADINGS, 0))
  for (const line of posting.responsibilities) add('responsibilities', mode === 'headed' ? `- ${line}` : line)
  text += '\n'
  if (mode === 'headed') add(null, pick(REQUIRED_HEADINGS, 1))
  posting.minimum.forEach((line, index) => {
    add(
      'required',
      mode === 'headed' ? `- ${line}` : mode === 'inline' ? pick(REQUIRED_CUES, index)(line) : line,
    )
  })
  text += '\n'
  if (mode === 'headed') add(null, pick(NICE_HEADINGS, 2))
  posting.preferred.forEach((line, index) => {
    add(
      'nice_to_have',
      mode === 'headed' ? `- ${line}` : mode === 'inline' ? pick(NICE_CUES, index)(line) : line,
    )
  })
  return { text, blocks }
}

export type SplitReport = {
  postings: number
  requirements: number
  accuracy: number
  macroF1: number
  f1Required: number
  f1NiceToHave: number
  /** Requirements drawn from the title or responsibilities (should be none). */
  fromOtherBlocks: number
  /** Share of qualification lines that produced at least one requirement. */
  lineCoverage: number
}

/** Task 1: does each extracted requirement carry the kind of the block it came from? */
export function runRequirementSplit(
  postings: readonly BenchmarkPosting[],
  taxonomy: Taxonomy,
  mode: SplitMode,
): SplitReport {
  const pairs: Array<{ expected: RequirementKind; predicted: RequirementKind }> = []
  let fromOtherBlocks = 0
  let qualificationLines = 0
  let coveredLines = 0
  postings.forEach((posting, variant) => {
    const built = buildPostingText(posting, variant, mode)
    const parsed = parsePosting(built.text, taxonomy)
    const covered = new Set<number>()
    for (const requirement of parsed.requirements) {
      const blockIndex = built.blocks.findIndex(
        (block) => requirement.source.start >= block.start && requirement.source.start < block.end,
      )
      const block = built.blocks[blockIndex]
      if (!block || block.block === 'title' || block.block === 'responsibilities') {
        fromOtherBlocks += 1
        continue
      }
      covered.add(blockIndex)
      pairs.push({ expected: block.block, predicted: requirement.kind })
    }
    for (const [index, block] of built.blocks.entries()) {
      if (block.block !== 'required' && block.block !== 'nice_to_have') continue
      qualificationLines += 1
      if (covered.has(index)) coveredLines += 1
    }
  })
  const report = classificationReport(pairs, ['required', 'nice_to_have'] as const)
  return {
    postings: postings.length,
    requirements: pairs.length,
    accuracy: report.accuracy,
    macroF1: report.macroF1,
    f1Required: report.perClass.required.f1,
    f1NiceToHave: report.perClass.nice_to_have.f1,
    fromOtherBlocks,
    lineCoverage: qualificationLines === 0 ? 0 : coveredLines / qualificationLines,
  }
}
