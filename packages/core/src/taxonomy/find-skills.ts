import { hasTitleWord } from '../resume/split-role-header'
import { loadWordNet } from '../scoring/load-wordnet'
import type { SkillMatch } from '../types'
import {
  AMBIGUITY_RULES,
  type AmbiguityRule,
  FUNCTION_WORDS,
  ruleForShape,
  SPOKEN_LANGUAGE_RULE,
  TECHNICAL_CATEGORIES,
} from './ambiguity-rules'
import type { MatcherEntry } from './build-skill-matcher'
import { definedAsOtherName } from './defined-as-other-name'
import { headsNounComplement } from './heads-noun-complement'
import type { Taxonomy } from './load-taxonomy'
import { readsAsProperName } from './reads-as-proper-name'
import { namesPartOfCode, sitsInLongerName } from './sits-in-longer-name'
import { type Token, tokenizeText } from './tokenize-text'
import { writtenAsOtherToken } from './written-as-other-token'

type Candidate = {
  entry: MatcherEntry
  skillId: string
  firstToken: number
  lastToken: number
  start: number
  end: number
  rule: AmbiguityRule | null
  accepted: boolean
  /**
   * Why the letters alone may name another thing (an acronym, a word inside a longer capitalised name): with the
   * document's field known (`documentDomain`), such a mention needs its skill's field beside it or in the document.
   */
  doubt: 'acronym' | 'name-part' | null
}

/** How many tokens either side count as the context of an ambiguous mention. */
const CONTEXT_WINDOW = 12

const domainCache = new WeakMap<Taxonomy, Map<string, ReadonlySet<string>>>()

/**
 * The categories whose skills confirm a skill's acronym or common word: any technical category for a technical skill
 * (an engineering text mixes them), else its own category and those of the skills it is related to.
 */
function domainOf(skillId: string, taxonomy: Taxonomy): ReadonlySet<string> {
  let cache = domainCache.get(taxonomy)
  if (!cache) {
    cache = new Map()
    domainCache.set(taxonomy, cache)
  }
  const cached = cache.get(skillId)
  if (cached) return cached
  const skill = taxonomy.skills.get(skillId)
  let domain: ReadonlySet<string>
  if (!skill) domain = new Set()
  else if (TECHNICAL_CATEGORIES.has(skill.category)) domain = TECHNICAL_CATEGORIES
  else {
    const linked = [...skill.related, ...(skill.broader ?? [])]
    domain = new Set([skill.category, ...linked.flatMap((id) => taxonomy.skills.get(id)?.category ?? [])])
  }
  cache.set(skillId, domain)
  return domain
}

// A code ("S-2210", "NR-12", "ISO9001") or an intercapped product name ("eSocial", "iFood"). Beside one, a common
// word is a term of that code's or product's own system ("eSocial (eventos S-2210)"), not the skill the word names
// on its own, so it needs the skill's domain nearby, like a word read inside a capitalised name.
const CODE_OR_PRODUCT = /^(?:\p{L}{1,4}-?\d{2,}[\p{L}\d]*|\p{Ll}{1,2}\p{Lu}\p{Ll}+\p{L}*)$/u

/** True when the words `start`..`end` sit inside a parenthesis that holds a code, or right beside a code or product. */
function sitsAmongCodes(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('(', start)
  const close = text.indexOf(')', end)
  if (open >= 0 && close >= 0 && start - open <= 60 && close - end <= 60) {
    const inside = `${text.slice(open + 1, start)} ${text.slice(end, close)}`
    if (
      !inside.includes(')') &&
      !inside.includes('(') &&
      inside.split(/[\s,;/]+/u).some((word) => CODE_OR_PRODUCT.test(word))
    )
      return true
  }
  const before = /(\S+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? ''
  const after = /^[ \t]+(\S+)/u.exec(text.slice(end, end + 40))?.[1] ?? ''
  return [before, after].some((word) => CODE_OR_PRODUCT.test(word.replace(/^[("']+|[)"',.;:]+$/gu, '')))
}

/** Letters an acronym is written in: two to five capitals, with digits or a plural "s" ("CPCs"). */
const ACRONYM_SURFACE = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}\d]{2,5}s?$/u

/** True when the one word `first`..`last` is written in capitals as an acronym is, inside text that is not all capitals. */
function writtenAsAcronym(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  if (first !== last) return false
  const token = tokens[first] as Token
  if (!ACRONYM_SURFACE.test(text.slice(token.start, token.end))) return false
  // A heading or a line shouted in capitals ("SALES MANAGER") writes words, not acronyms.
  const lineStart = text.lastIndexOf('\n', token.start - 1) + 1
  const lineEnd = text.indexOf('\n', token.end)
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)
  return /\p{Ll}/u.test(line.replace(/(?<=\p{Lu})s\b/gu, ''))
}

/** The letters token right before `first` when only spaces or tabs join them ("HF etching"), else null. */
function wordJoinedBefore(text: string, tokens: readonly Token[], first: number): Token | null {
  const previous = tokens[first - 1]
  const token = tokens[first] as Token
  if (previous?.kind !== 'letters' || !/^[ \t]+$/u.test(text.slice(previous.end, token.start))) return null
  return previous
}

/** The words of every name and alias of a skill, lower-case. */
function skillNameWords(taxonomy: Taxonomy, skillId: string): Set<string> {
  const skill = taxonomy.skills.get(skillId)
  return new Set(
    [skill?.name ?? '', ...(skill?.aliases ?? [])]
      .join(' ')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u),
  )
}

/**
 * True when the word before `first` is a lower-case noun naming a made thing (WordNet's artifact senses) that no name
 * of the skill holds, joined to it by a space: the head word is then about that thing.
 */
function modifiedByOtherArtifact(
  text: string,
  tokens: readonly Token[],
  first: number,
  skillId: string,
  taxonomy: Taxonomy,
): boolean {
  const previous = wordJoinedBefore(text, tokens, first)
  const token = tokens[first] as Token
  if (!previous || !/^\p{Ll}{3,}$/u.test(text.slice(previous.start, previous.end))) return false
  const wordNet = loadWordNet()
  // Compounds of this kind are English: the word itself must be an English noun ("mechanic", not "comunicação").
  if (!wordNet.lemmas(token.text).some((lemma) => wordNet.isNoun(lemma))) return false
  const lemmas = wordNet.lemmas(previous.text)
  if (!lemmas.some((lemma) => wordNet.isNoun(lemma) && wordNet.namesArtifact(lemma))) return false
  const words = skillNameWords(taxonomy, skillId)
  return !lemmas.some((lemma) => words.has(lemma)) && !words.has(previous.text)
}

/**
 * True when the word before `first` is an acronym in capitals ("HF etching", "PCB routing") that no name of the skill
 * holds, joined to it by a space: the compound is about the thing the acronym names, as with a made thing before it,
 * unless the word names a person.
 */
function modifiedByAcronym(
  text: string,
  tokens: readonly Token[],
  first: number,
  skillId: string,
  taxonomy: Taxonomy,
): boolean {
  const previous = wordJoinedBefore(text, tokens, first)
  const token = tokens[first] as Token
  if (!previous || !writtenAsAcronym(text, tokens, first - 1, first - 1)) return false
  // "ECE teacher", "ICU nurse": before a person the acronym names the field that person works in, the skill's own.
  const wordNet = loadWordNet()
  if (wordNet.lemmas(token.text).some((lemma) => wordNet.isPerson(lemma))) return false
  return !skillNameWords(taxonomy, skillId).has(previous.text)
}

// Nouns of a field's practice or study (PT, ES): "gestão de custos", "análisis de costos", "curso de vendas" name the
// field itself as their complement. General vocabulary of work, not names of skills.
const FIELD_HEADS = new Set(
  (
    'gestao gestion analise analisis controle control area areas conhecimento conhecimentos conocimiento ' +
    'conocimientos experiencia experiencias nocoes nociones tecnica tecnicas manejo dominio habilidade habilidades ' +
    'habilidad departamento setor sector rotina rotinas rutina rutinas processo processos proceso procesos ' +
    'planejamento planificacion planeacion administracao administracion curso cursos formacao formacion ' +
    'especializacao especializacion graduacao licenciatura bacharelado tecnico tecnica tecnologo certificacao ' +
    'certificacion certificado normas auxiliar assistente asistente analista coordenador coordinador gerente jefe ' +
    'chefe supervisor responsavel responsable profissional profesional estudos estudios pratica practica praticas ' +
    'practicas fundamentos principios ferramentas herramientas sistema sistemas software softwares nivel mestrado ' +
    'maestria pos doutorado doctorado diploma titulo algo pouco poco muito mucho bastante nada'
  ).split(' '),
)

const JOINING_DE = new Set(['de', 'do', 'da', 'dos', 'das', 'del'])

/** True when the word at `first` follows "de" after a lower-case noun that is not a field's practice or study. */
function complementsOtherNoun(text: string, tokens: readonly Token[], first: number): boolean {
  const joint = tokens[first - 1]
  const head = tokens[first - 2]
  if (joint?.kind !== 'letters' || !JOINING_DE.has(joint.text)) return false
  if (head?.kind !== 'letters' || !/^\p{L}\p{Ll}{3,}$/u.test(text.slice(head.start, head.end))) return false
  return !FIELD_HEADS.has(head.text) && !FUNCTION_WORDS.has(head.text)
}

function ruleFor(
  text: string,
  tokens: readonly Token[],
  entry: MatcherEntry,
  first: number,
  last: number,
  taxonomy: Taxonomy,
): AmbiguityRule | 'reject' | null {
  const curated = AMBIGUITY_RULES.get(entry.aliasKey)
  if (curated) return curated
  const skill = taxonomy.skills.get(entry.skillId)
  if (skill?.category === 'spoken-language') return SPOKEN_LANGUAGE_RULE
  if (entry.shape === 'other') return null
  // A word the taxonomy keeps in lower case ("cdd", "sped", "cpp") written in capitals is an acronym in the text, and
  // a few capitals stand for many names ("CDD" is customer due diligence or the Dewey Decimal Classification): the
  // skill's own field must be named somewhere in the text, as for a short part of a compound name.
  if (entry.shape === 'common-word' && writtenAsAcronym(text, tokens, first, last))
    return { contextCategories: domainOf(entry.skillId, taxonomy), contextAnywhere: true }
  // "elevator mechanic", "microprocessor controllers": a made thing named before the word makes a compound about that
  // thing, which is another trade than the word's own unless the skill's names speak of the thing ("car repair").
  if (entry.shape === 'common-word' && modifiedByOtherArtifact(text, tokens, first, entry.skillId, taxonomy))
    return { contextCategories: domainOf(entry.skillId, taxonomy), nearbyOnly: true }
  if (entry.shape === 'common-word' && modifiedByAcronym(text, tokens, first, entry.skillId, taxonomy))
    return { contextCategories: domainOf(entry.skillId, taxonomy), nearbyOnly: true }
  // "cajas de compensación", "seguimiento de presupuestos": a word as the complement of another thing's name says
  // what kind of thing that is; it names the skill only beside another skill of its field.
  if (entry.shape === 'common-word' && complementsOtherNoun(text, tokens, first))
    return { contextCategories: domainOf(entry.skillId, taxonomy), nearbyOnly: true }
  const insideName =
    entry.shape === 'common-word'
      ? (readsAsProperName(text, tokens, first, last) ??
        (sitsAmongCodes(text, (tokens[first] as Token).start, (tokens[last] as Token).end) ? 'name' : null))
      : null
  // "Lumen Ledger is committed to ...", "Accountant at Lumen Ledger": the employer's name, whatever its words mean.
  if (insideName === 'employer') return 'reject'
  return ruleForShape(
    entry.shape,
    entry.aliasKey.length,
    domainOf(entry.skillId, taxonomy),
    insideName !== null,
  )
}

/** The doubt a mention carries when the document's field is known; see `Candidate.doubt`. */
function doubtOf(
  text: string,
  tokens: readonly Token[],
  entry: MatcherEntry,
  first: number,
  last: number,
  rule: AmbiguityRule | null,
  taxonomy: Taxonomy,
): Candidate['doubt'] {
  const curated = AMBIGUITY_RULES.has(entry.aliasKey)
  if (
    !curated &&
    rule !== null &&
    (entry.shape.startsWith('acronym') || writtenAsAcronym(text, tokens, first, last)) &&
    namesPartOfCode(text, tokens, first, last)
  )
    return 'acronym'
  if (first === last && sitsInLongerName(text, tokens, first, entry.skillId, taxonomy)) return 'name-part'
  return null
}

function collectCandidates(
  text: string,
  tokens: readonly Token[],
  taxonomy: Taxonomy,
  strict: boolean,
): Candidate[] {
  const candidates: Candidate[] = []
  for (let first = 0; first < tokens.length; first++) {
    const firstToken = tokens[first] as Token
    const claimedEnds = new Set<number>()
    for (const matcher of taxonomy.matchers) {
      let node = matcher.root
      for (let index = first; index < tokens.length; index++) {
        const token = tokens[index] as Token
        const child = node.children.get(token.text)
        if (!child || (index > first && (token.boundaryBefore || (token.gapBefore && !child.gapAllowed))))
          break
        node = child
        // An earlier trie (the built-in data) keeps a span it already claimed.
        if (!node.entry || claimedEnds.has(index)) continue
        claimedEnds.add(index)
        // "ACAS" is another acronym, not the plural of "ACA": a plural of letters is written with a small "s".
        if (
          node.entry.variant === 'plural' &&
          /^[\p{Lu}\d]+S$/u.test(text.slice(firstToken.start, token.end))
        )
          continue
        const found = ruleFor(text, tokens, node.entry, first, index, taxonomy)
        if (found === 'reject') continue
        if (writtenAsOtherToken(text, tokens, first, index, node.entry.skillId, taxonomy)) continue
        if (definedAsOtherName(text, tokens, first, index, node.entry.skillId, taxonomy)) continue
        const doubt = strict ? doubtOf(text, tokens, node.entry, first, index, found, taxonomy) : null
        // A doubted mention with no rule of its own is held to its skill's field.
        const rule =
          doubt !== null && found === null
            ? { contextCategories: domainOf(node.entry.skillId, taxonomy) }
            : found
        candidates.push({
          entry: node.entry,
          skillId: node.entry.skillId,
          firstToken: first,
          lastToken: index,
          start: firstToken.start,
          end: token.end,
          rule,
          accepted: rule === null,
          doubt,
        })
      }
    }
  }
  return candidates
}

function wordAt(tokens: readonly Token[], index: number): string | null {
  return tokens[index]?.text ?? null
}

function looksLikeInitial(text: string, tokens: readonly Token[], candidate: Candidate): boolean {
  const next = tokens[candidate.lastToken + 1]
  if (!next || next.gapBefore) return false
  if (next.kind !== 'symbol') return true
  if (next.text !== '.') return false
  // "John R. Smith": a capitalised word, a single space, the letter and a dot.
  const previous = tokens[candidate.firstToken - 1]
  if (previous?.kind !== 'letters') return false
  const between = text.slice(previous.end, candidate.start)
  const previousSurface = text.slice(previous.start, previous.end)
  return /^ $/.test(between) && /^\p{Lu}/u.test(previousSurface)
}

/**
 * Candidates in token order with the longest span among them, so a context window is a binary search away, and the
 * accepted skills by category as of the current round.
 */
type CandidatePool = {
  candidates: readonly Candidate[]
  longestSpan: number
  acceptedByCategory: Map<string, Set<string>>
  /** Words inside accepted names of several words ("ux" of "Mobile UX"), which confirm the same acronym elsewhere. */
  wordsOfAcceptedNames: Set<string>
}

function hasContext(
  candidate: Candidate,
  pool: CandidatePool,
  categories: ReadonlySet<string>,
  taxonomy: Taxonomy,
  acronymsConfirm = false,
): boolean {
  // Only candidates starting in this token range can end inside the window; scanning the whole pool for each
  // ambiguous mention is quadratic in a text that repeats one ("Go Go Go ...").
  const from = candidate.firstToken - CONTEXT_WINDOW - pool.longestSpan
  const to = candidate.lastToken + CONTEXT_WINDOW
  let low = 0
  let high = pool.candidates.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((pool.candidates[middle] as Candidate).firstToken < from) low = middle + 1
    else high = middle
  }
  for (let position = low; position < pool.candidates.length; position++) {
    const other = pool.candidates[position] as Candidate
    if (other.firstToken > to) break
    if (other === candidate) continue
    // Unconfirmed mentions count only as fellow acronyms of another name ("sql" beside "aws", not "sepa" beside "sepa").
    const fellowAcronym =
      acronymsConfirm &&
      other.entry.shape.startsWith('acronym') &&
      other.entry.aliasKey !== candidate.entry.aliasKey
    if (!other.accepted && !fellowAcronym) continue
    if (other.lastToken >= candidate.firstToken && other.firstToken <= candidate.lastToken) continue
    if (other.lastToken < candidate.firstToken - CONTEXT_WINDOW) continue
    if (other.firstToken > candidate.lastToken + CONTEXT_WINDOW) continue
    const category = taxonomy.skills.get(other.skillId)?.category
    if (category && categories.has(category)) return true
  }
  return false
}

/**
 * True when an accepted skill of the categories, other than this one, is named anywhere in the text, or the acronym
 * itself is a word of an accepted longer name.
 */
function hasContextAnywhere(
  candidate: Candidate,
  pool: CandidatePool,
  categories: ReadonlySet<string>,
): boolean {
  // "Mobile UX Specialist" above "Experience in UX": the acronym already read as part of a longer name.
  if (candidate.firstToken === candidate.lastToken && pool.wordsOfAcceptedNames.has(candidate.entry.aliasKey))
    return true
  for (const category of categories) {
    const skillIds = pool.acceptedByCategory.get(category)
    if (skillIds && [...skillIds].some((skillId) => skillId !== candidate.skillId)) return true
  }
  return false
}

/** Capitalised words a role's name runs on after its field ("HR Shared Services Analyst"). */
const ROLE_NAME_WORDS = 4

/**
 * A role named after the acronym ("HR Assistant", "AI Engineer", "HR Shared Services Analyst") says which field the
 * acronym is, even in a job title read alone.
 */
function namesARole(text: string, tokens: readonly Token[], candidate: Candidate): boolean {
  let end = candidate.lastToken
  for (let index = candidate.lastToken + 1; index <= candidate.lastToken + ROLE_NAME_WORDS; index++) {
    const token = tokens[index]
    const previous = tokens[index - 1] as Token
    if (token?.kind !== 'letters' || !/^[ \t]+$/.test(text.slice(previous.end, token.start))) break
    if (!/^\p{Lu}/u.test(text.slice(token.start, token.end))) break
    end = index
  }
  if (end === candidate.lastToken) return false
  return hasTitleWord(
    text.slice((tokens[candidate.lastToken + 1] as Token).start, (tokens[end] as Token).end),
  )
}

/** What the caller knows of the text around the one searched. */
export type FindSkillsOptions = {
  /**
   * Categories of skills named elsewhere in the same document (a posting's other lines): "Orquestração de pipelines
   * com Airflow" names the tool when the posting around it is about data, though the line alone has no context.
   */
  documentCategories?: ReadonlySet<string>
  /**
   * Categories of the skills the document names in full, beyond doubt (see `findNamedSkillCategories`). Given, an
   * acronym or one word of a longer name counts only where its skill's field is named beside it or in this set: "GCP"
   * in a clinical-trials posting is good clinical practice, "Vault" of "Veeva Vault" no secrets manager.
   */
  documentDomain?: ReadonlySet<string>
}

function decide(
  text: string,
  tokens: readonly Token[],
  candidate: Candidate,
  pool: CandidatePool,
  taxonomy: Taxonomy,
  options: FindSkillsOptions,
): string | null {
  const rule = candidate.rule
  if (!rule) return candidate.skillId
  const surface = text.slice(candidate.start, candidate.end)
  if (rule.rejectPlural && candidate.entry.variant === 'plural') return null
  if (rule.requiredSurface && !rule.requiredSurface.test(surface)) return null
  // "sem levar pro pessoal": an acronym not in capitals that is a function word is that word.
  if (
    rule.acronymsConfirmEachOther &&
    !/^[\p{Lu}\d]+s?$/u.test(surface) &&
    FUNCTION_WORDS.has(surface.toLowerCase())
  )
    return null
  const previous = wordAt(tokens, candidate.firstToken - 1)
  const next = wordAt(tokens, candidate.lastToken + 1)
  const remap = rule.remap && taxonomy.skills.has(rule.remap.skillId) ? rule.remap : null
  if (remap) {
    // Only the words after the name: "SWIFT MT103", "SWIFT transfers".
    const nearby = [next, wordAt(tokens, candidate.lastToken + 2)]
    if (nearby.some((word) => word !== null && remap.cueWords.includes(word))) return remap.skillId
  }
  if (rule.rejectInitial && looksLikeInitial(text, tokens, candidate)) return null
  // A word that needs its product's context to name the product is the common noun when a complement follows it.
  if (!rule.acceptSurface && headsNounComplement(text, tokens, candidate.firstToken, candidate.lastToken))
    return null
  if (previous !== null && rule.rejectBefore?.includes(previous)) return null
  if (next !== null && rule.rejectAfter?.includes(next)) return null
  if (previous !== null && rule.cueBefore?.includes(previous)) return candidate.skillId
  if (next !== null && rule.cueAfter?.includes(next)) return candidate.skillId
  const domain = options.documentDomain
  if (candidate.doubt !== null && domain !== undefined) {
    if (hasContext(candidate, pool, rule.contextCategories, taxonomy)) return candidate.skillId
    if (remap && hasContext(candidate, pool, remap.contextCategories, taxonomy)) return remap.skillId
    if (rule.acronymsConfirmEachOther && hasContext(candidate, pool, rule.contextCategories, taxonomy, true))
      return candidate.skillId
    if (hasContextAnywhere(candidate, pool, rule.contextCategories)) return candidate.skillId
    if ([...rule.contextCategories].some((category) => domain.has(category))) return candidate.skillId
    if (rule.contextAnywhere && namesARole(text, tokens, candidate)) return candidate.skillId
    return null
  }
  if (hasContext(candidate, pool, rule.contextCategories, taxonomy)) return candidate.skillId
  if (remap && hasContext(candidate, pool, remap.contextCategories, taxonomy)) return remap.skillId
  if (rule.acronymsConfirmEachOther && hasContext(candidate, pool, rule.contextCategories, taxonomy, true))
    return candidate.skillId
  if (rule.contextAnywhere && hasContextAnywhere(candidate, pool, rule.contextCategories))
    return candidate.skillId
  if (rule.contextAnywhere && namesARole(text, tokens, candidate)) return candidate.skillId
  // The document's context counts only away from a sentence's first word, where a capital says nothing ("Go ahead").
  const documentCategories = options.documentCategories
  if (
    documentCategories &&
    !rule.nearbyOnly &&
    (candidate.firstToken > 0 || rule.contextAnywhere) &&
    [...rule.contextCategories].some((category) => documentCategories.has(category))
  )
    return candidate.skillId
  return rule.acceptSurface?.test(surface) ? candidate.skillId : null
}

// A series of numbered codes the taxonomy files under one skill ("nr-10", "nr-35" under workplace safety norms): the
// series is the prefix, so another number of it ("NR-12") is a code of the same kind. Only a prefix with two or more
// codes under one skill and none under another is a series; one code alone ("w-2") says nothing of its siblings.
const CODE_ALIAS = /^(\p{Ll}{1,4})-(\d{1,4})$/u
const codeSeriesCache = new WeakMap<Taxonomy, ReadonlyMap<string, string>>()

function codeSeriesOf(taxonomy: Taxonomy): ReadonlyMap<string, string> {
  const cached = codeSeriesCache.get(taxonomy)
  if (cached) return cached
  const owners = new Map<string, Map<string, number>>()
  for (const skill of taxonomy.skills.values())
    for (const alias of skill.aliases) {
      const prefix = CODE_ALIAS.exec(alias.toLowerCase())?.[1]
      if (prefix === undefined) continue
      const counts = owners.get(prefix) ?? new Map<string, number>()
      counts.set(skill.id, (counts.get(skill.id) ?? 0) + 1)
      owners.set(prefix, counts)
    }
  const series = new Map<string, string>()
  for (const [prefix, counts] of owners) {
    const [only, ...others] = [...counts.entries()]
    if (only && others.length === 0 && only[1] >= 2) series.set(prefix, only[0])
  }
  codeSeriesCache.set(taxonomy, series)
  return series
}

/** Codes of a known series written in capitals ("NR-12", "NR 12") that no alias matched: each a mention of its skill. */
function findSeriesCodes(text: string, taxonomy: Taxonomy, matches: readonly SkillMatch[]): SkillMatch[] {
  const series = codeSeriesOf(taxonomy)
  if (series.size === 0) return []
  const found: SkillMatch[] = []
  for (const code of text.matchAll(/(?<![\p{L}\d-])(\p{Lu}{1,4})[- ]?(\d{1,4})(?![\p{L}\d])/gu)) {
    const skillId = series.get((code[1] ?? '').toLowerCase())
    if (skillId === undefined) continue
    const start = code.index
    const end = start + code[0].length
    if (matches.some((match) => match.start < end && match.end > start)) continue
    found.push({ skillId, start, end, surface: code[0] })
  }
  return found
}

/**
 * Finds skill mentions in text: sorted by start, non-overlapping, the longest match winning,
 * with ambiguous words ("Go", "R", "Excel", "Sales") kept only in a fitting context.
 */
export function findSkills(text: string, taxonomy: Taxonomy, options: FindSkillsOptions = {}): SkillMatch[] {
  const tokens = tokenizeText(text)
  const candidates = collectCandidates(text, tokens, taxonomy, options.documentDomain !== undefined)
  let longestSpan = 0
  for (const candidate of candidates) {
    longestSpan = Math.max(longestSpan, candidate.lastToken - candidate.firstToken)
  }
  const pool: CandidatePool = {
    candidates,
    longestSpan,
    acceptedByCategory: new Map(),
    wordsOfAcceptedNames: new Set(),
  }
  // Two rounds: a mention confirmed in the first ("Excel") can confirm another ("Word") in the second.
  for (let round = 0; round < 2; round++) {
    pool.acceptedByCategory.clear()
    pool.wordsOfAcceptedNames.clear()
    for (const candidate of candidates) {
      if (candidate.accepted && candidate.lastToken > candidate.firstToken)
        for (let index = candidate.firstToken; index <= candidate.lastToken; index++)
          pool.wordsOfAcceptedNames.add((tokens[index] as Token).text)
      const category = candidate.accepted ? taxonomy.skills.get(candidate.skillId)?.category : undefined
      if (category === undefined) continue
      const skillIds = pool.acceptedByCategory.get(category) ?? new Set<string>()
      skillIds.add(candidate.skillId)
      pool.acceptedByCategory.set(category, skillIds)
    }
    const decisions = candidates.map((candidate) =>
      candidate.rule && !candidate.accepted
        ? decide(text, tokens, candidate, pool, taxonomy, options)
        : undefined,
    )
    decisions.forEach((decision, index) => {
      const candidate = candidates[index] as Candidate
      if (decision === undefined || decision === null) return
      candidate.accepted = true
      candidate.skillId = decision
    })
  }
  const matches: SkillMatch[] = []
  let nextFreeToken = 0
  let position = 0
  while (position < candidates.length) {
    const first = (candidates[position] as Candidate).firstToken
    let best: Candidate | null = null
    while (position < candidates.length && (candidates[position] as Candidate).firstToken === first) {
      const candidate = candidates[position] as Candidate
      if (candidate.accepted && (!best || candidate.lastToken > best.lastToken)) best = candidate
      position++
    }
    if (!best || first < nextFreeToken) continue
    matches.push({
      skillId: best.skillId,
      start: best.start,
      end: best.end,
      surface: text.slice(best.start, best.end),
    })
    nextFreeToken = best.lastToken + 1
  }
  const codes = findSeriesCodes(text, taxonomy, matches)
  if (codes.length === 0) return matches
  return [...matches, ...codes].sort((left, right) => left.start - right.start)
}

/**
 * The categories of the skills a document names beyond doubt: by a name or phrase of their own, not by an acronym, a
 * word of another name or a word that needs context. The field the document is about, for `documentDomain`.
 */
export function findNamedSkillCategories(text: string, taxonomy: Taxonomy): Set<string> {
  const tokens = tokenizeText(text)
  const categories = new Set<string>()
  for (const candidate of collectCandidates(text, tokens, taxonomy, true)) {
    if (candidate.rule !== null) continue
    const category = taxonomy.skills.get(candidate.skillId)?.category
    if (category !== undefined) categories.add(category)
  }
  return categories
}
