import type { PostingSectionName, RequirementKind } from '../types'
import { endsPointingDown, withoutPointingDown } from './ends-pointing-down'
import { namesEmployerInAbout } from './names-employer-in-about'
import { normalizeText } from './normalize-text'
import { opensWithReaderFuture } from './opens-with-reader-future'
import { readsLeadAsVerb } from './reads-lead-as-verb'
import { POLITE_REQUEST, REFUSED_CONCESSION, scoreHeadingWords, statesNiceToHave } from './score-cue-words'
import { statesAddedCondition, statesConditionalBonus } from './states-conditional-bonus'
import { statesReaderCondition } from './states-reader-condition'

type HeadingSection = Exclude<PostingSectionName, 'title' | 'other'>

/** Removes markdown decoration and a trailing colon from a heading candidate. */
function cleanHeading(line: string): string {
  return withoutPointingDown(line)
    .trim()
    .replace(/^#{1,6}\s*/, '')
    .replace(/^[*_]{1,3}|[*_]{1,3}$/g, '')
    .replace(/[*_]{1,3}\s*:?\s*$/, '')
    .replace(/\s*:\s*$/, '')
    .replace(/^[*_]{1,3}|[*_]{1,3}$/g, '')
    .trim()
}

/** Returns which known section a heading names, or null when its words carry no section meaning. */
export function classifyHeading(heading: string, decorated = false, relaxed = false): HeadingSection | null {
  const cleaned = cleanHeading(heading)
  if (namesEmployerInAbout(cleaned)) return 'company'
  return scoreHeadingWords(cleaned, decorated, relaxed)
}

/**
 * The section a heading names before an aside in brackets ("Pré-requisitos (leia com atenção antes de se
 * candidatar):"), or null when the line is no such heading. The aside speaks to the reader and names no section.
 */
export function classifyHeadingBeforeAside(line: string): HeadingSection | null {
  const aside = /^([^()]{3,60}?)\s*\([^()]{1,80}\)\s*:?\s*$/u.exec(line.trim().replace(/^#{1,6}\s+/u, ''))
  return aside ? classifyHeading(aside[1] ?? '', true) : null
}

/** True when a few words name a kind on their own ("indispensable", "a plus", "required"). */
function statesKind(words: string): boolean {
  const section = classifyHeading(words, true)
  return readInlineKind(words) !== null || section === 'required' || section === 'nice_to_have'
}

// Words that point at several things at once: a list, not the one thing a bracket would qualify.
const SPEAKS_OF_SEVERAL =
  /\b(?:these|those|them|all of|any of|estos|estas|esos|esas|ellos|ellas|estes|eles|elas|todos|todas|nenhum deles|ninguno de)\b/u

/**
 * Decides whether a whole line is a section heading. Known phrases count with or without decoration;
 * unknown short lines count only when decorated (markdown or a trailing colon), so "Python" stays content.
 */
export function readHeadingLine(line: string, opensList = false): { section: PostingSectionName } | null {
  const trimmed = line.trim()
  if (trimmed.length === 0 || trimmed.length > (opensList ? 100 : 70)) return null
  if (/^[-•●▪◦‣*+]\s/.test(trimmed) && !/^\*\*/.test(trimmed)) return null
  // A numbered line is an item, unless it names a known section and a list follows ("2. Nice to have").
  const numbered = /^\d+[.)]\s/.test(trimmed)
  if (numbered && !opensList) return null
  // A trailing colon marks a heading as much as markdown; so does a question over a list ("¿Qué necesitas?").
  const decorated =
    /^#{1,6}\s/.test(trimmed) ||
    /^\*\*[^*]+\*\*:?$/.test(trimmed) ||
    /:$/.test(trimmed) ||
    endsPointingDown(trimmed) ||
    (opensList && /\?$/.test(trimmed))
  // A bracket holding only a kind ("Secundaria completa (indispensable)", "Diploma (required)") qualifies the thing
  // named before it: the line is an item that states its own kind, unless that thing is itself a section's name
  // ("Requirements (mandatory)"). A colon or markdown still makes the line a heading ("Languages (required):").
  const qualified = /^(.*\p{L}.*?)\s*\(([^()]{1,40})\)\s*[.;]?$/u.exec(cleanHeading(trimmed))
  // A bracket that speaks of several things ("(none of these are make-or-break)", "(ninguno de estos es excluyente)")
  // qualifies the list below, not one thing before it: the line heads that list.
  if (
    !decorated &&
    qualified &&
    statesKind(qualified[2] ?? '') &&
    !SPEAKS_OF_SEVERAL.test(normalizeText(qualified[2] ?? '')) &&
    classifyHeading(qualified[1] ?? '') === null
  )
    return null
  const known = classifyHeading(
    trimmed.replace(/^\d+[.)]\s+/, ''),
    decorated,
    opensList && !/[.;]$/.test(trimmed),
  )
  if (known) return { section: known }
  // "Pré-requisitos (leia com atenção antes de se candidatar):": a decorated heading with an aside in brackets is the
  // heading before them; the aside speaks to the reader and names no section.
  const beforeAside = decorated ? classifyHeadingBeforeAside(trimmed) : null
  if (beforeAside && !numbered) return { section: beforeAside }
  if (numbered) return null
  const words = cleanHeading(trimmed).split(/\s+/).length
  if (decorated && words <= 6 && !/[.!?]/.test(cleanHeading(trimmed))) return { section: 'other' }
  return null
}

/**
 * A line that opens with a heading phrase and carries content on the same line ("Nice to have: Kafka").
 * Returns the section and where the content starts.
 */
export function readInlineLabel(line: string): { section: HeadingSection; contentOffset: number } | null {
  const match = /^(\s*(?:[-•●▪◦‣*+]\s+)?(?:\*\*)?)([^:\n]{2,60}?)(?:\*\*)?\s*:\s*(?:\*\*)?\s*(?=\S)/.exec(
    line,
  )
  if (!match) return null
  // A longer label is one only when a cue of its kind carries its length ("What would really tip the scales in your
  // favour: …"): the words of weighing are no content, and a plain clause before a colon stays a sentence.
  if ((match[2] ?? '').length > 40 && readInlineKind(match[2] ?? '') !== 'nice_to_have') return null
  const section = classifyHeading(match[2] ?? '') ?? readCuedNiceLabel(match[2] ?? '')
  if (!section) return null
  return { section, contentOffset: match[0].length }
}

/**
 * A label that would not head a bare line but, closed by its colon, reads as a heading of extras and states on its own
 * that what follows is optional ("Would put you ahead of the rest: …", "Te daría puntos extra: …"): the colon decorates
 * it as a heading line's would, and its cue says the list after it is not required. Null for any other label.
 */
function readCuedNiceLabel(label: string): HeadingSection | null {
  return classifyHeading(label, true) === 'nice_to_have' && readInlineKind(label) === 'nice_to_have'
    ? 'nice_to_have'
    : null
}

// Emphasis ("strong knowledge of X") stresses an item, and on a line of its own reads as asked for; it says how much,
// not whether, so under a heading that makes the list optional the heading decides.
const EMPHASIS_CUE = /\bstrong (?:experience|background|knowledge|skills?)\b/

const REQUIRED_CUES = [
  // "travel as required" describes a duty, not a requirement.
  /(?<!\b(?:as|where|when|if|is|are) )\brequired\b/,
  /\bis required\b/,
  /\brequirement\b/,
  // The person sought described: "The ideal candidate has …", "O perfil ideal tem …", "La persona ideal es …".
  /\b(?:ideal (?:candidate|person|profile|hire|applicant)|(?:perfil|candidat[oa]|pessoa|persona|profissional|profesional) ideal)\s+(?:(?:also|will|tambem|tambien)\s+)?(?:has|have|is|brings|holds|knows|tem|tera|possui|traz|e|sabe|tiene|tendra|posee|trae|es|sera|conoce)\b/,
  // The role as the subject of a need: "This role requires …", "A vaga exige …", "El puesto requiere …".
  /\b(?:this|the) (?:role|position|job|post) (?:also )?(?:requires|will require|demands)\b|\b(?:a|esta|essa) (?:vaga|funcao|posicao) (?:tambem )?(?:requer|exige)\b|\b(?:el|este|esta|la) (?:puesto|cargo|posicion|vacante) (?:tambien )?(?:requiere|exige)\b/,
  // Expected or demanded in the passive: "Working weekends is expected", "Pontualidade é exigida".
  /\b(?:is|are|will be|e|es|sao|son|sera|serao|seran)\s+(?:\S+\s+)?(?:expected|esperad[oa]s?|exigid[oa]s?)\b/,
  /\bmust\b/,
  /\b\d+\s*\+\s*(?:years?|yrs|anos|anos)\b/,
  /\bat least\b/,
  /\bminimum (?:of )?\d+/,
  /\bobrigatori[oa]s?\b/,
  /\bimprescindible(?:s)?\b/,
  /\brequerid[oa]s?\b/,
  // The same need said of the thing in PT and ES ("saber usar o aplicativo é essencial", "el inglés es esencial").
  /\b(?:essential|essencial|essenciais|esencial|esenciales)\b/,
  // What the employer demands, reported in the third person as one relays a posting ("eles pedem CNH", "piden
  // licencia", "they require a permit").
  /\b(?:eles|elas|ellos|ellas|they) (?:(?:also|tambem|tambien|so|solo) )?(?:pedem|exigem|piden|exigen|ask for|require|demand)\b/,
  // A bracket holding only a word of necessity qualifies the item before it: "(indispensable)", "(imprescindível)".
  /\(\s*(?:indispensa(?:ble|vel)|imprescindi(?:ble|vel)|obligatori[oa]|mandatory|excluyente)\s*\)/,
  // A need stated by its subject: "you must", "we need", "you'll need", "precisamos", "necesitas", "debes".
  /\b(?:we|you)(?:'ll| will| really)? need\b/,
  /\b(?:precisamos|necesitamos|necesitas|necesitaras|debes|deberas)\b/,
  /\bvoce (?:precisa|precisara|deve|devera)\b/,
  // The same need with its subject left unsaid, as Portuguese allows, opening the clause: "Precisará de curso de X".
  /^(?:precisaras?|deveras?|teras? que)\s/,
  /\b(?:e|es|sera) (?:preciso|necessario|necesario|indispensavel|indispensable)\b/,
  /\bse (?:requiere|necesita|exige)\b/,
  // Importance put on having something: "it's important to have", "é importante ter", "es fundamental tener".
  /\b(?:it's|it is|e|es) (?:important|importante|fundamental|essencial|esencial) (?:to have|ter|tener|contar con|que)\b/,
  // Obligation put with "to have to": "you have to", "tienes que", "tendrás que", "você tem que", "hay que". The one
  // to be hired left unsaid takes the third person, in Spanish as in Portuguese ("Tiene que desenvolverse con
  // clientes", "Tem que saber empilhar"), whatever verb follows.
  /\byou(?:'ll| will)? have to\b|\b(?:tienes|tendras|tenes|tiene|tendra|tem|tens|tera|teras|hay) que\b/,
  REFUSED_CONCESSION,
  POLITE_REQUEST,
  /\b(?:precisa|necesita) (?:ter|tener|saber|estar)\b/,
  // The person sought, by any verb of seeking or wanting: "we want someone who…", "queremos alguém que…".
  /\b(?:buscamos|procuramos|queremos|looking for|seeking|we want|we'd like|we would like) (?:a |an |uma |una )?(?:alguien|alguem|someone|somebody|pessoa|persona)\b/,
]

// A bracket that names things of its own besides a cue ("(tablas dinámicas, BUSCARV, macros deseable)"): the cue
// qualifies what stands inside it, not the line around it. A bracket holding only the cue ("(deseable)") qualifies
// what it follows, and a line inside brackets from end to end is all it has.
const BRACKET = /\(([^()]*)\)/gu

function withoutQualifyingBrackets(text: string): string {
  return text.replace(BRACKET, (whole, inside: string, offset: number) => {
    if (!statesNiceToHave(inside)) return whole
    const named = normalizeText(inside)
      .split(/[,;/]|\s+(?:or|and|ou|e|o|y)\s+/u)
      .filter((item) => /\p{L}{2,}/u.test(item))
    const outside = text.slice(0, offset) + text.slice(offset + whole.length)
    return named.length > 1 && /\p{L}{2,}/u.test(outside) ? ' ' : whole
  })
}

/** Reads the kind a line states for itself ("... is a plus", "must have ..."), or null when it states none. */
export function readInlineKind(text: string): RequirementKind | null {
  const normalized = normalizeText(text)
  // "Nice to have" wins over "required" because phrases like "3+ years of Go is a plus" carry both.
  if (
    statesNiceToHave(withoutQualifyingBrackets(text)) ||
    statesConditionalBonus(normalized) ||
    statesAddedCondition(normalized) ||
    statesReaderCondition(normalized)
  )
    return 'nice_to_have'
  if (REQUIRED_CUES.some((cue) => cue.test(normalized)) || EMPHASIS_CUE.test(normalized)) return 'required'
  return null
}

/** True when the only thing on a line that reads as "required" is emphasis ("Strong knowledge of X"). */
export function statesEmphasisOnly(text: string): boolean {
  const normalized = normalizeText(text)
  return (
    EMPHASIS_CUE.test(normalized) &&
    !statesNiceToHave(text) &&
    !REQUIRED_CUES.some((cue) => cue.test(normalized))
  )
}

const QUALIFICATION_WORDS =
  /\b(?:experience[ds]?|degree|bachelor'?s?|masters?|master's|phd|b\.?s\.?|m\.?s\.?|mba|years?|knowledge|ability|able to|proficien\w*|fluen\w*|familiar\w*|understanding|skills?|certifi\w*|background|track record|demonstrated|expertise|expert|strong|excellent|you have|you bring|we need|looking for|experiencia|conhecimentos?|conocimientos?|formacao|formacion|graduacao|graduado|licenciatura|titulo|dominio|fluencia|ingles|anos|habilidades?|capacidade|capacidad|superior completo|knowing|conhecer|conheca|saiba|saber [a-z]+(?:ar|er|ir)|conocer|conozcas|sepas|manejo|dominar|disponibilidade|disponibilidad|availability|available)\b/

/** True when a line reads like a qualification rather than a duty or a company statement. */
export function isQualificationLike(text: string): boolean {
  return QUALIFICATION_WORDS.test(normalizeText(text))
}

// Base-form verbs that open duty statements ("Build ...", "Work closely with ...", "Construir ...").
const DUTY_VERBS = new Set(
  (
    'act address advise analyse analyze apply assess automate become build collaborate communicate conduct consult ' +
    'contribute coordinate create define deliver deploy design develop drive engage ensure establish evaluate execute ' +
    'facilitate guide help hire identify implement improve influence keep lead maintain make manage mentor monitor ' +
    'negotiate obtain onboard operate optimize optimise own oversee partner plan prepare present promote provide ' +
    'recommend represent research review run scale serve set shape ship support test translate travel use work write ' +
    'construir desenvolver garantir modelar criar liderar trabalhar gerenciar apoiar atuar participar manter colaborar ' +
    'disenar desarrollar gestionar trabajar implementar mantener definir asegurar participar'
  ).split(' '),
)

// The reader's future ("You'll review ...", "Você vai cuidar ...", "Vas a construir ..."): what the job will have them
// do. Followed by a verb of needing or having, it asks for something instead ("You'll need ...").
// A few words of time may lead in ("Most days you will be mowing…", "No dia a dia você vai…").
const FUTURE_OF_READER =
  /^(?:(?:most days|every day|each day|on a typical day|day to day|on a normal (?:day|night|shift)|no dia a dia|todos os dias|en el dia a dia|cada dia|a diario),?\s+)?(?:you(?:'ll| will|'d| would| are going to|'re going to)(?: also)? (?:be )?|(?:voce )?(?:vai|vais|ira|vao)(?: tambem)? |(?:vas|va|van) a |te encargaras |te encargaras? de )(\p{L}+)/u
const NEEDING_AFTER_FUTURE = new Set(
  'need needs have bring know be able expected required precisar ter saber necesitar tener saber'.split(' '),
)

/** True when a line opens like a duty ("Build and maintain ...") rather than a qualification. */
export function isDutyLike(text: string): boolean {
  if (opensWithReaderFuture(text)) return true
  const normalized = normalizeText(text).trim()
  const words = normalized.match(/[\p{L}]+/gu) ?? []
  const first = words[0]
  // The first word must be used as a verb ("Own the rota"), not as an adjective or a noun it is spelled like ("Own van",
  // "Work experience").
  if (first !== undefined && DUTY_VERBS.has(first) && readsLeadAsVerb(words)) return true
  const future = FUTURE_OF_READER.exec(normalized)
  const verb = future?.[1]
  // "You'd be reconciling ..." is work to do; "You'd be a great fit" or "You'll need ..." is not.
  if (!verb || NEEDING_AFTER_FUTURE.has(verb)) return false
  // "You will be in emergency rooms", "You'll be at client sites": where the work will put the reader is the work too.
  return (
    !/ be $/.test(future[0].slice(0, -verb.length)) ||
    /(?:ing|ando|endo|indo)$/.test(verb) ||
    /^(?:in|at|inside|among|around)$/.test(verb)
  )
}

/** Folds accents and case character by character, so offsets in the folded text are offsets in the original. */
export function foldInPlace(text: string): string {
  let folded = ''
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string
    const fold = normalizeText(char)
    folded += fold.length === 1 ? fold : char
  }
  return folded
}

// A predicate that asks something of the candidate, with the complement it asks for after it: "you'll need …", "é
// preciso ter …", "se requiere …", "buscamos alguien con …". Built from closed classes: an optional purpose ("to
// apply", "para se candidatar"), a verb or adjective of needing, and the verb of having that takes the complement.
const HAVING =
  '(?:to have|have|hold|ter|possuir|tener|contar con|que (?:voce |usted )?(?:tenha|tengas|tenga|possua|cuentes con))'
// A short relative clause that says which person is meant ("the person who joins the crew", "a pessoa que vier a
// integrar a equipe", "la persona que se sume al área") before the need: the subject is still the one to be hired.
const SUBJECT_RELATIVE = ' (?:who|that|que|quem|quien)(?: [^\\s,.;:]+){1,7}?'
const REQUIREMENT_PREDICATE = new RegExp(
  [
    // A purpose before the predicate ("To apply", "To join us", "Para se candidatar", "Para unirte al equipo"), or the
    // role it is for ("For this role", "Para esta vaga", "Para este puesto").
    '^(?:(?:to apply|for (?:this|the) (?:role|position|job)|para (?:a|esta|essa) (?:vaga|posicao|funcao)|para (?:este|el|esta) (?:puesto|cargo|posicion)|para (?:se )?candidatar(?:-se)?|para (?:postular|aplicar)(?:te|se)?|to (?:join|work with) (?:us|our team|the team)|para (?:se juntar|fazer parte|unirte|formar parte)(?: (?:a|al|de|do|da) (?:nos|nosotros|nossa equipe|nuestro equipo|equipo|equipe|time))?)[,:]?\\s+)?(?:',
    [
      "(?:you(?:'ll| will)?|you'd) (?:need|have to|must)(?: to)?(?: have| hold| bring)?",
      '(?:you must|you should) (?:have|hold|bring|know|understand)',
      // The one to be hired left unsaid, as Romance verbs allow ("Deve ter CNH", "También debe manejar Excel"): the
      // modal with a verb of having or knowing asks for its complement.
      `(?:(?:tambem|tambien|ademas) )?(?:deve|devera|debe|debera) (?:${HAVING}|ser|saber|conhecer|dominar|conocer|manejar|contar com)`,
      `(?:it(?:'s| is)|e|es|sera) (?:essential|important|required|necessary|preciso|necessario|necesario|importante|fundamental|essencial|esencial|indispensavel|indispensable|imprescindivel|imprescindible|obrigatorio|obligatorio) ${HAVING}`,
      '(?:e|es) (?:preciso|necessario|necesario)',
      // An optional ask said with the same frame: "Será um diferencial ter", "Es un plus tener", "It's a bonus to have".
      `(?:it(?:'s| is| would be| will be)|e|es|sera|seria) (?:um |uma |un |una |a |an )?(?:diferencial|plus|bonus|vantagem|ventaja|advantage) ${HAVING}`,
      `(?:voce|tu|usted) (?:precisa|precisara|deve|devera|necesitas|necesita|debes|debe) ${HAVING}`,
      `(?:necesitas|debes|deberas|precisa) ${HAVING}`,
      // Obligation with "to have to" ("tienes que tener", "você tem que ter"), and the reader's having stated as fact.
      // What the reader has to know or handle is asked as their having is ("tenés que manejar X", "tens que dominar Y").
      `(?:(?:voce |tu )?(?:tienes|tendras|tenes|tem|tens|tera|teras) que) (?:${HAVING}|saber|conhecer|conocer|dominar|manejar)`,
      // The one to be hired left unsaid with "to have to" too, as a message says it ("tem que saber empilhar", "tiene
      // que conocer la zona"): what they must have, know or be.
      `(?:tiene|tendra|tem|tera) que (?:${HAVING}|saber|conhecer|conocer|dominar|manejar|ser|estar|morar|vivir|residir)`,
      "(?:you have|you've got|voce tem|voce possui|tu tienes|tienes|cuentas con)",
      '(?:se requiere|se requieren|se necesita|se necesitan|se exige|se pide|exigimos|requerimos|pedimos|we require|we ask for|we demand)',
      // The person to be hired as the subject of a need: "The person we hire will need", "O candidato selecionado
      // deverá ter", "La persona que contratemos necesitará".
      `(?:the|our) (?:person|candidate|successful candidate|right candidate|ideal candidate|right person|new hire|hire|applicant)(?: (?:we hire|we choose|we select|for this role|for the role|for this job)|${SUBJECT_RELATIVE})? (?:will need|needs|must|should|will have to|has to)(?: to)?(?: have| hold| bring)?`,
      // Everyone the employer takes, as the subject of a need ("Everyone needs to be drug free", "Todos precisam ter
      // CNH", "Todo el mundo tiene que saber nadar"): the one to be hired is among them, so the need is asked of them.
      `(?:everyone|everybody|all (?:applicants|candidates|staff|crew|workers)|todos|todas|todo mundo|todo el mundo)(?:${SUBJECT_RELATIVE})? (?:will need|needs|must|should|will have to|has to|precisam?|precisarao|devem?|deverao|tem que|necesitan?|necesitaran|deben?|deberan|tienen? que)(?: to)?(?: have| hold| bring| ter| tener| saber)?`,
      `(?:a pessoa|o candidato|a candidata|o profissional|a profissional)(?: (?:que contratarmos|que for contratad[oa]|selecionad[oa]|escolhid[oa])|${SUBJECT_RELATIVE})? (?:precisa|precisara|deve|devera)(?: ${HAVING})?`,
      `(?:la persona|el candidato|la candidata|el profesional|la profesional)(?: (?:que contratemos|seleccionad[oa]|elegid[oa])|${SUBJECT_RELATIVE})? (?:necesita|necesitara|debe|debera|tendra que)(?: ${HAVING})?`,
      // The role as the subject of a need: "This role requires", "A vaga exige", "El puesto requiere".
      '(?:this|the) (?:role|position|job|post) (?:also )?(?:requires|will require|demands)',
      '(?:a|esta|essa) (?:vaga|funcao|posicao) (?:tambem )?(?:requer|exige)',
      '(?:el|este|esta|la) (?:puesto|cargo|posicion|vacante) (?:tambien )?(?:requiere|exige)',
      // The person sought, described by what it has: "The ideal candidate has", "O perfil ideal tem", "El perfil
      // ideal cuenta con".
      '(?:(?:the|our|an?) )?ideal (?:candidate|person|profile|hire|applicant) (?:has|brings|holds)',
      '(?:(?:o|a|um|uma|nosso|nossa) )?(?:perfil|candidat[oa]|pessoa|profissional) ideal (?:tem|possui|traz)',
      '(?:(?:el|la|un|una|nuestro|nuestra) )?(?:perfil|candidat[oa]|persona|profesional) ideal (?:tiene|posee|trae|cuenta con)',
      // People sought by a verb of searching ("We're looking for people with…", "Buscamos gente responsable",
      // "Procuramos pessoas com CNH"): the description that follows is what is asked. Only searching: "we need good
      // people" is a slogan more often than an ask.
      "(?:we're looking for|we are looking for|we're seeking|we seek|buscamos|procuramos|estamos (?:buscando|procurando)) (?:people|gente|pessoas|personas)(?: (?:with|com|con|who|que))?",
      // The one who posts may seek in the first person singular, or leave the seeker unsaid, as a post does ("need
      // someone with…", "preciso de alguém com…", "busco alguien con…", "se busca alguien con…").
      "(?:we need|we want|we're looking for|we are looking for|we're seeking|we seek|(?:i |i'm |i am )?(?:need|looking for|seeking)|buscamos|procuramos|queremos|precisamos de|necesitamos|busco|procuro|preciso de|necesito(?: a)?|se busca|(?:estou|to|estamos|estoy) (?:buscando|procurando)) (?:a |an |uma |una )?(?:someone|somebody|anyone|anybody|a person|alguem|alguien|pessoa|persona|profissional|profesional)(?: (?:with|com|con|who has|que tenha|que tenga|que possua))?",
    ].join('|'),
    // "Se requiere: …", "We need someone with: …": a colon may stand between the predicate and what it asks.
    '):?\\s+',
  ].join(''),
  'u',
)

/**
 * Where the complement of a requirement predicate starts ("To apply you'll need |a valid licence…", "É importante
 * ter |ensino médio…"), or null when the sentence opens with no such predicate. What the sentence asks is in the
 * complement, however many things it names.
 */
export function findRequirementPredicate(text: string): number | null {
  const lead = /^\s*/.exec(text)?.[0].length ?? 0
  const match = REQUIREMENT_PREDICATE.exec(foldInPlace(text.slice(lead)))
  return match ? lead + match[0].length : null
}
