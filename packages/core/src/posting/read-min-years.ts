import { normalizeText } from './normalize-text'
import { isQualificationLike } from './posting-cues'

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  um: 1,
  uma: 1,
  dois: 2,
  duas: 2,
  tres: 3,
  quatro: 4,
  cinco: 5,
  seis: 6,
  sete: 7,
  oito: 8,
  nove: 9,
  dez: 10,
  uno: 1,
  un: 1,
  dos: 2,
  cuatro: 4,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  // Counts past ten are how months are spelled out ("eighteen months", "dezoito meses", "dieciocho meses").
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  eighteen: 18,
  twenty: 20,
  onze: 11,
  doze: 12,
  quinze: 15,
  dezoito: 18,
  vinte: 20,
  doce: 12,
  quince: 15,
  dieciocho: 18,
  veinte: 20,
  // Tens, for the employer's history ("Forty-four years on…", "Há quarenta anos…"), which runs past any tenure.
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  trinta: 30,
  quarenta: 40,
  cinquenta: 50,
  sessenta: 60,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
}
// Compounds of a ten and a unit: "forty-four", "twenty-five".
const UNIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine'
const COMPOUND = `(?:twenty|thirty|forty|fifty|sixty)-(?:${UNIT_WORDS})`

// A half added to the count, before the unit ("2 and a half years") or after it ("1 ano e meio", "un año y medio",
// "a year and a half"). "A year" counts as one only with the half after it, or as a minimum ("at least a year"):
// alone it is too common a phrase ("a year-round role", "once a year").
const HALF = '(?:and a half|e meio|e meia|y medio|y media)'
const NUMBER = `(\\d{1,2}(?:[.,]5)?|${COMPOUND}|${Object.keys(NUMBER_WORDS).join('|')}|an?(?=\\s+(?:year|month)\\s+${HALF})|(?<=\\b(?:at least|a minimum of|minimum of|more than|over)\\s)an?(?=\\s+(?:year|month)\\b))`
// A tenure is counted in years or, for entry roles, in months ("mínimo de 6 meses", "6+ months").
const UNIT = '(years?|yrs?|anos|ano|months?|meses|mes)'
// "3+ years", "3-5 years", "at least 5 years", "minimum of 4 years", "5 anos", "3 años" (accents are stripped),
// "three or more years", "un año", "6+ meses".
const YEARS_PATTERN = new RegExp(
  `\\b${NUMBER}(\\s+${HALF})?\\s*(?:\\+|(?:-|to|a|–)\\s*\\d{1,2}|\\s(?:or more|ou mais|o mas))?\\s*\\+?\\s*${UNIT}(\\s+${HALF})?\\b`,
  'gu',
)

// A clause that opens with a bare count "of them" or "with" something ("2 of them with React Native", "2+ with
// Kotlin", "3 de ellos con Java", "dois deles em Go") counts part of the tenure the clause before it stated: the
// parser cuts such a clause off after a tenure.
// The relative may come first too ("de los cuales al menos uno como colorista", "of which at least one as a lead"),
// and the count may carry its unit before it ("at least one year of which as a lead").
const PART_OF_TENURE_BODY = `(?:(?:at least|no minimo|minimo|pelo menos|ao menos|al menos|por lo menos|sendo|siendo|including|incluindo|incluyendo|of which|of whom|de los cuales|de las cuales|dos quais|das quais)\\s+)*${NUMBER}\\s*\\+?\\s+(?:${UNIT}\\s+(?=of |de |deles|delas|dos |das ))?(?:of (?:them|those|which)|de (?:ellos|ellas|los cuales|las cuales)|deles|delas|dos quais|das quais|(?:with|in|on|using|em|com|en|con|usando|utilizando|as|como)\\b)`
const PART_OF_TENURE = new RegExp(`^\\W*${PART_OF_TENURE_BODY}`, 'u')
// The relative may also open a part counted with its own unit ("of which at least one year running a crew", "dos
// quais dois anos em obra", "de los cuales un año como jefe"): the unit makes the count a tenure, whatever follows.
const PART_OF_TENURE_WITH_UNIT = new RegExp(
  `^\\W*(?:of which|of whom|de los cuales|de las cuales|dos quais|das quais)\\s+(?:(?:at least|no minimo|minimo|pelo menos|ao menos|al menos|por lo menos)\\s+)?${NUMBER}\\s*\\+?\\s*${UNIT}\\b`,
  'u',
)
const PART_OF_TENURE_INSIDE = new RegExp(`[,;(]\\s*${PART_OF_TENURE_BODY}`, 'gu')

// A clause that names the tenure before it and then counts a part of it ("Of those three years, at least one in
// packaging", "De esos tres años, al menos uno diseñando envases", "Dos três anos, pelo menos um com…"): the years it
// asks for are the part's, not the whole's it refers back to. A few words of emphasis may stand between the two
// ("De esos tres años, es imprescindible que al menos uno…", "Of those years, we need at least one…"), as long as
// "at least" then marks the part's count.
const PART_OF_NAMED_TENURE = new RegExp(
  `^\\W*(?:(?:out )?of (?:those|these|the|which)|de (?:esos|estos|esas|estas|los|las|ellos)|dos|desses|destes|daqueles|de esses|de estes)\\s+${NUMBER}\\s+${UNIT}\\s*,?\\s*(?:(?:[^.;,\\d]{1,40}?\\s)?(?:at least|no minimo|minimo|pelo menos|ao menos|al menos|por lo menos)\\s+|(?:sendo|siendo)\\s+)?${NUMBER}\\b`,
  'u',
)

// Words that ask for a stretch of practice: with them a count of months is a tenure, not a contract or a trial.
const PRACTICE = /\b(?:experience|experiencia|exp|practice|pratica|practica|vivencia|atuacao|track record)\b/u
// Months spent at something: of work, or a verb of doing right after them ("running a reach truck", "operando").
const MONTHS_DOING =
  /^\s*(?:of (?:work|working|hands-on)|de (?:trabalho|trabajo|atuacao)|\p{L}{3,}(?:ing|ando|endo|indo)\b)/u
// A term of the job before the count: "a contract of 6 months working nights" is the job's length, not a tenure.
const TERM_BEFORE =
  /\b(?:contract|contrato|trial|probation|period|periodo|prazo|plazo|temporary|temporario|temporal|assignment)\b[^,;.]{0,12}$/u
// Words that put a count of months ahead, as a deadline or a trial: "within 6 months of hire", "nos primeiros 3 meses".
const DEADLINE_BEFORE =
  /\b(?:within|in|after|during|first|next|dentro de|em ate|ate|nos primeiros|en los primeros|durante|apos|tras|despues de)\s+(?:the\s+)?(?:first\s+)?$/u
// Words that make a count a minimum: "at least", "no mínimo", "más de", "+".
const MINIMUM_BEFORE =
  /\b(?:at least|minimum(?: of)?|min\.?|minim[oa](?: de)?|pelo menos|ao menos|al menos|por lo menos|no minimo|mais de|mas de|more than|over)\s*\(?\s*$/u

// What the years are of. An age: the years are followed by an age word ("18 years of age", "21 anos de idade",
// "18 años cumplidos", "or older"), or preceded by one ("minimum age of 18", "idade mínima de 18 anos", "mayor de 21
// años"), or stand bare after a verb of being or having with nothing done in them ("Ter mais de 18 anos").
const AGE_AFTER =
  /^\s*(?:of age|old\b|or (?:older|over|above)|and (?:older|over|up)|de idade|de edad|cumplidos|completos|ou mais de idade|o mas de edad)/u
const AGE_BEFORE = /\b(?:age[sd]?|idade|edad|etari[ao]|older than)\b[^,;.]{0,25}$/u
// "Maior de", "mayor de": older than, unless a word of practice comes first ("experiencia mayor de 2 años").
const OLDER_THAN_BEFORE =
  /\b(?:maior(?:es)? (?:de|que)|mayor(?:es)? (?:de|que)|menor(?:es)? de)\b[^,;.]{0,25}$/u
const BEING_OR_HAVING =
  /\b(?:be|being|ser|estar|ter|tener|tenha|tenga|tengas)\s+(?:(?:at least|no minimo|minimo|pelo menos|ao menos|al menos|por lo menos|mais de|mas de|more than|over)\s+)*$/u
const NOTHING_MORE = /^\s*(?:[.;,)!]|\s)*$/u
// Years that are a point in time, not a length asked for: "hace 25 años", "25 years ago". A bare PT "há 25 anos"
// ("no mercado há 25 anos") counts time gone by as well; a reader's tenure said with it takes a bound ("há pelo menos
// 2 anos"), which is left a tenure.
const AGO_BEFORE = /\b(?:(?:hace|faz)\s+(?:mas de |mais de |more than )?|ha\s+)$/u
const AGO_AFTER = /^\s*(?:ago|atras)\b/u

// Who the years belong to. The employer speaking of itself ("we", "nossa empresa", "somos", "la empresa") or named
// as the subject with a verb of being, having or serving, while asking nothing of the reader: the years are the
// company's history, not a tenure asked for.
const EMPLOYER_SUBJECT =
  /(?:^|[,;:]\s*|\b(?:and|e|y)\s+)(?:we(?:'ve|'re)?|our(?:\s+[\p{L}-]+){1,3}|nosso|nossa|nossos|nossas|somos|temos|estamos|atuamos|contamos|nuestr[oa]s?(?:\s+[\p{L}-]+){1,3}|tenemos|llevamos|the (?:company|firm|business|group|brand|practice|agency|team)|(?:a|la) (?:empresa|companhia|compania|firma|marca|organizacao|organizacion)|(?:empresa|companhia|compania)\s+(?:[\p{L}-]+\s+){0,2}(?:com|con|de|que|with|lider|familiar))\b/u
const ASKS_READER =
  /\b(?:must|should|would|expect\w*|love|like|prefer\w*|value|ask\w*|ideally|plus|bonus|requirements?|requisitos?|minimum|at least|pelo menos|ao menos|al menos|por lo menos|no minimo|esperamos|espera|valorizamos|valoramos|valoriza|valora|pedimos|solicitamos|desejamos|deseamos|desejavel|deseable|preferimos|diferencial|deve|debe|debera|devera|ideal|hire|perfil|profile|busca|procura|precisa|necesita|requiere|exige|contrata|selecciona|seleciona|you|your|you'll|voce|tu|usted|candidat[oe]s?|applicants?|someone|alguem|alguien|need|needs|require[sd]?|looking for|seek(?:s|ing)?|hiring|want|buscamos|procuramos|queremos|necesitamos|precisamos|requerimos|exigimos|contratamos|buscando|procurando)\b/u
// A name as the subject: capitalised words opening the sentence (an ampersand may join them), then a verb of being,
// having or serving.
const NAMED_SUBJECT =
  /^(?:(?:\p{Lu}[\p{L}&'.-]*|&)\s+){1,5}(?:(?:has|have) (?:served|been|operated|built|provided|grown|helped|supplied)|serves|operates|was founded|celebrates|is celebrating|atua|opera|lleva|presta|fabrica|comemora|celebra|cumple|completa|(?:tem|ha) (?:atuado|servido|operado)|est[aá] h[aá]|tem|tiene|cuenta con|conta com)(?!\p{L})/u

// The employer's years in a phrase leading into its sentence ("With over 40 years in the trade, Acme builds ...",
// "Há 30 anos no mercado, a ...", "Con más de 20 años gestionando gimnasios, buscamos ..."): the phrase describes the
// subject after the comma. When that subject is the employer (we, a verb in the first person plural, the company, a
// name), the years are the employer's, whatever the sentence goes on to ask.
// "N years on, we …" and "N anos depois, …" lead in the same way.
const LEADING_HISTORY =
  /^\W*(?:(?:with|com|con|for|ha|hace|por|durante|desde hace)\s+(?:(?:over|more than|almost|nearly|mais de|quase|mas de|casi)\s+)?\S+\s+(?:years|anos)\b[^,]*,\s+|\S+\s+(?:years|anos)\s+(?:on|later|depois|despues|mas tarde)\b,?\s+)/u
const EMPLOYER_OPENS =
  /^(?:we\b|we'(?:re|ve)|our\b|nosso|nossa|nuestr[oa]|(?:a|la|the) (?:empresa|companhia|compania|company|firm)\b|\p{L}+(?:amos|emos|imos)\b)/u
const READER_OPENS = /^(?:you|your|voce|tu|usted)\b/u

/**
 * True when an age word comes right before a count of years. "Experiencia mayor de 2 años" puts a word of practice
 * before "mayor de": there it means "more than", and the years are a tenure.
 */
function agedBefore(before: string): boolean {
  return AGE_BEFORE.test(before) || (OLDER_THAN_BEFORE.test(before) && !PRACTICE.test(before))
}

function yearsValue(raw: string, unit: string, half = false): number | null {
  const [ten, ones] = raw.split('-')
  const spelled = /^an?$/.test(raw)
    ? 1
    : ones !== undefined
      ? (NUMBER_WORDS[ten ?? ''] ?? Number.NaN) + (NUMBER_WORDS[ones] ?? Number.NaN)
      : NUMBER_WORDS[raw]
  const count = (spelled ?? Number.parseFloat(raw.replace(',', '.'))) + (half ? 0.5 : 0)
  if (!Number.isFinite(count) || count <= 0) return null
  const months = /^m/.test(unit)
  if (months ? count > 60 : count > 40) return null
  return months ? Math.round((count / 12) * 100) / 100 : count
}

/** True when the normalized sentence is the employer speaking of itself, asking nothing of the reader. */
function spokenByEmployer(normalized: string, original: string): boolean {
  const leading = LEADING_HISTORY.exec(normalized)
  if (leading) {
    const subject = normalized.slice(leading[0].length)
    const named = /^\p{Lu}/u.test(original.slice(leading[0].length))
    return !READER_OPENS.test(subject) && (EMPLOYER_OPENS.test(subject) || named)
  }
  if (ASKS_READER.test(normalized)) return false
  return EMPLOYER_SUBJECT.test(normalized) || NAMED_SUBJECT.test(original.trim())
}

/** True when a years mention at [start, end) of the normalized text is an age, a date or the employer's history. */
function isNotTenure(
  normalized: string,
  original: string,
  start: number,
  end: number,
  years: number,
): boolean {
  const before = normalized.slice(0, start)
  const after = normalized.slice(end)
  if (AGO_BEFORE.test(before) || AGO_AFTER.test(after)) return true
  if (AGE_AFTER.test(after) || agedBefore(before)) return true
  if (years >= 14 && NOTHING_MORE.test(after) && BEING_OR_HAVING.test(before) && !PRACTICE.test(normalized))
    return true
  // The employer's own years: in its clause ("Somos uma construtora com 30 anos de mercado") or in a phrase leading
  // into it ("With over 40 years in the trade, Acme builds ...").
  const clause = clauseAround(normalized, start, end)
  return spokenByEmployer(
    normalized.slice(clause.start, clause.end),
    original.slice(clause.start, clause.end),
  )
}

/**
 * The clause a mention at [start, end) stands in: from the last stop, semicolon or colon before it to the next one
 * after it. "We can't budge on this: 5 years of ..." puts the years after the colon, in the reader's clause.
 */
function clauseAround(normalized: string, start: number, end: number): { start: number; end: number } {
  const before = normalized.slice(0, start)
  const from = Math.max(0, ...[...before.matchAll(/[.!?;:]\s+/gu)].map((stop) => stop.index + stop[0].length))
  const to = /[.!?;:](?:\s|$)/u.exec(normalized.slice(end))?.index
  return { start: from, end: to === undefined ? normalized.length : end + to }
}

/** Every tenure mention in a text with its offsets, so years can attach to the skills they qualify. */
export function findYearsMentions(text: string): Array<{ start: number; end: number; years: number }> {
  const mentions: Array<{ start: number; end: number; years: number }> = []
  // normalizeText keeps offsets for Latin text: accents are dropped from precomposed letters one for one.
  const normalized = normalizeText(text)
  if (normalized.length !== text.length) return mentions
  for (const match of normalized.matchAll(YEARS_PATTERN)) {
    const years = readMatch(normalized, text, match)
    if (years !== null) mentions.push({ start: match.index, end: match.index + match[0].length, years })
  }
  // "5+ years building backends, 2 of them in Go": a count of them after a tenure is part of that tenure.
  if (mentions.length > 0)
    for (const match of normalized.matchAll(PART_OF_TENURE_INSIDE)) {
      const years = yearsValue(match[1] ?? '', 'years')
      if (years !== null && mentions.some((mention) => mention.end <= match.index))
        mentions.push({ start: match.index, end: match.index + match[0].length, years })
    }
  return mentions.sort((a, b) => a.start - b.start)
}

/** The count a YEARS_PATTERN match states, with its unit and whether a half is added to it. */
function countOf(match: RegExpMatchArray): number | null {
  return yearsValue(match[1] ?? '', match[3] ?? '', match[2] !== undefined || match[4] !== undefined)
}

function readMatch(normalized: string, original: string, match: RegExpMatchArray): number | null {
  const unit = match[3] ?? ''
  const years = countOf(match)
  if (years === null) return null
  const start = match.index ?? 0
  const end = start + match[0].length
  if (/^m/.test(unit)) {
    // Months are a tenure only as a minimum or beside a word of practice, not "a 6-month contract".
    const minimum =
      /\+|or more|ou mais|o mas/.test(match[0]) || MINIMUM_BEFORE.test(normalized.slice(0, start))
    // "eighteen months of work in a warehouse", "18 meses operando empilhadeira": months spent doing something.
    const doing = MONTHS_DOING.test(normalized.slice(end)) && !TERM_BEFORE.test(normalized.slice(0, start))
    if (!minimum && !doing && !PRACTICE.test(normalized)) return null
    // "within 6 months of hire", "nos primeiros 3 meses": a deadline, not a tenure.
    if (DEADLINE_BEFORE.test(normalized.slice(0, start))) return null
  }
  if (isNotTenure(normalized, original, start, end, years)) return null
  return years
}

/**
 * Reads the minimum years of experience a requirement states, or null when it states none. Months count as a
 * fraction of a year; an age, a date and the employer's own history are not experience.
 */
export function readMinYears(text: string): number | null {
  const normalized = blankRestatedCount(normalizeText(text))
  const original = normalized.length === text.length ? text : normalized
  const named = PART_OF_NAMED_TENURE.exec(normalized)
  if (named) return yearsValue(named[3] ?? '', named[2] ?? 'years')
  for (const match of normalized.matchAll(YEARS_PATTERN)) {
    const years = readMatch(normalized, original, match)
    if (years !== null) return years
  }
  const part = PART_OF_TENURE.exec(normalized)
  return part ? yearsValue(part[1] ?? '', 'years') : null
}

// An age given without a unit: "21 or older", "be 18+", "ter 18 ou mais". A count from 14 to 25 after a verb of
// being, or before "or older", is an age: nobody asks for "be 18" of anything else.
const BARE_AGE =
  /\b(?:1[4-9]|2[0-5])\s*\+?\s*(?:or (?:older|over|above)|and (?:older|over|up)|ou mais velh[oa]s?|o mayores)\b|\b(?:be|ser|ter|tener|tenha|tenga)\s+(?:(?:at least|no minimo|minimo|pelo menos|ao menos|al menos|por lo menos|mais de|mas de|over)\s+)?(?:1[4-9]|2[0-5])\s*\+?(?=$|[\s.,;)])(?!\s*(?:years?|yrs?|anos|months?|meses|\w))/u

// An age asked for with no count at all: "of legal age", "maioridade", "mayoría de edad".
const AGE_WORDS =
  /\b(?:of legal (?:drinking |working )?age|legal (?:drinking |working )?age|age requirement|maioridade|mayoria de edad|idade minima|edad minima)\b/u

// People whose ages a posting names besides the candidate's: those the job serves or teaches. A closed class.
const OTHERS_AGE =
  /\b(?:child(?:ren)?|kids?|infants?|toddlers?|babies|students?|pupils?|patients?|youth|teens?|teenagers?|seniors?|elderly|criancas?|bebes?|alunos?|pacientes?|idosos?|jovens|ninos?|ninas?|alumnos?|estudiantes?|jovenes|adolescentes?|ancianos?)\b/u

// A count written twice, in figures and in words ("three (3) years", "24 (vinte e quatro) meses", "seis (6)
// meses"), as notices and contracts write them so a figure cannot be altered: the bracket repeats the count.
const NUMERAL_WORD = `(?:\\d{1,2}|${COMPOUND}|${Object.keys(NUMBER_WORDS).join('|')})`
const RESTATED_COUNT = new RegExp(
  `(?<=\\b${NUMERAL_WORD}\\s*)\\((?:${NUMERAL_WORD}(?:[\\s-]+(?:e|y|and)?\\s*${NUMERAL_WORD})*)\\)`,
  'gu',
)

/** Blanks the bracketed restatement of a count, keeping every offset, so the count reads once before its unit. */
function blankRestatedCount(normalized: string): string {
  return normalized.replace(RESTATED_COUNT, (bracket) => ' '.repeat(bracket.length))
}

/** True when a clause opens by counting part of the tenure before it ("2 of them with React Native"). */
export function opensPartOfTenure(text: string): boolean {
  const normalized = blankRestatedCount(normalizeText(text))
  return (
    PART_OF_TENURE.test(normalized) ||
    PART_OF_TENURE_WITH_UNIT.test(normalized) ||
    PART_OF_NAMED_TENURE.test(normalized)
  )
}

// A clause counting a part of a run of things counted before it, by a pronoun that takes them up ("at least one of
// them as forecaster of record", "dos de ellas como guía principal", "pelo menos duas delas como chefe").
const PART_BY_PRONOUN = new RegExp(
  `^\\W*(?:(?:at least|no minimo|minimo|pelo menos|ao menos|al menos|por lo menos|sendo|siendo|including|incluindo|incluyendo)\\s+)*${NUMBER}\\s+(?:of (?:them|those)|de (?:ellos|ellas)|deles|delas)\\b`,
  'u',
)
// A count before a plural noun: a run of things the tenure is counted in when it is not counted in years ("four
// winters", "tres temporadas", "duas safras").
const COUNTED_PLURAL = new RegExp(`\\b${NUMBER}\\s+\\p{L}{3,}s\\b`, 'u')

/**
 * True when a clause counts, by a pronoun, a part of a run of things the text before it counted in a unit other
 * than years ("A minimum of four winters forecasting, at least one of them as lead"): the part is an ask of its own,
 * as a part of a tenure in years is.
 */
export function countsPartOfCountedRun(before: string, after: string): boolean {
  return PART_BY_PRONOUN.test(normalizeText(after)) && COUNTED_PLURAL.test(normalizeText(before))
}

/**
 * True when a line states years of age ("must be 18 years or older", "Ter mais de 18 anos", "mayor de 21 años"):
 * a condition to confirm with the candidate, not experience.
 */
export function statesAge(text: string): boolean {
  const normalized = normalizeText(text)
  // "Able to work with children from 4 months to 6 years of age": the age of the people served, not the candidate's.
  if (OTHERS_AGE.test(normalized)) return false
  if (BARE_AGE.test(normalized) || AGE_WORDS.test(normalized)) return true
  for (const match of normalized.matchAll(YEARS_PATTERN)) {
    const years = countOf(match)
    if (years === null || /^m/.test(match[3] ?? '')) continue
    const start = match.index
    const end = start + match[0].length
    const before = normalized.slice(0, start)
    const after = normalized.slice(end)
    if (AGE_AFTER.test(after) || agedBefore(before)) return true
    if (years >= 14 && NOTHING_MORE.test(after) && BEING_OR_HAVING.test(before) && !PRACTICE.test(normalized))
      return true
  }
  return false
}

/**
 * True when a sentence gives the employer's own years ("We have served the valley for 22 years", "Somos uma
 * construtora com 30 anos de mercado", "La empresa, con más de 40 años de trayectoria, ...") and asks nothing of the
 * reader: company blurb, not a requirement.
 */
export function statesEmployerYears(text: string): boolean {
  const normalized = normalizeText(text)
  const original = normalized.length === text.length ? text : normalized
  // "Constructora Andina S.A.C., con más de 25 años en obras civiles, requiere:": the years stand in apposition to the
  // employer's name, and the sentence only leads into what is asked below it.
  if (APPOSED_HISTORY.test(original.trim()) && /:\s*$/u.test(text.trim())) return true
  // Any count of years: a company's history may run past the longest tenure a posting asks for.
  for (const match of normalized.matchAll(YEARS_PATTERN)) {
    const start = match.index
    const end = start + match[0].length
    if (AGE_AFTER.test(normalized.slice(end)) || agedBefore(normalized.slice(0, start))) continue
    const clause = clauseAround(normalized, start, end)
    if (
      spokenByEmployer(normalized.slice(clause.start, clause.end), original.slice(clause.start, clause.end))
    )
      return true
    // "Acme has been building decks for 22 years, and spring is booking up, so we need another carpenter": the years
    // stand in a coordinate clause of the employer's own; the sentence is the company's when the clauses around them
    // ask for no qualification either (a role announced is not one).
    const coordinate = coordinateClauseAround(normalized, clause, start, end)
    const rest = `${normalized.slice(clause.start, coordinate.start)} ${normalized.slice(coordinate.end, clause.end)}`
    if (
      (coordinate.start > clause.start || coordinate.end < clause.end) &&
      spokenByEmployer(
        normalized.slice(coordinate.start, coordinate.end),
        original.slice(coordinate.start, coordinate.end),
      ) &&
      !isQualificationLike(rest.replace(ANNOUNCES_NEED, ' '))
    )
      return true
  }
  return false
}

// A name opening the sentence, then a phrase of years set off by a comma: the named employer's history.
const APPOSED_HISTORY =
  /^(?:(?:\p{Lu}[\p{L}&'.-]*|&|de|del|do|da|dos|das|e|y|of|and)\s+){0,5}\p{Lu}[\p{L}&'.-]*,\s+(?:con|com|with|tras|after|ha|hace)\s+(?:(?:más|mas|mais) de\s+|more than\s+|over\s+|almost\s+|casi\s+|quase\s+)?\S+\s+(?:years|anos|años)\b/u
// A coordinating joint between clauses: ", and", ", so", ", but" and their PT and ES forms.
const COORDINATE_JOINT = /,\s+(?:and|so|but|e|mas|entao|por isso|y|pero|asi que)\s+/gu
// Announcing that a role is open ("we need another installer", "buscamos"), which names no qualification.
const ANNOUNCES_NEED =
  /\b(?:we need|we're looking for|we are looking for|looking for|precisamos de|buscamos|procuramos|necesitamos)\b/gu

/** The coordinate clause of a sentence clause a mention at [start, end) stands in, between joints like ", and". */
function coordinateClauseAround(
  normalized: string,
  clause: { start: number; end: number },
  start: number,
  end: number,
): { start: number; end: number } {
  const joints = [...normalized.slice(clause.start, clause.end).matchAll(COORDINATE_JOINT)].map((joint) => ({
    from: clause.start + joint.index,
    to: clause.start + joint.index + joint[0].length,
  }))
  const before = joints.filter((joint) => joint.to <= start).pop()
  const after = joints.find((joint) => joint.from >= end)
  return { start: before?.to ?? clause.start, end: after?.from ?? clause.end }
}

// Words that only frame a tenure: experience, a minimum, a need. A text of these and a count of years states a tenure
// of nothing in particular ("Experiencia mínima: Al menos 2 años", "Experience: 3+ years", "Mínimo de 1 ano").
const TENURE_FRAME =
  /\b(?:experience|experiencia|exp|minimum|minima|minimo|min|at least|al menos|pelo menos|no minimo|required|requerida|requerido|exigida|exigido|necessaria|necesaria|de|of|in|em|en|total|professional|profissional|profesional|work|laboral|prior|previa|previo)\b/gu

/**
 * True when a text states a tenure and nothing it is a tenure of ("Experiencia mínima: Al menos 3 años", "Experience
 * required: 2 years"): the field of the years must be read elsewhere in the posting, if it is named at all.
 */
export function statesBareTenure(text: string): boolean {
  const normalized = normalizeText(text)
  const tenures = [...normalized.matchAll(YEARS_PATTERN)].filter(
    (match) => readMatch(normalized, normalized, match) !== null,
  )
  if (tenures.length === 0) return false
  let rest = normalized
  for (const match of tenures.reverse())
    rest = `${rest.slice(0, match.index)} ${rest.slice(match.index + match[0].length)}`
  return rest.replace(TENURE_FRAME, ' ').replace(/[^\p{L}]+/gu, '').length === 0
}

/** True when a word spells a count out ("three", "seis", "dezoito"), accents folded or not. */
export function isCountWord(word: string): boolean {
  return Object.hasOwn(NUMBER_WORDS, normalizeText(word))
}
