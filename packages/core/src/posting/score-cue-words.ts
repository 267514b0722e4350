import { CUE_LEXICON } from './cue-lexicon.generated'
import { findCausativeEffect } from './find-causative-effect'
import { normalizeText } from './normalize-text'
import { readAskingFrame } from './read-asking-frame'
import { spellsStemVariant } from './spells-stem-variant'

/** What a heading can introduce. */
export type CueSection = 'nice_to_have' | 'required' | 'responsibilities' | 'benefits' | 'company'

/**
 * Small semantic anchors, as accent-folded word stems in EN, PT and ES. A heading word belongs to an anchor when it
 * starts with the stem (so "prefer" covers preferred, preferably, preferencia, preferible), which is what lets
 * phrasings never seen before land: the meaning is carried by the word family, not by the whole phrase.
 * Strong anchors (2) name the section outright; weak ones (1) only lean ("you" leans to what you must bring).
 */
const ANCHORS: ReadonlyArray<readonly [CueSection, number, readonly string[]]> = [
  // Wanting without needing: optional-ness, preference, extra credit, advantage.
  [
    'nice_to_have',
    2,
    [
      'plus',
      'pluses',
      'bonus',
      'nice',
      'ideal',
      'prefer',
      'desirab',
      'desired',
      'desejav',
      'deseab',
      'extra',
      'diferencia',
      'differentiat',
      'valora',
      'valoriz',
      'advantag',
      // What settles a tie between candidates otherwise equal ("Tie-breakers", "O que desempata", "Criterios de
      // desempate") is extra credit, not a bar.
      'tiebreak',
      'tie$',
      'desempat',
      'vantagem',
      'ventaja',
      'asset',
      'option',
      'opcion',
      'apprecia',
      'apreci',
      'welcome',
      'bienvenid',
      'wish',
      'stand$',
      'standout',
      'destac',
      'suma$',
      'great',
      'otimo',
      'genial',
      'good$',
      'better$',
      'melhor$',
      'mejor$',
      'helpful',
      'useful',
      'love$',
      'encantar',
    ],
  ],
  // Addition and hope: what comes on top of the rest ("If you also have", "Beyond that", "We hope you ...").
  [
    'nice_to_have',
    1.5,
    [
      'also$',
      'too$',
      'tambem$',
      'tambien$',
      'ademas$',
      'alem$',
      'beyond$',
      'further$',
      'hope',
      'edge$',
      'help$',
      'helps$',
    ],
  ],
  ['nice_to_have', 1, ['credit', 'additional', 'adicional', 'point', 'ponto', 'punto', 'impress']],
  // Needing: requirement, obligation, minimum, qualification.
  [
    'required',
    2,
    [
      'requir',
      'requer',
      'requisit',
      'must',
      'need',
      'necess',
      'necesit',
      'precis',
      'essential',
      'mandator',
      'obligat',
      'obrigat',
      'imprescind',
      'indispens',
      'minim',
      'qualif',
      // Latin America writes "calificaciones", Spain "cualificaciones".
      'calific',
      'cualific',
      // What excludes a candidate who lacks it ("Requisitos excluyentes") is a bar; denied ("no excluyente") it is an
      // option, which the denied need below reads.
      'excluyente',
      'expect',
      'looking',
      'seek',
      'busca',
      'procura',
      'esperamos',
      'exig',
      // Asking of the reader: "What we ask of you", "O que pedimos", "Lo que te pedimos".
      'ask$',
      'pedimos$',
    ],
  ],
  [
    'required',
    1,
    [
      'you',
      "you've",
      'voce',
      'ti',
      'usted',
      'skill',
      'habilidad',
      'competen',
      'experience',
      'experiencia',
      'knowledge',
      'conhecimento',
      'conocimiento',
      'profile',
      'perfil',
      'background',
      'succe',
      'foundation',
      'fundamental',
      'essentials',
      'criteria',
      'criterio',
    ],
  ],
  // Doing: duties, tasks, the work itself.
  [
    'responsibilities',
    2,
    [
      'respons',
      'duties',
      'duty',
      'task',
      'tarefa',
      'tarea',
      'do',
      'doing',
      'fazer',
      'fara',
      'hacer',
      'haras',
      'atribu',
      'ativid',
      'activid',
      'funcion',
      'funcoe',
      'day',
      'dia',
      'accountabil',
      'impact',
      // The rhythm of the work itself: a week, a routine, the everyday.
      'week',
      'semana',
      'routine',
      'rotina',
      'rutina',
      'daily',
      'everyday',
      'cotidian',
      'quotidian',
    ],
  ],
  [
    'responsibilities',
    1,
    [
      "you'll",
      'will',
      'vai$',
      'vas$',
      'role',
      'papel',
      'rol',
      'work',
      'trabalho',
      'trabajo',
      'mission',
      'missao',
      'mision',
    ],
  ],
  // Receiving: pay and perks.
  [
    'benefits',
    2,
    [
      'benefit',
      'benefic',
      'perk',
      'offer',
      'oferec',
      'ofrec',
      'compensa',
      'salar',
      'remunera',
      'pay$',
      'reward',
      'recompens',
      // The terms of the contract ("Condiciones", "Condições"): what the employer offers, not what it asks.
      'condic',
      // Mexico's word for the benefits a contract grants ("Prestaciones de ley", "Prestaciones superiores").
      'prestacion',
    ],
  ],
  // The employer speaking about itself.
  [
    'company',
    1,
    ['us', 'we', 'nos', 'nosotros', 'somos', 'company', 'empresa', 'compania', 'culture', 'cultura', 'team'],
  ],
  // The hiring process ("Etapas do processo", "Interview process") is the employer's procedure, not the role.
  [
    'company',
    2,
    ['process', 'proceso', 'etapa', 'stage', 'interview', 'entrevista', 'selection', 'selecao', 'seleccion'],
  ],
  // Other listings the page recommends ("Similar jobs", "Vagas semelhantes", "Ofertas similares", "Recommended for
  // you"): the site speaking, not the role. Its lines are set aside like the company's.
  ['company', 2, ['similar', 'similares', 'parecid', 'semelhant', 'recommended', 'recomendad']],
  // "Our mission" is the company speaking; "Our benefits" still names the benefits, which score higher.
  ['company', 1.5, ['our$', 'nossa$', 'nosso$', 'nuestra$', 'nuestro$']],
]

// Words that carry no section meaning: they may surround anchors without making the line content.
const FUNCTION_WORDS = new Set(
  (
    "about sobre acerca but though although aunque embora mas pero even haves desejado desejada deseado deseada a an the and or of to in on for with as at by from is are be been it its it's if this that what what's who whom why how quien quienes quem " +
    'where when onde quando donde cuando ' +
    'where when onde quando donde cuando ' +
    "which will would could should can may might we'd you'd you'll you're we're we'll your our their they " +
    'have has having had get make makes made also out more really very some any all key main core & + technical tech ' +
    'candidate position job qualifications requirements skills skill stack things thing coisas coisa cosas cosa areas area other others ' +
    'outro outros outra outras otro otros otra otras ' +
    'o os as um uma de do da dos das e em no na nos nas para por com que se seu sua seus suas voce ser sera seria ' +
    'tiver tenha tenhas tivesse tivesses possua possuir tem ter principais tecnicos tecnicas conhecimentos el la los las un una del al y en con para ' +
    'por que lo tu tus su sus si tienes tengas tuvieras tuviera cuentes cuentas tener seria es son principales tecnicos tecnicas'
  ).split(/\s+/),
)

// A need denied of the thing, whatever the tense or number of its verb: "not required", "won't be mandatory",
// "aren't deal-breakers", "não serão obrigatórios", "no son excluyentes". What is not needed is an option; "you don't need a
// degree" denies the reader's need instead, and names what is not asked at all.
const NEGATED_NEED =
  /(?:\b(?:not|nao|no|never|nunca|nem|ni)|n't)(?: (?:be|been|is|are|was|were|strictly|necessarily|always|really|e|es|son|sao|sera|seran|serao|seja|sejam|sea|sean|estrictamente|necesariamente|necessariamente|a|an|um|uma|un|una)){0,2} (?:requir|obrigat|obligat|necess?ari|necess?ary|mandator|exclu|essential|esencial|essencial|imprescind|indispens|must|preciso|deal[ -]?breaker)/u
// A concession joins the denied need to what the thing still does for the reader ("not required, but it helps").
const CONDITIONAL_EVALUATION =
  /\b(?:would|could|might|'d|seria|seriam|serian)\s+(?:be\s+)?(?:(?:really|so|very|super|muy|muito|tan|tao)\s+)?(\p{L}+)/u
const CONCESSION = /\b(?:but|yet|though|although|pero|aunque|mas|porem|embora|contudo)\b/u

export const REFUSED_CONCESSION =
  /\b(?:not|nao|no|never|nunca|can't|cannot|won't|don't|wont|cant|dont)\s+(?:\S+\s+)?(?:compromis\w*|budg\w*|give up|giving up|abr\w+ mao|abrimos mao|renunci\w*|prescind\w*|flexibiliz\w*|cede\w*|skip\w*|waive\w*)/
// A conditional that softens a verb of wanting aimed at someone who is to do or have something ("we'd like you to
// have", "we would want candidates to bring", "gostaríamos que você tenha", "nos gustaría que tengas") is a polite
// request: the want has the reader as its agent, so the thing is asked for. Only a conditional that weighs the thing
// itself ("would be great", "we'd love it if you had") wishes rather than asks. A wish to meet a kind of person ("We'd
// like to hear from people who have…", "Gostaríamos de conhecer pessoas que tenham…") names who is sought: asked too.
export const POLITE_REQUEST =
  /\b(?:would|'d|should)\s+(?:(?:really|also|just)\s+)?(?:like|want|need|expect|ask|require)\s+(?:(?:you|them|everyone|(?:the |our |a |an |all |every )?(?:candidates?|applicants?|persons?|people|hires?|new hires?))\s+)(?:also\s+)?to\b|\b(?:gostari(?:a|amos)|quereri(?:a|amos)|(?:nos|me) gustaria|quisieramos|quisiera)\s+(?:de\s+)?que\b|\b(?:would|'d)\s+(?:(?:really|also|just)\s+)?(?:like|love|want)\s+to\s+(?:hear from|meet|talk to|speak (?:to|with)|see applications from|receive applications from)\s+(?:(?:the\s+)?(?:people|persons?|candidates?|applicants?|someone|anyone|those|professionals?))\s+(?:who|that|with)\b|\b(?:gostari(?:a|amos)|adorari(?:a|amos)|(?:nos|me) gustaria|(?:nos|me) encantaria)\s+(?:de\s+)?(?:conhecer|ouvir|receber (?:candidaturas|curriculos) de|conocer|recibir (?:postulaciones|candidaturas|cvs) de|hablar con|falar com)\s+(?:a\s+)?(?:pessoas|profissionais|candidat[oa]s|alguem|quem|personas|profesionales|alguien|quienes)\s*(?:que|com|con)?\b/u

const CONDITIONAL =
  /\b(?:would|could|might|we'd|you'd|seria|seriam|gostariamos|gostaria|sera que|seria|serian|podria|podrian|nos gustaria|encantaria)\b|\b(?:nos|me|te|lhe|le|que)\s+\p{L}{1,}(?:aria|eria|iria)(?:n|m|mos)?\b/u

// A word of the conditional mood: an auxiliary ("would") or a Romance conditional after its clitic or relative
// ("que deixariam", "nos haría").
function isConditionalWord(word: string, before: string | undefined): boolean {
  if (/^(?:would|could|might|we'd|you'd|it'd|they'd|seria|seriam|serian)$/u.test(word)) return true
  return (
    /^(?:nos|me|te|lhe|le|que)$/u.test(before ?? '') &&
    /^\p{L}{1,}(?:aria|eria|iria)(?:n|m|mos)?$/u.test(word)
  )
}

/**
 * The indexes of the words that say what the things a heading names would do ("Things that would make our foreman
 * grin", "Coisas que deixariam nossa chefe feliz", "Lo que nos haría saltar de alegría"): a conditional that only
 * weighs what follows, so its words are the weighing, not content. Only after a bare subject of function words, so a
 * line that names something first ("Forklift experience would help") keeps its content.
 */
function wordsOfConditionalConsequence(words: readonly string[]): Set<number> {
  const at = words.findIndex((word, index) => isConditionalWord(word, words[index - 1]))
  const inside = new Set<number>()
  if (at <= 0 || words.length - at - 1 > 7) return inside
  if (
    !words
      .slice(0, at)
      .every((word) => FUNCTION_WORDS.has(word) || /^(?:nos|me|te|lhe|le|coisas?|cosas?)$/u.test(word))
  )
    return inside
  for (let index = at; index < words.length; index += 1) inside.add(index)
  return inside
}

// A verb that makes something happen to someone ("make you shine", "fazem seus olhos brilharem", "hacen que
// destaques", "deixam a candidatura mais forte"): in a relative clause it tells the effect of what the heading names.
const CAUSATIVE =
  /^(?:make|makes|get|gets|set|sets|fazem|faz|fariam|faria|deixam|deixa|deixariam|deixaria|tornam|torna|hacen|hace|harian|haria|vuelven|vuelve|ponen|pone)$/u
const RELATIVE = /^(?:that|which|who|que|quem|quien|quienes)$/u

/**
 * The indexes of the words of a relative clause that tells what the things a heading names do to the reader
 * ("Diferenciais que fazem seus olhos brilharem", "Extras that make your application shine", "Puntos que hacen que
 * destaques"): the causative verb only weighs the named things, so its clause is the weighing, not content. Only
 * after a subject made of section words and function words ("Diferenciais", "Pontos", "Extras"), so a line that names
 * a thing first ("Experience that shows leadership") keeps its content.
 */
function wordsOfCausativeRelative(words: readonly string[]): Set<number> {
  const inside = new Set<number>()
  const at = words.findIndex((word) => RELATIVE.test(word))
  if (at <= 0 || words.length - at - 1 > 8) return inside
  const subject = words.slice(0, at)
  const sections = subject.map((word) => stemAnchorOf(word)?.section)
  if (!sections.some((section) => section === 'nice_to_have' || section === 'required')) return inside
  if (!subject.every((word, index) => sections[index] !== undefined || FUNCTION_WORDS.has(word)))
    return inside
  // The verb comes right after the relative, or after a clitic or an auxiliary ("que te hacen", "that would make").
  const verbs = words.slice(at + 1, at + 3)
  const causes = verbs.some(
    (word, index) => CAUSATIVE.test(word) || isConditionalWord(word, words[at + index]),
  )
  if (!causes) return inside
  for (let index = at; index < words.length; index += 1) inside.add(index)
  return inside
}

// What comes on top of the rest ("And if on top of that…", "Y si encima…", "E se ainda por cima…"): an addition.
const ON_TOP = /\b(?:on top of (?:that|this|it|all)|(?:ainda )?por cima|encima|de quebra)\b/u

// Being made right for the role ("What makes you a good fit", "O que te torna a pessoa certa") is what it takes.
const SUITED =
  /^(?:fit|match|right|suited|suitable|qualified|certa|certo|indicad[oa]|adequad[oa]|adecuad[oa]|idone[oa])$/u

// "The ideal candidate" / "Perfil ideal" introduce what is asked for, not what is optional.
const IDEAL_PERSON =
  /\bideal (?:candidate|person|profile|match|fit)|\b(?:candidat[oa]|perfil|persona|pessoa) ideal\b/

// A heading that sets a condition on the reader: a main clause, "if" ("se", "si", "caso"), and the reader having or
// bringing something in the condition.
const READER_CONDITION = /^(.*?)\b(?:if|se|si|caso)\s+(.*)$/u
const READER = /\b(?:you|you're|you'd|you'll|voce|tu|usted)\b/u
// The reader having or bringing something, which is what the condition asks ("if you have", "se tiver", "si cuentas").
const HAVING_IN_CONDITION =
  /\b(?:have|has|had|bring|hold|possess|know|tiver|tivesse|tenha|tem|possui|possuir|trouxer|souber|tienes|tengas|tuvieras|tuvieses|cuentas|cuentes|contaras|traes|sabes|conoces|posees)\b/u
// Addition: what the condition asks comes on top of the rest ("if you also had", "se também tiver", "si además").
const ADDITION = /\b(?:also|too|as well|tambem|tambien|ademas|alem disso|on top|por cima|encima)\b/u
// The main clause's evaluative word ("lovely", "a great fit") weighs the reader or the wish, so it is no content.
const EVALUATED =
  /\b(?:be|being|is|are|'re|e|es|seria|sera|seras|serias)\s+(?:(?:a|an|um|uma|un|una|so|really|very|muy|muito|tan|tao)\s+)*(\p{L}+)(?:\s+(fit|match))?\s*$/u

/**
 * Reads a heading that sets a condition on the reader ("You're a great fit if you have", "It would be lovely if you
 * also had", "Você se encaixa se tiver"). A condition of addition asks for extras: nice to have. Otherwise, with the
 * reader as the subject of the main clause, the condition is what it takes to be right for the role: required. An
 * impersonal wish with no addition ("It would be great if you had") is left to the mood of the rest of the heading.
 */
function readReaderCondition(normalized: string): { section: CueSection; evaluated: string[] } | null {
  const condition = READER_CONDITION.exec(normalized)
  if (!condition) return null
  const main = condition[1] ?? ''
  const clause = condition[2] ?? ''
  // "What you'll do if you join us" conditions the doing, not what the reader has.
  if (!HAVING_IN_CONDITION.test(clause)) return null
  const evaluated = EVALUATED.exec(main.trim())
  const words = evaluated ? [evaluated[1] ?? '', evaluated[2] ?? ''].filter((word) => word.length > 0) : []
  if (ADDITION.test(clause)) return { section: 'nice_to_have', evaluated: words }
  if (READER.test(main) && !ADDITION.test(main)) return { section: 'required', evaluated: words }
  return null
}

// The reader receiving ("What you'll get", "What's in it for you", "O que você ganha", "Lo que recibirás", "Qué te
// llevas"): a verb of getting with the reader as its subject, or the idiom of gain, heads what the employer gives.
const READER_RECEIVES =
  /\b(?:you|you'll|you'd|voce|tu|te)\s+(?:(?:will|would|also|vai|va a|vas a|tambem|tambien)\s+)*(?:get|gain|receive|earn|enjoy|ganh\p{L}*|receb\p{L}*|recib\p{L}*|ganas|ganaras|obten\p{L}*|obtien\p{L}*|llevas|llevaras|disfrut\p{L}*)\b(?! to\b)|\b(?:recibiras|ganaras|obtendras|disfrutaras)\b|\bin it for (?:you|me)\b/u

// The employer giving to the reader: "we give you", "we'll provide you", "te damos", "te brindamos", "lhe damos", "a gente
// te dá": a verb of giving with the employer as its subject and the reader as its indirect object.
const EMPLOYER_GIVES =
  /\bwe(?:'ll| will| also)?\s+(?:give|provide|offer|pay|grant|hand)\s+you\b|\b(?:te|le|les|lhe|lhes|vos)\s+(?:damos|daremos|damos|brindamos|brindaremos|ofrecemos|ofreceremos|oferecemos|ofereceremos|pagamos|garantimos|garantizamos|proporcionamos|regalamos|entregamos)\b|\b(?:a gente|nos|nosotros)\s+(?:te|lhe|le)\s+(?:da|dara|oferece|paga|garante|damos|ofrecemos|brindamos)\b/u

// A relative clause whose verb is one of winning or earning, with the reader at most as its indirect object: the things
// the heading names are the ones that gain. With the reader as the subject ("What you'll earn") it is pay instead,
// which READER_RECEIVES reads.
const THINGS_EARN =
  /\b(?:that|which|que)\s+(?:(?:will|would|can|could|also)\s+)?(?:(?:te|lhe|le|nos|you|voce)\s+)?(?:wins?|earns?|scores?|ganh\p{L}*|rend\p{L}*|gana|ganan|ganaran|ganarian|valen|valem)\s+(?:(?:you|te|lhe|voce)\s+)?(?:(?:an?|um|uma|un|una|some|algun[oa]s?|alguns|algumas|extra)\s+)?\p{L}+(?:\s+\p{L}+)?$/u

/** The indexes of the words a match of `pattern` covers in the words joined by single spaces. */
function wordsInside(words: readonly string[], pattern: RegExp): Set<number> {
  const text = words.join(' ')
  const inside = new Set<number>()
  for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))) {
    let start = 0
    for (const [index, word] of words.entries()) {
      if (start < match.index + match[0].length && start + word.length > match.index) inside.add(index)
      start += word.length + 1
    }
  }
  return inside
}

function wordsOf(text: string): string[] {
  return normalizeText(text)
    .replace(/\bpre[-–—]\s*(?=\p{L})/gu, 'pre')
    .replace(/[-–—/]/g, ' ')
    .replace(/[^\p{L}\p{N}'&+\s]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0)
}

// WordNet synonyms lean a heading toward wanting or needing. Only these two: they decide a requirement's kind, while a
// wrong "company" or "benefits" reading would drop the requirements under the heading.
const LEXICON: ReadonlyArray<readonly [CueSection, ReadonlySet<string>]> = [
  ['nice_to_have', new Set<string>(CUE_LEXICON.nice_to_have)],
  ['required', new Set<string>(CUE_LEXICON.required)],
]

/** The word and the forms it may stand for once a plural, past, gerund or adverb ending is taken off. */
function inflections(word: string): string[] {
  const forms = [word]
  for (const [ending, replacement] of [
    ['ies', 'y'],
    ['es', ''],
    ['s', ''],
    ['ed', ''],
    ['ed', 'e'],
    ['ing', ''],
    ['ing', 'e'],
    ['ly', ''],
  ] as const)
    if (word.endsWith(ending) && word.length - ending.length >= 3)
      forms.push(`${word.slice(0, -ending.length)}${replacement}`)
  return forms
}

// A prefix that only says "before" ("Prerequisites", "Pré-requisitos", "Prerrequisitos") leaves the word's meaning to
// what follows it; Spanish doubles the r after it.
const BEFORE_PREFIX = /^pre(?:r(?=r))?/u

function anchorOf(word: string): { section: CueSection; weight: number } | null {
  const anchor = stemAnchorOf(word)
  if (anchor) return anchor
  const unprefixed = word.replace(BEFORE_PREFIX, '')
  if (unprefixed !== word && unprefixed.length >= 5) {
    const after = stemAnchorOf(unprefixed)
    if (after) return after
  }
  for (const form of inflections(word.replace(/'s$/, ''))) {
    for (const [section, words] of LEXICON) if (words.has(form)) return { section, weight: 1 }
  }
  return null
}

function stemAnchorOf(word: string): { section: CueSection; weight: number } | null {
  const bare = word.replace(/'s$/, '')
  for (const [section, weight, stems] of ANCHORS) {
    for (const stem of stems) {
      // Short stems ("do", "us", "ti") and stems marked "$" must be the whole word; longer ones cover their family.
      // A whole-word stem keeps its meaning in its inflections: "asking" and "asked" ask as "ask" does.
      if (stem.endsWith('$')) {
        if (inflections(bare).includes(stem.slice(0, -1))) return { section, weight }
      } else if (stem.length <= 4 ? bare === stem || bare === `${stem}s` : bare.startsWith(stem))
        return { section, weight }
      // A stem of four letters of wanting or needing keeps its meaning in its inflections ("hoping", "needed");
      // shorter ones ("us", "do") would be found inside other words ("using", "dose"), and those of the work name
      // things once inflected ("Working conditions").
      else if (
        stem.length === 4 &&
        (section === 'required' || section === 'nice_to_have') &&
        inflections(bare).slice(1).includes(stem)
      )
        return { section, weight }
    }
  }
  return null
}

/** The anchor a word stands for once spelled one letter away from a long stem. */
function variantAnchorOf(word: string): { section: CueSection; weight: number } | null {
  for (const [section, weight, stems] of ANCHORS) {
    // A misread employer's heading would set aside the lines under it: the company's words are read as spelled.
    if (section === 'company') continue
    for (const stem of stems)
      if (!stem.endsWith('$') && spellsStemVariant(word, stem)) return { section, weight }
  }
  return null
}

/**
 * The one word of a heading-shaped line that is spelled otherwise than its anchor ("Cualificaciones", "Benifits",
 * "Requistos mínimos", "Prerequisites"), with the anchor it stands for. Only on a line of a few words where every
 * other word is a section's or a function word: the line then has no room for a sentence, and a letter of slack
 * cannot turn content ("Expert welders") into a heading.
 */
function readVariantWord(
  words: readonly string[],
): { index: number; section: CueSection; weight: number } | null {
  if (words.length > 4) return null
  const unknown = words.flatMap((word, index) =>
    FUNCTION_WORDS.has(word) || anchorOf(word) !== null ? [] : [index],
  )
  const index = unknown[0]
  if (unknown.length !== 1 || index === undefined) return null
  const anchor = variantAnchorOf(words[index] ?? '')
  return anchor ? { index, ...anchor } : null
}

// Portuguese "do" ("of the") is spelled like the English verb of doing: "Perfil do candidato", "Descrição do cargo".
// The verb closes its heading ("What you'll do") or follows its subject or auxiliary ("What we do at Acme").
const BEFORE_DO =
  /^(?:you|you'll|you'd|we|we'll|i|they|to|will|would|can|could|should|must|what|don't|did|does)$/u

function readsAsPreposition(words: readonly string[], index: number): boolean {
  const before = words[index - 1]
  return before !== undefined && index < words.length - 1 && !BEFORE_DO.test(before)
}

/**
 * Scores a heading's words against the anchors. Returns the best section, or null when the words carry no section
 * meaning or too many of them are content ("Python preferred" is a requirement, not a heading). `decorated` headings
 * (markdown, trailing colon) may carry one more content word, since their form already says "heading".
 */
export function scoreHeadingWords(heading: string, decorated: boolean, relaxed = false): CueSection | null {
  const words = wordsOf(heading)
  // A heading that is only the name of a class of qualification ("Education", "Formação", "Idiomas", "Licencias")
  // opens what is asked of that class: it names no duty, perk or employer, and the lines under it are the asks. Only
  // where the line's form or place already says heading: a bare word in running text ("Licenses Driver's License Do
  // you have…") is a board's widget label, not a section of the posting.
  const named = words.filter((word) => !FUNCTION_WORDS.has(word))
  if (
    (decorated || relaxed) &&
    named.length === 1 &&
    words.length <= 3 &&
    QUALIFICATION_CLASS.test(named[0] ?? '')
  )
    return 'required'
  const normalized = words.join(' ')
  const negatedNeed = NEGATED_NEED.test(normalized)
  // A denied need conceded to help ("No obligatorio, pero te va a servir") says why the extras count: its words are
  // the concession's, not content the heading names, and it takes a few more of them.
  const conceded = negatedNeed && CONCESSION.test(normalized)
  // The weighing a conditional adds ("would really tip the scales in your favour") does not lengthen what is named.
  // What the listed things would do to someone ("Vai fazer seus olhos brilharem na entrevista") weighs them too.
  const effect = findCausativeEffect(words)
  const consequence = new Set([
    ...wordsOfConditionalConsequence(words),
    ...wordsOfCausativeRelative(words),
    ...effect,
  ])
  // "not required" / "nao obrigatorio" / "no excluyente": a negated need is an option.
  // Words inside a cue a line may carry ("counts in your favour", "not required") state the kind, not content, and
  // do not lengthen what the heading names either ("What gets you to the front of the line").
  const cued = wordsInNiceCues(words)
  const weighing = new Set([...consequence, ...cued]).size
  if (words.length === 0 || words.length - weighing > (relaxed || conceded ? 12 : 8)) return null
  const scores = new Map<CueSection, number>()
  let content = 0
  // The word a conditional weighs the extras with ("What would be lovely", "Sería genial") is no content either.
  const evaluation = CONDITIONAL_EVALUATION.exec(normalized)?.[1]
  // After a denied need, the clause a concession adds ("No obligatorio, pero te va a servir") only says why it helps.
  const denial = NEGATED_NEED.exec(normalized)?.index ?? -1
  const concession = CONCESSION.exec(normalized)?.index ?? -1
  const readerCondition = readReaderCondition(normalized)
  const receiving = wordsInside(words, READER_RECEIVES)
  // The same receiving told from the giver's side: the employer gives the reader ("What we give you", "Lo que te
  // damos", "O que a gente te dá"). The giving words weigh, and the employer speaking names no section here.
  const given = wordsInside(words, EMPLOYER_GIVES)
  // The listed things as the ones that win the reader something ("Tricks that earn a treat", "Coisas que te rendem
  // pontos", "Lo que te gana puntos"): a reward for having them, so they are extras, and the reward's words weigh.
  const rewarded = wordsInside(words, THINGS_EARN)
  const onTop = wordsInside(words, ON_TOP)
  const variant = readVariantWord(words)
  // What the reader is to bring or have, an idiom of obligation, or its denial: the frame's words weigh, and name
  // the section themselves.
  const asking = readAskingFrame(words)
  // Having framed by a cue of wanting ("It wouldn't hurt if you have", "No estaría de más que tengas") is the frame
  // of an extra: the cue decides, and the verb only stops counting as content.
  const wished = cued.size > 0 || CONDITIONAL.test(normalized) || readerCondition !== null || negatedNeed
  if (asking && (asking.section === 'nice_to_have' || !wished))
    scores.set(asking.section, (scores.get(asking.section) ?? 0) + 3)
  for (const [index, word] of words.entries()) {
    if (readerCondition?.evaluated.includes(word)) continue
    if (receiving.has(index) || consequence.has(index) || onTop.has(index) || rewarded.has(index)) continue
    if (given.has(index)) continue
    if (asking?.words.has(index)) continue
    if (/^dos?$/u.test(word) && readsAsPreposition(words, index)) continue
    // "Do you have…?", "Does the role suit you?": the auxiliary that opens a question does no work of its own.
    if (index === 0 && /^(?:do|does|did)$/u.test(word) && words.length > 1) continue
    const anchor = variant?.index === index ? variant : anchorOf(word)
    if (word.startsWith('ideal') && IDEAL_PERSON.test(normalized)) {
      scores.set('required', (scores.get('required') ?? 0) + 2)
      continue
    }
    if (anchor) {
      scores.set(anchor.section, (scores.get(anchor.section) ?? 0) + anchor.weight)
      continue
    }
    // The wanting verb of a polite request carries the request itself, scored below.
    if (
      POLITE_REQUEST.test(normalized) &&
      /^(?:like|want|gustaria|gostaria|gostariamos|quereria|querriamos)$/.test(word)
    )
      continue
    const inConcession =
      conceded && denial < concession && words.slice(0, index).join(' ').length > concession
    if (
      !FUNCTION_WORDS.has(word) &&
      !cued.has(index) &&
      word !== evaluation &&
      !inConcession &&
      !/^(?:not|nao|no|non|excluyente|negotiab\w*|inegociav\w*|negociab\w*|deal|breakers?|dealbreakers?)$/.test(
        word,
      )
    )
      content += 1
  }
  if (cued.size > 0) scores.set('nice_to_have', (scores.get('nice_to_have') ?? 0) + 2)
  // Moving someone to delight ("make us smile", "te hará destacar") is what an extra does; moving them to succeed or
  // qualify ("What will make you successful here") is what it takes, so a word of needing in the effect keeps it asked.
  if (effect.size > 0) {
    const moved = [...effect].map((index) => words[index] ?? '')
    const needed =
      moved.some(
        (word) =>
          (!/^(?:you|voce|usted|ti)$/u.test(word) && stemAnchorOf(word)?.section === 'required') ||
          SUITED.test(word),
      ) || IDEAL_PERSON.test(moved.join(' '))
    // A comparative in the effect ("make your profile more seasoned", "deixam seu perfil mais forte", "te hacen
    // destacar más") raises the candidate above the bar rather than up to it: what does that is an extra.
    const raised = moved.some((word) => COMPARATIVE.test(word))
    const section = needed && !raised ? 'required' : 'nice_to_have'
    scores.set(section, (scores.get(section) ?? 0) + 2)
  }
  if (receiving.size > 0) scores.set('benefits', (scores.get('benefits') ?? 0) + 3)
  if (given.size > 0) {
    scores.set('benefits', (scores.get('benefits') ?? 0) + 3)
    scores.delete('company')
  }
  if (rewarded.size > 0) scores.set('nice_to_have', (scores.get('nice_to_have') ?? 0) + 3)
  if (onTop.size > 0) scores.set('nice_to_have', (scores.get('nice_to_have') ?? 0) + 2)
  // "What we do" is the company describing itself; "What you'll do" is the role. The subject decides whose doing it is.
  const weSpeak = words.some((word) => /^(?:we|we're|nos|nosotros|somos)$/.test(word))
  const youAddressed = words.some((word) => /^(?:you|you'll|you're|voce|ti|tu|usted)$/.test(word))
  if (weSpeak && !youAddressed && scores.has('responsibilities')) {
    scores.set('company', (scores.get('company') ?? 0) + (scores.get('responsibilities') ?? 0))
    scores.delete('responsibilities')
  }
  // What the reader brings ("What you'll bring", "O que você traz", "Lo que aportas") is what is asked of them; what
  // the company brings is its offer, so the verb counts only with the reader as its subject.
  if (youAddressed && words.some((word) => /^(?:bring|traz|trazer|traes|aportas|aportar)$/.test(word)))
    scores.set('required', (scores.get('required') ?? 0) + 2)
  // "Non-negotiables": what cannot be bargained away is required.
  if (/\bnon negotiab|\bnot negotiab|\binegociav|\bno negociab/.test(normalized))
    scores.set('required', (scores.get('required') ?? 0) + 3)
  // A concession refused ("we won't compromise on", "não abrimos mão", "no renunciamos a") names what is required.
  if (REFUSED_CONCESSION.test(normalized)) scores.set('required', (scores.get('required') ?? 0) + 3)
  // A heading in the conditional mood ("What would make us happy", "Seria bom") wishes rather than demands.
  // It outweighs the company speaking ("would make our team happy"), not the doing or the offering it may qualify.
  const politeRequest = POLITE_REQUEST.test(normalized)
  if (politeRequest) scores.set('required', (scores.get('required') ?? 0) + 2)
  else if (CONDITIONAL.test(normalized)) {
    const qualifies = scores.has('responsibilities') || scores.has('benefits')
    scores.set('nice_to_have', (scores.get('nice_to_have') ?? 0) + (qualifies ? 1 : 2))
  }
  if (readerCondition) scores.set(readerCondition.section, (scores.get(readerCondition.section) ?? 0) + 4)
  if (negatedNeed) {
    scores.set('nice_to_have', (scores.get('nice_to_have') ?? 0) + 3)
    scores.delete('required')
  }
  // A line that opens a bullet list is a heading by position, so it may carry a few more words of its own.
  if (content > (relaxed ? 3 : decorated ? 1 : 0)) return null
  // One leaning word alone ("Role", "Team") is too weak to make a bare line a heading; it may be a title.
  if (words.length === 1 && !decorated && Math.max(0, ...scores.values()) < 2) return null
  // The company speaking about itself wants nothing and offers nothing: any other meaning in the heading wins.
  if ([...scores.entries()].some(([section, score]) => section !== 'company' && score >= 2))
    scores.delete('company')
  // Ties go to the narrower meaning: "Preferred qualifications" is optional before it is a qualification.
  const order: CueSection[] = ['nice_to_have', 'required', 'responsibilities', 'benefits', 'company']
  let best: CueSection | null = null
  let bestScore = 0
  for (const section of order) {
    const score = scores.get(section) ?? 0
    if (score > bestScore) {
      best = section
      bestScore = score
    }
  }
  return best
}

// The classes of qualification a posting asks for, as accent-folded stems in EN, PT and ES: schooling, training
// for a trade, languages, licences and certificates. Only a heading made of one of them alone reads by this.
const QUALIFICATION_CLASS =
  /^(?:educat\w*|educac\w*|formac\w*|escolar\w*|schooling|estudios?|academic\w*|academica?s?|titulac\w*|degrees?|diplomas?|languages?|idiomas?|linguas?|lenguas?|licen[cs]\w*|certifica\w*|credentials?|credenciales?|habilitac\w*|qualifications?|experiences?|experiencias?)$/u

// Words of degree that raise what they qualify above where it stands ("more", "mais", "más", "better", "melhor").
// Read only inside the effect a causative verb tells, where Portuguese "mas" ("but") does not stand.
const COMPARATIVE = /^(?:more|better|further|mais|mas|melhor|melhores|mejor|mejores)$/u

// Verbs of placing or moving someone, and the places ahead of the rest, in EN, PT and ES.
const PLACING =
  '(?:puts?|gets?|moves?|takes?|brings?|pushes|push|places?|bumps?|jumps?|poe|poem|coloca|colocam|colocara|leva|levam|levara|fica|ficam|ficara|ficarao|passa|passam|pone|ponen|pondra|lleva|llevan|llevara|queda|quedan|quedara|pasa|pasan)'
const AHEAD =
  '(?:to|at|in) (?:the )?(?:front|head|top)\\b|ahead\\b|(?:na|a|em|en|al|a la)\\s+(?:frente|delantera|cabeza|cabeca)\\b|por delante\\b|adelante\\b|(?:no|en el|al|ao) topo\\b'

// Inside a line the anchors must be read in context: "asset management" or "desired outcomes" are not options.
const NICE_IN_LINE = [
  /\b(?:an?|um|uma|un|una|is|are|be|e|es|sera|seria)\s+(?:(?:big|huge|strong|great|real|definite|clear|major|nice|grande|gran|bom|buen)\s+)?(?:plus|advantage|asset|vantagem|ventaja|extra|diferencial)\b/,
  /\bbonus\b/,
  /\bpluses\b/,
  // Said to help rather than to be needed: "is beneficial", "highly regarded", "would help".
  // "You will help with snow removal" is the reader's work, not a thing that would help.
  /(?<!\b(?:you|voce|tu)\s)\b(?:is|are|be|would|will|could)\s+(?:(?:be|considered|seen as)\s+)?(?:(?:highly|very|especially|particularly|definitely|also)\s+)?(?:beneficial|helpful|useful|regarded|valued|appreciated|welcome|advantageous|help)\b(?! to\b)/,
  // "The ideal candidate has …", "O perfil ideal tem …": the person sought, described; what it has is asked.
  /(?<!\b(?:perfil|profile|candidat[oa]s?|pessoa|persona|person|profissional|profesional|professional|hire|match|fit)\s)\bideal(?:ly|mente)?\b(?! (?:candidate|person|profile|fit|match))/,
  /\bprefer(?:red|ably|able|ible|encia|encial|encialmente|iblemente|entemente|ivel)\b/,
  // The comparative of good, raised, closing what the thing would add ("Power BI, melhor ainda", "a forklift ticket
  // is even better", "si es avanzado, mucho mejor"): having it is better than the bar, so the bar is below it. Only
  // where it closes its clause or opens a condition: "make the app even better" or "an even better product" is work.
  /(?<!\bto\s+(?:be|become|get)\s+|\b(?:make|makes|making|made|get|gets|getting|keep|become|fazer|faz|fazem|deixar|deixa|tornar|torna|hacer|hace|hacen|volver|vuelve|dejar|deja)\b(?:\s+\S+){0,4}\s+)\b(?:(?:even|still|all the|so much the|much|far) better|better still|(?:ainda|tanto|muito|bem) melhor|melhor ainda|(?:mucho|muchisimo|aun|todavia|tanto) mejor|mejor (?:aun|todavia))(?=\s*(?:[.!;,)]|$)|\s+(?:if|when|where|se|quando|caso|si|cuando)\b)/,
  /\b(?:nice|good|great)[ -]to[ -](?:have|know)\b/,
  /\bdesirab\w*|\bdesejav\w*|\bdeseab\w*/,
  /\bdiferencia(?:l|is|les)\b/,
  /\bvalor(?:a|ad[oa]s?|able|ables|ara|amos|aremos|izad[oa]|izamos|izaremos)\b/,
  /\badvantageous\b/,
  /\boptional(?:ly)?\b|\bopcional\b/,
  /\b(?:appreciated|apreciad[oa]s?|welcome|bem[- ]vind[oa]s?|bienvenid[oa]s?)\b(?! to\b)/,
  // Spanish spells "necesario" with one s: "no es necesario" must not read as the required "es necesario".
  NEGATED_NEED,
  // Asked of no one who applies without it: "without it you can still apply", "sin eso igual puedes postular".
  // The verb denied ("without these we can't go on") says the opposite: nobody goes on without them.
  /\b(?:without|sin|sem)\b(?:\s+\S+){0,3}?\s+(?:you\s+)?(?:can|may|could|puedes|puede|podes|pode|podras|podera|podeis)\b(?!'t|not\b| not\b)/,
  // Said to add to the candidate's chances, in the future or the conditional: "sumaría", "somariam".
  /\b(?:sum|som)ar(?:a|an|ia|ian|ao|am|iam)\b/,
  // A concession that it adds or helps: "no es necesario, pero suma", "not needed but helps", "nao e preciso, mas ajuda".
  /\b(?:but|pero|mas|porem)\s+(?:it\s+)?(?:suma|soma|ayuda|ajuda|helps?|adds?|counts?|cuenta|conta)\b/,
  // A conditional followed by a word of liking or value: "would be great", "we'd love", "seria bom", "nos encantaria".
  /\b(?:would|could|'d|seria|gostariamos|gostaria|nos gustaria|encantaria|adorariamos|adoraria)\b(?:\s+\S+){0,3}?\s+(?:great|nice|good|helpful|useful|beneficial|love|like|appreciate|ideal|otimo|bom|legal|interessante|util|feliz|felizes|contentes?|genial|bueno|interesante|felices|encantad[oa]s?|ver|see)\b/,
  // The same liking said in the future of a condition: "será ótimo se você…", "vai ser ótimo", "va a ser genial si…",
  // "it will be great if…". The reader as subject ("you will be great with…") praises, so only "it" is taken.
  /\b(?:sera|vai ser|va a ser|it'?ll be|it will be)\b(?:\s+\S+){0,2}?\s+(?:great|ideal|otimo|genial|excelente|incrivel|increible|perfeito|perfecto)\b/,
  /\b(?:extra|bonus) points?\b|\bpont(?:os|o) extras?\b|\bpuntos? extras?\b/,
  // Harm denied (litotes): "it wouldn't hurt", "can't hurt", "wouldn't go amiss", "não custa", "no está de más", "no
  // vendría mal": what does no harm to have is welcome, not needed.
  /\b(?:wouldn't|won't|doesn't|can't|couldn't|would not|will not|does not|cannot|never)\s+(?:\S+\s+)?(?:hurt|harm|go amiss)\b|\b(?:nao|no)\s+(?:\S+\s+)?(?:custa|custaria|esta de mas|estaria de mas|estara de mas|sobra|sobraria|vendria mal|viene mal|faz mal|faria mal)\b/,
  /\bstand out\b|\bse destaca\b|\bsuma(?:ra)? puntos\b/,
  // Earning points or counting in one's favour: "counts in your favour", "conta pontos", "cuenta a favor".
  /\b(?:counts?|conta|contam|cuenta|cuentan|soma|somam|suma|suman|earns?|scores?|ganha|gana)\b(?:\s+\S+){0,2}?\s+(?:points?|pontos?|puntos?|a (?:seu |tu |su )?favor|in (?:your|their) favou?r)\b/,
  // Anything weighed in the candidate's favour, whatever weighs it: "tips the scales in your favour", "vai pesar a seu
  // favor", "juega a tu favor".
  /\bin (?:your|their|the candidate's|a candidate's) favou?r\b|\ba (?:seu|sua|tu|su|vosso) favor\b/,
  // Weighed or seen kindly, told by the adverb of favour after a verb of weighing, counting or regarding: "weighs
  // positively", "will be viewed favourably", "pesa positivamente", "conta favoravelmente", "se valorará
  // positivamente". Whoever lacks it is weighed too, so it is wanted, not needed.
  /\b(?:counts?|counted|weighs?|weighed|views?|viewed|regards?|regarded|looked (?:up)?on|considers?|considered|values?|valued|conta|contam|contara|pesa|pesam|pesara|pesarao|visto|vista|vistos|vistas|considerad[oa]s?|valoriza(?:d[oa]s?|mos)?|cuenta|cuentan|contara|pesan|valora|valoran|valorara|valoraran|valorad[oa]s?|suma|suman|soma|somam)\s+(?:\S+\s+)?(?:positively|favou?rably|positivamente|favoravelmente|favorablemente|de forma (?:positiva|favoravel|favorable)|de manera (?:positiva|favorable))\b/,
  // Said to count as well: "English also counts", "Inglês básico também conta", "el inglés también suma".
  /\b(?:also|tambem|tambien)\s+(?:counts?|conta|contam|cuenta|cuentan|soma|somam|suma|suman|vale|valem)\b|\b(?:counts?|conta|contam|cuenta|cuentan|soma|somam|suma|suman)\s+(?:too|as well|tambem|tambien)\b/,
  // To be weighed in a passive future or conditional: "será tomado muy en cuenta", "will be taken into account",
  // "seria levado em consideração".
  /\b(?:sera|seran|serao|seria|serian|seriam|will be|would be)\s+(?:\S+\s+){0,2}?(?:en cuenta|em conta|into account|en consideracion|em consideracao|into consideration)\b/,
  // Asked only where it can be had: "Looker, if possible", "se possivel", "de ser posible".
  /\b(?:if|where|when|whenever) (?:at all )?possible\b|\b(?:se|caso|quando) possivel\b|\b(?:si|cuando) (?:es |fuera |sea )?posible\b|\bde ser posible\b/,
  // Said to help, as the line's last word: "Having used Looker helps", "Looker ajuda", "Looker ayuda".
  // "sin ayuda" / "without help" is the opposite: doing it unaided is asked for.
  /(?<!\b(?:sin|sem|without|no|nao|con|com|with|de|da|la|a|una|uma)\s)\b(?:helps|ajuda|ayuda)\s*[.!]?\s*$/,
  // Put ahead of the others in the selection: "gets you a head start", "sai na frente", "tendrás ventaja", "terá
  // prioridade", "one step ahead". Being ahead is wanted, not needed: those without it still compete.
  /\b(?:sai|saem|saira|sairao|sale|salen|saldra|saldran|sera|seras|estara|estaras|is|are|be)\s+(?:na|en|a la|con|em|com)\s+(?:frente|delantera|ventaja|vantagem)\b|\b(?:one|a|um|un|uno)\s+(?:step|passo|paso)\s+(?:ahead|a frente|adelante)\b/,
  // The same, told by a verb of placing or moving the candidate ahead of the others: "puts you ahead", "gets you to
  // the front of the line", "fica na frente da fila", "te pone por delante". The candidate is the verb's object (a
  // Romance clitic before it), or the place is the front of the queue of candidates: "get ahead of problems" or "move
  // to the front of house" is work.
  new RegExp(
    `\\b${PLACING}\\s+(?:(?:you|them|your application|your cv|voce|te|lo|la|los|las|os)\\s+)(?:(?:right|straight|directly|direto|directo)\\s+)?(?:${AHEAD})|\\b(?:te|lo|la|los|las|le|les|lhe|os)\\s+${PLACING}\\s+(?:${AHEAD})|\\b${PLACING}\\s+(?:${AHEAD})\\s+(?:of the|da|de la|del|de)\\s+(?:line|queue|pile|list|stack|fila|cola|lista)\\b`,
    'u',
  ),
  /\b(?:tera|terao|teras|tendra|tendran|tendras|tendreis|leva|levam|levara|lleva|llevan|llevara|will have|would have|gets?|gives? (?:you|them)|have|has)\s+(?:(?:an?|um|uma|una?|the|la|a)\s+)?(?:(?:big|real|clear|extra|certain|certa|gran|grande|cierta|mais|mas)\s+)?(?:advantage|edge|head start|leg up|vantagem|ventaja|delantera|preferencia|prioridade|prioridad|priority)\b/,
  // Said to be weighed in the candidate's favour: "te lo tendremos en cuenta", "será levado em conta", "will be taken
  // into account".
  /\b(?:tendremos|tendre|tomaremos|se tendra|sera tenid[oa]|se tomara|levaremos|levarei|sera levad[oa]|serao levad[oa]s|will be taken|we will take|we'll take|we will also take)\s+(?:\S+\s+){0,2}?(?:en cuenta|em conta|em consideracao|en consideracion|into account|into consideration)\b/,
  // Said to distinguish the candidate: "would set you apart", "sets a candidate apart", "te diferencia".
  /\bsets? (?:you|candidates?|a candidate|someone) apart\b|\b(?:te|lo|la|o|a) diferencia\b/,
  // Said to bar no one who lacks them: "none of this is required", "nada disso impede sua inscrição", "ninguno de
  // estos es excluyente", "it won't stop you from applying". The things named are welcome, not asked.
  /\b(?:none of (?:this|that|these|those|them|it)|nada (?:disso|disto|desso|de esto|de eso|de esso)|nenhum(?:a)? (?:deles|delas|destes|destas|desses|dessas)|ningun[oa] de (?:estos|estas|esos|esas|ellos|ellas))\b(?:\s+\S+){0,2}?\s+(?:impede|impedira|impide|impedira|stops?|prevents?|keeps?|bars?|rules?|(?:e|es|is|are|sao|son) (?:\S+\s+)?(?:required|mandatory|a must|essential|obrigatori\w*|obligatori\w*|excluyente|eliminatori\w*|exigid\w*|requisito|imprescindi\w*|indispensa\w*))/,
  // Asked only of whoever has it, closing the clause: "manual handling cert too if you have it", "CNH, se tiver",
  // "carnet de grúa si lo tenés". Whoever has none is not turned away. The thing stands before the condition, named
  // by a pronoun after the verb or set off by a comma; a line that ends "…se tiver" with nothing before it heads a
  // list instead ("Você vai se dar bem aqui se tiver").
  /\b(?:if|se|si|caso)\s+(?:(?:you|u|voce|vc|tu|usted|vos)\s+)?(?:(?:lo|la|los|las)\s+(?:tenes|tienes|tiene|tengas|tenga)|(?:have|got|has)\s+(?:it|one|them|any)|(?:tiver|tenha)\s+(?:ela|ele|elas|eles))\s*[.!)]*\s*$|,\s*(?:if|se|si|caso)\s+(?:(?:you|u|voce|vc|tu|usted|vos)\s+)?(?:have|has|tiver|tenha|tenes|tienes|tiene|tengas|tenga)\s*[.!)]*\s*$/,
  // Said of a thing that it can be learned on the job: "se puede aprender acá", "pode ser aprendido aqui", "can be
  // learned on the job". Whoever lacks it learns it there, so it is welcome, not needed.
  /\b(?:se puede aprender|lo podes aprender|lo puedes aprender|pode ser aprendid[oa]|da pra aprender|can be (?:learned|learnt|taught))\b/,
  /\b(?:nao|no|doesn't|does not|won't|will not|wouldn't|would not)\s+(?:te\s+|lhe\s+|os\s+|les\s+)?(?:impede|impedira|impediria|impide|impedira|impediria|stop|keep|prevent|bar|rule)\s+(?:you\s+|them\s+|a\s+|la\s+|de\s+|que\s+)?(?:sua\s+|tu\s+|su\s+|their\s+|your\s+)?(?:from\s+|out\s+)?(?:applying|apply|application|inscricao|inscripcion|candidatura|postula\w*|te postules|se candidatar|se inscrever|aplicar)\b/,
  // No one excluded for lacking it, said of the candidates ("no one is ruled out without them", "ninguém é eliminado por
  // não ter", "nadie queda fuera por no tenerlo") or of the thing ("não elimina ninguém", "no descarta a nadie"): the
  // things named are weighed, not demanded.
  /\b(?:no one|no-one|nobody|no candidate|no applicant|ninguem|nenhum candidato|nenhuma candidata|nadie|ningun candidato|ninguna candidata)\s+(?:\S+\s+){0,2}?(?:ruled out|excluded|eliminated|turned away|rejected|discarded|eliminad[oa]|excluid[oa]|descartad[oa]|rechazad[oa]|reprovad[oa]|queda (?:fuera|afuera)|fica de fora)\b(?:\s+(?:without|for lacking|sem|sin|por no tener|por nao ter|por falta de)(?:\s+(?:it|them|one|these|those|eles|elas|isso|ellos|ellas|eso|esto|lo|los|las))?\b)?|\b(?:nao|no|doesn't|does not|won't|will not)\s+(?:\S+\s+)?(?:elimina|eliminara|exclui|excluira|excluye|excluira|descarta|descartara|reprova|rules out|eliminates|excludes|disqualifies)\s+(?:a\s+)?(?:ninguem|nadie|anyone|anybody|candidates|ningun candidato|nenhum candidato)\b/,
  // No one turned away for lacking it: "we won't rule anyone out over it", "não vamos eliminar ninguém por isso", "no
  // descartamos a nadie por eso". Those without it still compete, so it is wanted, not needed.
  /\b(?:won't|will not|wouldn't|would not|don't|do not|we never)\s+(?:\S+\s+)?(?:rule out|eliminate|discard|reject|exclude|turn away|turn down)\s+(?:anyone|anybody|any candidate|candidates|applicants)\b|\b(?:nao|no|nunca)\s+(?:(?:vamos|iremos|vamos a|se va a|va a)\s+)?(?:eliminar|eliminamos|eliminaremos|descartar|descartamos|descartaremos|excluir|excluimos|excluiremos|recusar|recusamos|rechazar|rechazamos)\s+(?:a\s+)?(?:ninguem|nadie|nenhum candidato|nenhuma candidata|ningun candidato|ninguna candidata)\b/,
  // Said to save the candidate time on the job or shorten the learning: "knowing X saves you time", "will shorten your
  // training", "quem lê desenho ganha tempo", "acorta la formación". A head start, not a condition of entry.
  /\b(?:saves? (?:you|them)|will save (?:you|them)|ganha|ganham|ganhara|ganharia|economiza|gana|ganan|ganara|ahorra|ahorrara)\s+(?:(?:a lot of|lots of|much|some|muito|bastante|mucho|algo de)\s+)?(?:time|tempo|tiempo)\b|\b(?:shortens?|will shorten|would shorten|speeds? up|will speed up|encurta|encurtara|acelera|acelerara|acorta|acortara)\s+(?:\S+\s+)?(?:training|ramp-up|ramp up|onboarding|learning curve|treinamento|formacao|curva de aprendizado|adaptacao|formacion|capacitacion|curva de aprendizaje|adaptacion)\b/,
]

/** The indexes of the words that a cue of optional-ness covers ("counts in your favour", "not required"). */
function wordsInNiceCues(words: readonly string[]): Set<number> {
  const text = words.join(' ')
  const starts: number[] = []
  let offset = 0
  for (const word of words) {
    starts.push(offset)
    offset += word.length + 1
  }
  const inside = new Set<number>()
  for (const cue of NICE_IN_LINE) {
    for (const match of text.matchAll(new RegExp(cue.source, `${cue.flags.replace('g', '')}g`))) {
      const end = match.index + match[0].length
      for (const [index, start] of starts.entries())
        if (start < end && start + (words[index]?.length ?? 0) > match.index) inside.add(index)
    }
  }
  return inside
}

/** True when a line says of itself that what it asks is optional. */
export function statesNiceToHave(text: string): boolean {
  // The polite request itself wishes for nothing; a cue elsewhere on the line still speaks ("We'd like you to know
  // SQL; Kafka is a plus").
  const normalized = normalizeText(text).replace(new RegExp(POLITE_REQUEST.source, 'gu'), ' ')
  return NICE_IN_LINE.some((cue) => cue.test(normalized))
}

/** The folded line with every cue of optional-ness blanked out: what the line says besides being optional. */
export function withoutNiceCues(text: string): string {
  let rest = normalizeText(text)
  // A cue read by its stem ("no indispens…") takes the rest of its word with it ("…able").
  for (const cue of NICE_IN_LINE)
    rest = rest
      .replace(new RegExp(cue.source, `${cue.flags.replace('g', '')}g`), '\uE000')
      .replace(/\uE000\p{L}*/gu, ' ')
  return rest
}

/**
 * True when a heading reads as the employer's only by a pronoun of it that is the object of a verb ("Con esto nos
 * convences", "Things that impress us"): the employer is the one persuaded, not the one speaking, so the lines under
 * the heading decide. The subject ("Who we are") or the object of a preposition ("About us", "Sobre nós") still speaks
 * of the employer.
 */
export function readsCompanyByPronounOnly(heading: string): boolean {
  const words = wordsOf(heading)
  const company = words.flatMap((word, index) => (stemAnchorOf(word)?.section === 'company' ? [index] : []))
  return (
    company.length > 0 &&
    company.every((index) => {
      const word = words[index] ?? ''
      const before = words[index - 1] ?? ''
      if (PREPOSITION.test(before)) return false
      // English puts the object after its verb; Portuguese and Spanish put the clitic before it.
      if (word === 'us') return index > 0
      // The employer as the subject of an act on a person ("Who we will shortlist", "Quem nós vamos chamar", "A quién
      // nosotros contratamos"): the person asked about is the one acted on, the reader; being ("Who we are") is the
      // employer describing itself.
      if (
        /^(?:we|nos|nosotros)$/u.test(word) &&
        PERSON_ASKED.test(words.slice(0, index).join(' ')) &&
        index < words.length - 1
      )
        return !BEING.test(words[index + 1] ?? '')
      return word === 'nos' && index < words.length - 1 && !PREPOSITION.test(words[index + 1] ?? '')
    })
  )
}

// An interrogative of a person opening a heading: "who", "whom", "quem", "a quem", "quién", "a quiénes".
const PERSON_ASKED = /^(?:(?:a|to)\s+)?(?:who|whom|quem|quien|quienes)$/u
// Being, of the employer's subject: the employer describing itself ("Who we are", "Quem nós somos").
const BEING = /^(?:are|were|be|somos|fomos|eramos|seremos|estamos)$/u

const PREPOSITION =
  /^(?:about|with|for|of|to|from|among|at|join|sobre|de|con|com|para|entre|a|en|em|acerca|conheca|conoce|somos|nao|no)$/u
