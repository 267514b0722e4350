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

// Phrasings for the `novel` mode: none of these appears in the parser's cue lists (checked against
// packages/core/src/posting/posting-cues.ts when they were written), so they measure whether the parser
// generalises rather than whether it knows a list. Keep them here, in the eval package, and out of core.
const NOVEL_RESPONSIBILITY_HEADINGS = [
  "How you'll spend your days",
  'Your week at a glance:',
  'No seu cotidiano',
  'En tu día a día te encargarás de:',
]
const NOVEL_REQUIRED_HEADINGS = [
  "What we're hoping you bring",
  'Must-haves for this role',
  'Before you apply, make sure you have:',
  'The essentials',
  "You'll fit right in if you have",
  'Non-negotiables',
  'Não abrimos mão de:',
  'Para se candidatar, você precisa ter',
  'O que você traz na bagagem',
  'Lo que necesitas traer',
  'Es indispensable que tengas:',
  'Buscamos a alguien con',
]
const NOVEL_NICE_HEADINGS = [
  'Even better if you have',
  'Things that would make us smile',
  'Icing on the cake',
  'Not required, but appreciated:',
  'Stand-out extras',
  'Seria ótimo se você tivesse',
  'Ganha pontos com a gente quem tiver',
  'Conta pontos a favor:',
  'Vai ser um grande trunfo',
  'Suma puntos si tienes',
  'Sería genial que tuvieras:',
  'Te hará destacar',
]
const NOVEL_REQUIRED_CUES: Array<(line: string) => string> = [
  (line) => `Non-negotiable: ${line}`,
  (line) => `${stripStop(line)}: this one is a dealbreaker.`,
  (line) => `We can't budge on this: ${lowerFirst(line)}`,
  (line) => `Não abrimos mão: ${line}`,
  (line) => `${stripStop(line)} (indispensável).`,
  (line) => `Es indispensable: ${line}`,
  (line) => `${stripStop(line)} (excluyente).`,
  (line) => `Sin esto no avanzamos: ${line}`,
]
const NOVEL_NICE_CUES: Array<(line: string) => string> = [
  (line) => `Would love to see: ${line}`,
  (line) => `${stripStop(line)} would make you stand out.`,
  (line) => `Extra credit: ${line}`,
  (line) => `${stripStop(line)}, not essential but welcome.`,
  (line) => `Seria ótimo: ${line}`,
  (line) => `${stripStop(line)} conta pontos a favor.`,
  (line) => `Suma puntos: ${line}`,
  (line) => `${stripStop(line)} (no excluyente).`,
]

/** The phrasings the `novel` mode uses, exported so a test can keep them apart from the parser's cue file. */
export const NOVEL_PHRASINGS = {
  responsibilityHeadings: NOVEL_RESPONSIBILITY_HEADINGS,
  requiredHeadings: NOVEL_REQUIRED_HEADINGS,
  niceHeadings: NOVEL_NICE_HEADINGS,
  requiredCues: NOVEL_REQUIRED_CUES,
  niceCues: NOVEL_NICE_CUES,
} as const

function stripStop(line: string): string {
  return line.replace(/[.;:\s]+$/, '')
}

function lowerFirst(line: string): string {
  return /^[A-Z][a-z]/.test(line) ? line[0]?.toLowerCase() + line.slice(1) : line
}

export type SplitMode = 'headed' | 'inline' | 'bare' | 'novel'

/** In `novel` mode even variants use novel headings and odd ones novel inline cues on every line. */
function novelLayout(variant: number): 'headed' | 'inline' {
  return variant % 2 === 0 ? 'headed' : 'inline'
}

/**
 * Builds a posting as a recruiter would paste it, remembering which block every character came from.
 * `headed`: varied headings; `inline`: no headings, each line carrying a varied inline cue (required lines sometimes
 * none); `bare`: no headings and no cues, the floor where only the default (required) applies; `novel`: headings
 * or cues (alternating by posting) in phrasings the parser's cue lists do not contain.
 */
export function buildPostingText(posting: BenchmarkPosting, variant: number, mode: SplitMode): BuiltPosting {
  if (mode === 'novel') return buildNovelPostingText(posting, variant)
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

function buildNovelPostingText(posting: BenchmarkPosting, variant: number): BuiltPosting {
  let text = ''
  const blocks: BuiltPosting['blocks'] = []
  const add = (block: Block | null, line: string) => {
    const start = text.length
    text += `${line}\n`
    if (block) blocks.push({ block, start, end: start + line.length })
  }
  // Headings rotate with the posting; cues rotate with the line too, so every phrasing is exercised.
  const pick = <T>(list: readonly T[], offset: number) => list[(variant + offset) % list.length] as T
  const headed = novelLayout(variant) === 'headed'
  const half = Math.floor(variant / 2)
  add('title', posting.title)
  text += '\n'
  if (headed) add(null, NOVEL_RESPONSIBILITY_HEADINGS[half % NOVEL_RESPONSIBILITY_HEADINGS.length] as string)
  for (const line of posting.responsibilities) add('responsibilities', headed ? `- ${line}` : line)
  text += '\n'
  if (headed) add(null, NOVEL_REQUIRED_HEADINGS[half % NOVEL_REQUIRED_HEADINGS.length] as string)
  posting.minimum.forEach((line, index) => {
    add('required', headed ? `- ${line}` : pick(NOVEL_REQUIRED_CUES, index)(line))
  })
  text += '\n'
  if (headed) add(null, NOVEL_NICE_HEADINGS[half % NOVEL_NICE_HEADINGS.length] as string)
  posting.preferred.forEach((line, index) => {
    add('nice_to_have', headed ? `- ${line}` : pick(NOVEL_NICE_CUES, index)(line))
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
  /** `novel` mode only: accuracy on the postings laid out with novel headings and with novel inline cues. */
  byLayout?: { headed: number; inline: number }
}

function accuracyOf(pairs: ReadonlyArray<{ expected: RequirementKind; predicted: RequirementKind }>): number {
  return pairs.length === 0
    ? 0
    : pairs.filter((pair) => pair.expected === pair.predicted).length / pairs.length
}

/** Task 1: does each extracted requirement carry the kind of the block it came from? */
export function runRequirementSplit(
  postings: readonly BenchmarkPosting[],
  taxonomy: Taxonomy,
  mode: SplitMode,
): SplitReport {
  const pairs: Array<{ expected: RequirementKind; predicted: RequirementKind; variant: number }> = []
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
      pairs.push({ expected: block.block, predicted: requirement.kind, variant })
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
    ...(mode === 'novel'
      ? {
          byLayout: {
            headed: accuracyOf(pairs.filter((pair) => novelLayout(pair.variant) === 'headed')),
            inline: accuracyOf(pairs.filter((pair) => novelLayout(pair.variant) === 'inline')),
          },
        }
      : {}),
  }
}
