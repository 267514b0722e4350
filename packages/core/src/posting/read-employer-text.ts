import { hasTitleWord } from '../resume/split-role-header'
import { normalizeText } from './normalize-text'
import { findRequirementPredicate, readInlineKind } from './posting-cues'
import { findPersonQualities } from './reads-as-traits'

// Words that may lead the employer's sentence without changing who speaks ("And we …", "Infelizmente não …").
const SUBJECT_LEAD =
  '(?:and|but|also|plus|in return|please note|note|unfortunately|currently|e|y|tambem|tambien|ademas|alem disso|infelizmente|lamentablemente|desafortunadamente|actualmente|atualmente),?\\s+'

/**
 * The employer as a sentence's subject (EN, PT, ES): "we", "our company", "the team", "nós", "nosotros", "a/la
 * empresa", "a gente", or a verb in the first person plural that carries the subject itself ("No podemos …",
 * "Lemos todas as candidaturas"), as PT and ES drop the pronoun. The match is the subject, so what follows it is the
 * predicate; a contraction ("we're") is left to the predicate, where it is the verb.
 */
export const EMPLOYER_SUBJECT = new RegExp(
  `^(?:${SUBJECT_LEAD})?(?:we\\b|our (?:company|firm|organi[sz]ation|business|employer|team)\\b|our\\b|the (?:company|employer|organi[sz]ation|firm|team)\\b|(?:a|la|nossa|nuestra) (?:empresa|companhia|compania|organizacao|organizacion)\\b|(?:nos|nosotros|nosotras)\\b|nuestr[oa]s?\\b|noss[oa]s?\\b|el equipo\\b|o time\\b|a equipe\\b|a gente\\b|(?=(?:nao |no )?(?:somos|\\p{L}{2,}(?:amos|emos|imos))\\b))`,
  'u',
)

// Verbs of wanting or seeking: the employer's wish, which asks something only when what it wants is a quality.
const WANTING =
  /\b(?:need|needs|want|wants|looking for|look for|looks for|seek|seeks|seeking|search for|searching for|hiring|hope|love|busc\p{L}*|procur\p{L}*|necesit\p{L}*|precis\p{L}*|quer\p{L}*|quier\p{L}*|contrat\p{L}*|seleccion\p{L}*|gostar\p{L}*|encantar\p{L}*|adorar\p{L}*)\b/u
// Verbs of valuing, preferring, expecting or asking: whatever they take is asked of the candidate. After an article or
// a preposition the same word is a noun ("una lista de espera", "the value of", "o valor"), and nothing is asked.
const VALUING =
  /(?<!\b(?:de|da|do|of|the|a|o|la|el|na|no|en|em|um|uma|un|una) )\b(?:value|values|valued|prefer|prefers|preferred|expect|expects|require|requires|ask|asks|esper\p{L}*|valor\p{L}*|exig\p{L}*|requer\p{L}*|requier\p{L}*|pedimos|pide|pedem|prefer\p{L}*|apreci\p{L}*)\b/u
// What is wanted is a quality or a qualification when a relative, a "with", a noun of qualification, an adjective of
// standing ("licensed", "bilingual", "titulada") or a language follows.
const WANTS_QUALITY =
  /\b(?:with|who|whose|that has|com|con|que|quem|quien|quienes|cuyo|experience[ds]?|experiencia|years?|anos|degree|diploma|knowledge|conhecimento|conocimiento|skills?|habilidades?|certifi\p{L}*|licen[cs]\p{L}*|licencia|formacao|formacion|fluen\p{L}*|proficien\p{L}*|background|track record|bilingual|bilingue|licensed|certified|registered|qualified|experienced|seasoned|senior|junior|native|habilitad\p{L}*|certificad\p{L}*|registrad\p{L}*|titulad\p{L}*|graduad\p{L}*|experiente|experimentad\p{L}*|[\p{L}]+-speaking|english|spanish|portuguese|french|german|ingles|espanhol|espanol|frances|alemao|aleman|portugues)\b/u
// A wish whose complement is an act ("we need someone to look after the servers", "we'd love you to learn it"):
// the role announced or training offered. Acts of having, knowing or being are the exception: they ask.
const WISHED_ACT =
  /^\s*(?:\S+\s+){0,3}?(?:to\s+(?!(?:have|hold|know|be|bring|speak)\b)\p{L}+|(?:para|pra)\s+(?!(?:ter|possuir|saber|conhecer|ser|estar|dominar|falar|tener|conocer|hablar|manejar|contar)\b)\p{L}+(?:ar|er|ir)(?:se|lo|la|los|las|te|nos)?\b)/u

/**
 * True when a clause with a verb of wanting asks nothing of the candidate: it wants an act done ("we need someone to
 * run our servers"), a thing ("we want most claims to start in the app"), or a person named with nothing about them
 * ("we need another installer on our crew").
 */
function wishesWithoutAsking(clause: string): boolean {
  const want = WANTING.exec(clause)
  if (!want) return true
  const complement = clause.slice(want.index + want[0].length)
  if (WISHED_ACT.test(complement)) return true
  return !WANTS_QUALITY.test(complement) && findPersonQualities(complement) === null
}

// The reader put under an obligation ("you must", "você precisa", "debes"): an ask whoever speaks.
const READER_OBLIGED =
  /\b(?:you(?:'ll| will)? (?:must|need|should|have to)|you'd need|voce (?:precisa|deve|tem que)|(?:tu |usted )?(?:debes|deberas|necesitas|tienes que|precisas|deve)|must|required|obrigatori[oa]|imprescindi\p{L}+|indispensa\p{L}+|essential)\b/u
// Qualification nouns that the employer's own sentences do not use of themselves (unlike "years" or "familiar").
const QUALIFICATION_NOUN =
  /\b(?:experience[ds]?|experiencia|degree|diploma|knowledge|conhecimento|conocimiento|skills?|habilidades?|certifi\p{L}*|licen[cs]e[ds]?|licencia|formacao|formacion|fluen\p{L}*|proficien\p{L}*|ability|able to|capaz|capacidade|capacidad)\b/u

// The candidate named as such ("our ideal candidate has managed 3 stores", "a pessoa contratada", "el postulante"):
// what the clause says of them is asked, whoever else it names.
const CANDIDATE =
  /\b(?:candidates?|applicants?|new hire|ideal|right person|person we hire|candidat[oa]s?|postulantes?|aspirantes?|pessoa contratada|persona contratada|contratad[oa] (?:ira|vai|debera))\b/u

/** True when a sentence names the candidate as such, so what it says of them is asked. */
export function namesCandidate(folded: string): boolean {
  return CANDIDATE.test(folded)
}

/** True when a clause asks the candidate for something, read by its structure rather than by its topic. */
function clauseAsks(clause: string): boolean {
  if (clauseAsksOutright(clause)) return true
  // A kind cue of a wish ("we'd love you to learn it") is the wish itself, read above; any other cue asks.
  const withoutWish = clause.replace(/\b(?:we'd|we would|i'd) love(?: for)? you to \p{L}+/u, ' ')
  if (readInlineKind(withoutWish) !== null && !WANTING.test(clause)) return true
  return /\b(?:you|your|voce|tu|usted)\b/u.test(withoutWish.replace(/\byou to \p{L}+/u, ' '))
}

// A count of the employer's people, places or customers ("31 stores", "180 personas", "4 mil pontos de venda").
// A few words may qualify what is counted ("180 private and commercial students", "40 small farms"), never a span of
// time, which would count a tenure ("5 years working with clients").
const SIZE_COUNT =
  /\d[\d.,]*\+?\s*(?:mil |million |millones |milhoes |thousand )?(?:(?!(?:years?|anos|months?|meses|weeks?|semanas|days?|dias|hours?|horas)\b)[\p{L}-]+,?\s+(?:(?:and|or|e|y|ou|o)\s+)?){0,3}?(?:stores|shops|lojas|tiendas|states|estados|provinces|provincias|regions|regioes|regiones|markets|mercados|continents|continentes|towns|municipios|employees|people|pessoas|personas|colaborador\p{L}*|funcionarios|empleados|trabajadores|clients?|customers|clientes|countries|paises|cities|cidades|ciudades|locations|unidades|units|branches|filiais|sucursales|students|estudantes|estudiantes|alunos|alumnos|members|membros|miembros|families|familias|pontos de venda|points? of sale|restaurants|restaurantes|hotels|hoteis|hoteles|hospitals|hospitais|clinics|clinicas|brands|marcas|users|usuarios|players|lugares|seats|beds|leitos|camas|empresas|companies|businesses|offices|escritorios|oficinas|factories|fabricas|plants|plantas|warehouses|armazens|almacenes|schools|escolas|escuelas|campuses|vehicles|veiculos|vehiculos|trucks|caminhoes|camiones|patients|pacientes|guests|hospedes|huespedes|orders|pedidos|deliveries|entregas|subscribers|assinantes|suscriptores|partners|parceiros|socios|staff|professionals|profissionais|profesionales)\b/gu
// Generations of a family business ("Cuarta generación familiar", "third-generation", "family-owned").
const GENERATION = /\b(?:generations?|geracao|geracoes|generacion|generaciones|family[- ]owned|familiar)\b/u
// Where the employer is present ("presence in 25 countries", "presença em 12 estados", "presencia en 8 países").
const PRESENCE =
  /\b(?:presence|presencia|presenca|present in|presente en|presente em|operations in|operacoes em|operaciones en)\b/u
// What tells a company's story: founding, age, growth, generations, and counts of its people, places or customers.
const HISTORY = new RegExp(
  `\\b(?:founded|established|born|started|began|opened|since|desde|fundad[oa]|criad[oa]|nasceu|nacio|surgiu|surgio|abriu|abrio|inaugur\\p{L}*|growing|grow|expanding|crescendo|crescer|creciendo|crecer|expandindo|expandiendo|(?:1[89]|20)\\d\\d|(?:for|over|more than|mais de|ha|hace|por|con|com|with)\\s+(?:mas de |mais de |more than |over )?[\\p{L}\\d-]+\\s+(?:years|anos)|[\\p{L}\\d-]+ (?:years|anos) (?:on|later|de (?:historia|mercado|trayectoria|experiencia))|(?:lleva|llevan|llevamos|leva|levam|levamos)\\s+(?:(?:mas|mais) de\\s+)?[\\p{L}\\d-]+\\s+(?:anos|decadas)|(?:century|centuries|decades?|seculos?|siglos?|decadas?) (?:later|on|after|depois|despues|mais tarde|mas tarde))\\b|${GENERATION.source}|${SIZE_COUNT.source}`,
  'u',
)

// A count of things served per span of time ("12,000 patients a year", "3 mil pedidos por mês"); hours, days or shifts
// so counted are the reader's working pattern ("40 hours a week"), not the employer's size.
const YEARLY_COUNT =
  /\d[\d.,]*\+?\s*(?:mil |million |millones |milhoes |thousand )?(?!(?:hours?|horas?|days?|dias|shifts?|turnos?|weeks?|semanas?|weekends?|nights?|noites|noches|times|vezes|veces)\b)(?:[\p{L}-]+ ){0,3}?(?!(?:hours?|horas?|days?|dias|shifts?|turnos?|weeks?|semanas?|weekends?|nights?|noites|noches|times|vezes|veces)\b)\p{L}+ (?:a|per|each|every|por|al|ao|cada) (?:year|month|ano|mes)\b/u

// A named employer opening its sentence ("A Laticínios Serra Azul nasceu …", "Desert Breeze Heating & Cooling has
// been …", "At Fernleigh Insurance we …"): capitalised words, with the joining words of a firm's name between them.
const NAMED_OPENING =
  /^(?:(?:At|En|Na|No|Em|In)\s+)?(?:(?:[AaOo]s?|[Ll]as?|[Ee]l|[Ll]os|[Tt]he)\s+)?\p{Lu}[\p{L}\p{N}&'.-]*(?:,?\s+(?:(?:de|del|da|do|dos|das|of|and|e|y|&)\s+)?[\p{Lu}\p{N}&][\p{L}\p{N}&'.-]*){0,5}/u
// A time phrase before the employer ("Forty-four years on we …", "Hoje somos …", "Desde 1921 enlatamos …").
const TIME_LEAD =
  /^(?:(?:today|now|hoje|agora|hoy|ahora|actualmente|atualmente|since|desde|in|en|em|after|tras|apos|depois de)\b|(?:[\p{L}\d-]+ ){1,3}(?:years|anos|century|centuries|decades?|seculos?|siglos?|decadas?) (?:on|later|after|depois|despues|mais tarde|mas tarde))[^,.;:!?]{0,40}?,?\s*(?=we\b|\p{L}{2,}(?:amos|emos|imos)\b|(?:a|o|la|el|the) \p{L})/u

// A phrase of founding or time leading into the sentence's subject, up to its comma.
const LEADING_PHRASE =
  /^(?:founded|established|fundad[oa]|criad[oa]|nacid[oa]|since|desde|today|hoy|hoje|with|com|con)\b[^,]{1,60}?,\s+/u

/**
 * How the sentence opens with the employer as its subject: by a pronoun or verb ('pronoun'), by its name ('named'),
 * or by its name framing the employer's own voice ('framed': "At Fernleigh Insurance we …", "En Acme llevamos …").
 */
function readEmployerOpening(sentence: string, nested = false): 'pronoun' | 'named' | 'framed' | null {
  const trimmed = sentence.trim().replace(/^[^\p{L}\p{N}]+/u, '')
  const folded = normalizeText(trimmed)
  // "Founded in 1985, Acme has …", "Desde 1990, a Construtora …": the phrase describes the subject after its comma.
  const leading = LEADING_PHRASE.exec(folded)
  if (leading && !nested) return readEmployerOpening(trimmed.slice(leading[0].length), true)
  if (EMPLOYER_SUBJECT.test(folded)) return 'pronoun'
  const time = TIME_LEAD.exec(folded)
  if (time && EMPLOYER_SUBJECT.test(folded.slice(time[0].length))) return 'pronoun'
  const name = NAMED_OPENING.exec(trimmed)
  if (!name) return null
  const rest = normalizeText(trimmed.slice(name[0].length)).replace(/^[,\s]+/u, '')
  if (/^(?:at|en|na|no|em|in)\s/iu.test(name[0])) return EMPLOYER_SUBJECT.test(rest) ? 'framed' : null
  // Two capitalised words, or an article before one ("A UCR"), make a name when a verb follows it, past an aside
  // between commas ("O Colégio Santa Clara, em Recife, atende …"); a skill named with a date ("SAP FICO since 2015")
  // has no verb. A single capitalised word ("Wanderwell") is the sentence's first word unless a verb of being or
  // having follows it.
  // Only an aside the name's own comma opens is one: "Domínio de Incoterms 2020 e do cálculo (impostos, frete, …)" has
  // a list, not an aside, after its first comma.
  const opensAside = /^\s*,/u.test(trimmed.slice(name[0].length))
  const afterAside = opensAside ? rest.replace(/^[^,]{1,40},\s*/u, '') : rest
  const capitalised = name[0].split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word)).length
  // An unaccented "e" after the name joins a second thing to it ("Domínio de Incoterms 2020 e do cálculo …"); the
  // verb is spelt "é".
  if (/^\s*e\s/u.test(trimmed.slice(name[0].length))) return null
  if (AUXILIARY_AFTER_NAME.test(rest)) return 'named'
  return capitalised >= 2 && (VERB_AFTER_NAME.test(rest) || VERB_AFTER_NAME.test(afterAside)) ? 'named' : null
}

// A copula and an indefinite article after the name: the name said to be one of a class ("is a venue", "é uma
// padaria", "es un estudio"), a definition of the employer.
const CLASSIFYING_COPULA = /^(?:is|was|e|es|foi|fue|era)\s+(?:an?|um|uma|un|una)\s/u

/** "The Foundry Rooms is a 900-capacity venue …": a capitalised name defined by the class it belongs to. */
function classifiesName(sentence: string): boolean {
  const trimmed = sentence.trim().replace(/^[^\p{L}\p{N}]+/u, '')
  const name = NAMED_OPENING.exec(trimmed)
  if (!name) return false
  return CLASSIFYING_COPULA.test(normalizeText(trimmed.slice(name[0].length)).replace(/^[,\s]+/u, ''))
}

// A verb of being or having right after a name ("Wanderwell has …", "A Irmãos Kuhn é …").
const AUXILIARY_AFTER_NAME = /^(?:has|have|had|is|was|are|were|e|foi|es|fue|era|tem|tiene|esta)\s/u
// A finite verb after a name, told by its ending (EN "-s", "-ed"; PT and ES third person "-a", "-e", "-ou", "-eu",
// "-iu", "-o"), never a preposition or article that carries on a noun phrase ("since", "for", "de", "the").
const VERB_AFTER_NAME =
  /^(?:(?:has|have|had|is|was|are|were|e|foi|es|fue|era|tem|tiene|esta)\b|(?!(?:since|desde|for|por|in|em|en|at|with|com|con|and|or|ou|of|de|do|da|del|the|a|o|la|el|to|para|level|nivel|plus|mais|mas|e|y)\b)\p{L}+(?:s|ed|ou|eu|iu|a|e|o)\b)/u

/**
 * "A Laticínios Serra Azul nasceu em 1979 …", "Forty-four years on we have 31 stores …", "Cuarta generación
 * familiar, 180 personas y presencia en 25 países.", "We make games played by 3 million people a month, and we need
 * someone to look after the servers.": the employer telling its history, size or growth, with nothing asked of the
 * candidate in any of its clauses. Told by the subject (the employer, by pronoun, verb or name) and a word of history
 * or a count of the employer's people, places or customers; a clause that asks keeps the sentence a requirement.
 */
export function describesEmployer(whole: string): boolean {
  // A page's header glued to the company's first sentence ("Analyst · Acme · Leeds · £30,000 · Save · Acme started
  // in 2009 …"): the short parts are the listing's, the last part is the sentence.
  const parts = whole.split(/\s+[·|•]\s+/u)
  const glued = parts.length >= 3 && parts.slice(0, -1).every((part) => part.trim().split(/\s+/u).length <= 8)
  const sentence = glued ? (parts[parts.length - 1] ?? whole) : whole
  const folded = normalizeText(sentence.trim())
  const opening = readEmployerOpening(sentence)
  // A name framing the employer's voice needs no word of history: what follows is the employer's own account. A
  // name said to be a kind of place or business ("The Foundry Rooms is a 900-capacity venue", "A Padaria Sol é uma
  // padaria de bairro") tells what the employer is, as history does.
  if (
    opening !== 'framed' &&
    !HISTORY.test(folded) &&
    !((opening === 'pronoun' || opening === 'named') && YEARLY_COUNT.test(folded)) &&
    !(opening === 'named' && classifiesName(sentence))
  )
    return false
  // A line of counts with no subject ("Tercera generación, 200 personas, 12 países") is the company's too when it
  // counts a generation or a presence, which no candidate has: "a team of 10 across 3 countries" may be a track record.
  const counts = (folded.match(SIZE_COUNT) ?? []).length
  // "We welcome 90,000 visitors a year": the employer counting what it serves per year or month, whatever it serves.
  // A cue word there is the verb of receiving them ("we welcome"), not a kind of requirement.
  if ((opening === 'pronoun' || opening === 'named') && YEARLY_COUNT.test(folded))
    return !asksOutrightInAnyClause(folded) && !/\b(?:you|your|voce|tu|usted)\b/u.test(folded)
  if (opening === null && !(counts >= 1 && (GENERATION.test(folded) || PRESENCE.test(folded)))) return false
  return !asksInAnyClause(folded)
}

/**
 * True when a clause asks in so many words: a predicate of needing with a quality, an obligation on the reader, a
 * noun of qualification, a verb of valuing, the candidate named, an ability in a relative ("who can juggle"), or a
 * wish for a person of some quality. Unlike `clauseAsks`, merely addressing the reader ("we will reply to you") is
 * no ask.
 */
function clauseAsksOutright(clause: string): boolean {
  // "we need someone to look after the infrastructure": the predicate of needing takes an act, not a quality.
  const predicate = findRequirementPredicate(clause)
  if (predicate !== null && !WISHED_ACT.test(clause.slice(predicate))) return true
  return (
    READER_OBLIGED.test(clause) ||
    QUALIFICATION_NOUN.test(clause) ||
    VALUING.test(clause) ||
    CANDIDATE.test(clause) ||
    ABILITY_ASKED.test(clause) ||
    !wishesWithoutAsking(clause)
  )
}

// An ability asked in a relative clause ("a dispatcher who can juggle priorities", "alguien que sepa inglés").
const ABILITY_ASKED =
  /\b(?:who|that) (?:can|is able to|knows how to)\b|\bque (?:saiba|sepa|possa|pueda|consiga|domine|maneje)\b/u

/** True when some clause of a folded sentence asks in so many words (see `clauseAsksOutright`). */
export function asksOutrightInAnyClause(folded: string): boolean {
  return splitClauses(folded).some((clause) => clauseAsksOutright(clause))
}

function splitClauses(folded: string): string[] {
  return folded
    .split(/[,;:!?]\s+|\.\s+|\s+(?:and|so|but|e|y|mas|pero|porque|because)\s+/u)
    .map((clause) => clause.trim())
    .filter((clause) => clause.length > 0)
}

/** True when some clause of a folded sentence asks the candidate for something. */
export function asksInAnyClause(folded: string): boolean {
  return splitClauses(folded).some((clause) => clauseAsks(clause))
}

// Someone other than the employer's "we" seeking the role ("Familia busca enfermera …", "Clínica procura
// recepcionista …", "Our client, a regional bank, seeks …"): a short subject, then a verb of seeking in the third
// person.
const SEEKS_ROLE =
  /^(?:[\p{L}'&.,-]+\s+){1,8}?(?:busca|procura|seeks|is seeking|is looking for|is hiring|contrata)\s/u

/**
 * "Familia busca enfermera para acompañar a nuestra mamá de 84 años, que está postrada …": the role announced with
 * the work it is for and the person it serves, with nothing asked of the candidate in any clause.
 */
export function announcesRoleForWork(sentence: string): boolean {
  const folded = normalizeText(sentence.trim()).replace(/^[^\p{L}]+/u, '')
  const seeks = SEEKS_ROLE.exec(folded)
  if (!seeks || !WISHED_ACT.test(folded.slice(seeks[0].length))) return false
  return !asksInAnyClause(folded)
}

// A verb of requiring or seeking closing a line over a list ("Constructora Andina, con 25 años de obras, requiere:",
// "Acme, a 40-year-old bakery, is looking for:", "Buscamos profesionales con:"): the list below is what is asked.
const ASKED_LIST_LEAD =
  /(?:^|[,;]\s*|\s)(?:requiere[n]?|requer|requerem|solicita[n]?|necesita[n]?|precisa(?:m)? de|busca[n]?|procura[m]?|contrata[n]?|requires?|seeks?|is (?:looking for|hiring|seeking)|are (?:looking for|hiring|seeking)|needs?|buscamos|procuramos|necesitamos|precisamos de|requerimos|solicitamos|contratamos)(?:\s+(?:a|an|um|uma|un|una|el|la|o|os|as|los|las|profesionales|profissionais|people|someone|alguien|alguem|personas|pessoas)){0,2}(?:\s+(?:with|com|con|que|who))?\s*:\s*$/u

/**
 * True when a line, however long, ends by requiring or seeking with a colon, so it heads a list of what is asked
 * ("Constructora Andina del Sur S.A.C., con más de 25 años ejecutando obras, requiere:"): the employer's paragraph
 * keeps its asks, which are the items under it.
 */
export function introducesAskedList(line: string): boolean {
  return ASKED_LIST_LEAD.test(normalizeText(line.trim()))
}

// A noun phrase of a few words, then "with N years" ("Salão com 12 anos no bairro", "Bakery with 40 years on the high
// street", "Taller con más de 20 años …"): something counted in years of its own.
const AGED_NOUN_PHRASE =
  /^((?:[\p{L}-]+)(?: (?:de|da|do|del|of|for) [\p{L}-]+)?(?: [\p{L}-]+)?) (?:com|con|with) (?:(?:mais de|mas de|more than|over|almost|quase|casi|cerca de|about) )?[\p{L}\d-]+ (?:anos|years)\b/u
// Nouns of a person or of a qualification: "Técnico con 5 años …", "Experience with 3 years …" ask of the candidate.
const PERSON_OR_QUALIFICATION =
  /\b(?:profissional|professional|profesional|pessoa|persona|person|someone|alguem|alguien|candidat\p{L}*|individual|individuo|experience[ds]?|experiencia|vivencia|knowledge|conhecimento|conocimiento|formacao|formacion|degree|ensino|curso|course)\b/u
// A verb of requiring or seeking after the employer's description: the role it announces follows.
const SEEKS_AFTER =
  /\s(?:requiere|requer|solicita|busca|procura|contrata|necesita|precisa de|seeks|is seeking|is hiring|is looking for|needs)\s+(.*)$/u

/**
 * "Salão com 12 anos no bairro, clientela fiel …", "Bakery with 40 years on the high street and two shops", "Empresa
 * textil con más de 30 años exportando a Europa requiere supervisor de planta para su sede": a business told by its
 * own years, not a person or a qualification, with nothing asked; a role it announces with no quality asked of the
 * person ("requiere supervisor de planta para su sede") keeps it the employer's.
 */
export function describesBusinessByAge(sentence: string): boolean {
  const folded = normalizeText(sentence.trim())
    .replace(/^[^\p{L}]+/u, '')
    .replace(/\s+/gu, ' ')
  // The noun opens the sentence with its capital; "que cuente con dos años …" is a clause cut from an ask.
  if (!/^\p{Lu}/u.test(sentence.trim().replace(/^[^\p{L}]+/u, ''))) return false
  const aged = AGED_NOUN_PHRASE.exec(folded)
  if (
    !aged ||
    /^(?:que|quien|who|that|which|e|y|and|or|ou|o)\b/u.test(folded) ||
    PERSON_OR_QUALIFICATION.test(aged[1] ?? '') ||
    hasTitleWord(aged[1] ?? '')
  )
    return false
  const seeks = SEEKS_AFTER.exec(folded)
  if (seeks) {
    const role = seeks[1] ?? ''
    const description = folded.slice(0, seeks.index)
    return (
      hasTitleWord(role) &&
      !WANTS_QUALITY.test(role) &&
      !READER_OBLIGED.test(role) &&
      !asksOutrightInAnyClause(description) &&
      !/\b(?:you|your|voce|tu|usted)\b/u.test(folded)
    )
  }
  return !asksOutrightInAnyClause(folded) && !/\b(?:you|your|voce|tu|usted)\b/u.test(folded)
}
