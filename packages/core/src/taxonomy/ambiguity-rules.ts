// Names that are also ordinary words ("go to market", "excel at", "sales grew") or letters ("R.", "C-level")
// only count as skills when the surrounding text says so.

import type { AliasShape } from './read-alias-shape'

/** Categories whose skills make a technical context. */
export const TECHNICAL_CATEGORIES: ReadonlySet<string> = new Set([
  'programming-language',
  'web-frontend',
  'web-backend',
  'software-engineering',
  'developer-tools',
  'mobile',
  'testing-qa',
  'data-engineering',
  'data-science',
  'machine-learning',
  'mlops',
  'analytics-bi',
  'databases',
  'cloud',
  'devops',
  'security',
  'networking',
  'embedded-systems',
])

const PROGRAMMING: ReadonlySet<string> = new Set([
  'programming-language',
  'web-frontend',
  'web-backend',
  'software-engineering',
  'developer-tools',
  'mobile',
  'embedded-systems',
  'databases',
  'cloud',
  'devops',
  'data-engineering',
  'machine-learning',
])

const DATA: ReadonlySet<string> = new Set([
  'programming-language',
  'data-science',
  'machine-learning',
  'analytics-bi',
  'data-engineering',
  'databases',
  'mlops',
])

const OFFICE: ReadonlySet<string> = new Set([
  'office-productivity',
  'analytics-bi',
  'finance-accounting',
  'erp-crm',
])

export type AmbiguityRule = {
  /** The surface must match, else the mention is rejected outright ("go" in lower case is never Golang). */
  requiredSurface?: RegExp
  /** A surface that is accepted without further context unless a reject word is next to it. */
  acceptSurface?: RegExp
  /** Neighbouring skills from these categories confirm the mention. */
  contextCategories: ReadonlySet<string>
  cueBefore?: readonly string[]
  cueAfter?: readonly string[]
  rejectBefore?: readonly string[]
  rejectAfter?: readonly string[]
  /** Refuse plural spellings ("excels" is a verb). */
  rejectPlural?: boolean
  /** Refuse a single letter followed directly by a dot or letters (initials "R.", "C4"). */
  rejectInitial?: boolean
  /** Another skill the same word means in another context (SWIFT payments vs Swift the language). */
  remap?: { skillId: string; contextCategories: ReadonlySet<string>; cueWords: readonly string[] }
  /**
   * A fitting skill anywhere in the text, or the document's categories at any position, confirms the mention: an
   * acronym in capitals is no sentence-initial accident, so only its domain is in doubt ("TCP" is TCP/IP beside
   * networking, a cabin-crew certificate beside airline service).
   */
  contextAnywhere?: boolean
  /** Only skills near the mention confirm it, not the document's categories ("Lumen Ledger" in an accounting posting). */
  nearbyOnly?: boolean
  /**
   * Another acronym of the same field nearby confirms the mention even before either is confirmed: "sql, aws, gcp"
   * or "seo and sem" list acronyms in lower case, while a word of a sentence ("que sepa") seldom has one beside it.
   */
  acronymsConfirmEachOther?: boolean
}

/** An acronym counts only where the text writes it in capitals ("SEPA", "LLMs"), never as a word ("que sepa"). */
const CAPITALS_SURFACE = /^[\p{Lu}\d]{2,}s?$/u

/**
 * Function words of English, Portuguese and Spanish (prepositions, conjunctions, articles, pronouns, the commonest
 * auxiliaries) that an acronym can be spelt as: "sem" (without) is never SEM, "com" never COM, "ai" never AI unless
 * written in capitals. A closed class of each language's grammar, not a list of skills.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and as at be but by do for if in is it no nor of on or so the to up us we ' +
    'ao aos as com da das de do dos e em ja la mas na nas nem no nos o os ou para pela pelo por que se sem seu sua ' +
    'tem ter um uma ai al con del el en es la las lo los mas o pero sin su sus u un una y ya'
  ).split(' '),
)

/** Acronyms are spelt in plain letters and digits, whatever their case. */
const PLAIN_LETTERS_SURFACE = /^[A-Za-z\d]{2,}s?$/

/** Longest part of a compound name that also needs its domain nearby: two or three letters name many things. */
const SHORT_ACRONYM = 3

/**
 * The rule an alias's shape implies when no curated rule names it: acronyms need capitals; a short capitalised part of
 * a compound name ("TCP" of TCP/IP), which alone names other things in other trades, also needs the skill's domain in
 * the text; and a common word read inside a capitalised name needs a fitting skill nearby. The initials of a skill's
 * own name ("AI", "HR") abbreviate that skill itself and need capitals only. `contextCategories` is the skill's domain.
 */
export function ruleForShape(
  shape: AliasShape,
  aliasLength: number,
  contextCategories: ReadonlySet<string>,
  insideName: boolean,
): AmbiguityRule | null {
  if (shape === 'acronym-part' && aliasLength <= SHORT_ACRONYM)
    return { requiredSurface: CAPITALS_SURFACE, contextCategories, contextAnywhere: true }
  // In capitals an acronym stands on its own; in lower case ("sql, aws" in a skills list, "que sepa") only a skill
  // of its field nearby says it is the acronym and not a word of the sentence.
  if (shape === 'acronym-name' || shape === 'acronym-alias' || shape === 'acronym-part')
    return {
      // An accent ("aí", "só") makes it a word of a sentence, never the acronym.
      requiredSurface: PLAIN_LETTERS_SURFACE,
      acceptSurface: CAPITALS_SURFACE,
      contextCategories,
      acronymsConfirmEachOther: true,
    }
  if (shape === 'common-word' && insideName) return { contextCategories, nearbyOnly: true }
  return null
}

const MODALS = [
  'to',
  'will',
  'can',
  'could',
  'should',
  'would',
  'must',
  'may',
  'might',
  'i',
  'we',
  'you',
  'they',
]

const PROGRAMMING_CUES_BEFORE = ['in', 'using', 'with', 'written']
const PROGRAMMING_CUES_AFTER = [
  'programming',
  'language',
  'developer',
  'developers',
  'engineer',
  'code',
  'codebase',
]

function programmingLanguage(extra: Partial<AmbiguityRule> = {}): AmbiguityRule {
  return {
    contextCategories: PROGRAMMING,
    cueAfter: PROGRAMMING_CUES_AFTER,
    ...extra,
  }
}

function toolInContext(
  contextCategories: ReadonlySet<string>,
  extra: Partial<AmbiguityRule> = {},
): AmbiguityRule {
  return { contextCategories, ...extra }
}

const CULINARY_CONTEXT_WORDS = [
  'cuisine',
  'food',
  'foods',
  'dishes',
  'dish',
  'cooking',
  'restaurant',
  'fries',
  'toast',
]

/** Rules keyed by alias key (see `aliasKey`), each for the skill that alias belongs to. */
export const AMBIGUITY_RULES: ReadonlyMap<string, AmbiguityRule> = new Map<string, AmbiguityRule>([
  [
    'go',
    programmingLanguage({
      requiredSurface: /^(Go|GO)$/,
      cueBefore: PROGRAMMING_CUES_BEFORE,
      rejectBefore: [...MODALS, 'lets', 'let', 'on'],
      rejectAfter: [
        'to',
        'live',
        'ahead',
        'back',
        'beyond',
        'above',
        'through',
        'out',
        'on',
        'into',
        'for',
        'get',
        'getter',
        'market',
        'green',
        'big',
        'home',
        'further',
        'from',
        'the',
      ],
    }),
  ],
  [
    'r',
    {
      requiredSurface: /^R$/,
      contextCategories: DATA,
      rejectInitial: true,
      cueBefore: ['in', 'using'],
      cueAfter: [
        'programming',
        'language',
        'shiny',
        'packages',
        'package',
        'markdown',
        'scripts',
        'tidyverse',
      ],
      rejectBefore: ['vitamin', 'grade', 'type'],
      rejectAfter: ['&', 'd'],
    },
  ],
  [
    'c',
    programmingLanguage({
      requiredSurface: /^C$/,
      rejectInitial: true,
      cueBefore: PROGRAMMING_CUES_BEFORE,
      contextCategories: new Set([...PROGRAMMING, 'embedded-systems']),
      rejectBefore: [
        'vitamin',
        'grade',
        'type',
        'class',
        'section',
        'usb',
        'level',
        'plan',
        'hepatitis',
        'degrees',
      ],
      rejectAfter: ['level', 'suite', 'corp', 'section', 'grade', 'class', 'license', 'licence', 'category'],
    }),
  ],
  [
    'spark',
    {
      contextCategories: new Set([...DATA, 'cloud']),
      cueAfter: ['streaming', 'jobs', 'job', 'cluster', 'clusters', 'pipelines', 'dataframes'],
      rejectAfter: [
        'interest',
        'joy',
        'curiosity',
        'conversation',
        'conversations',
        'change',
        'innovation',
        'ideas',
        'creativity',
        'growth',
        'engagement',
        'enthusiasm',
        'discussion',
        'discussions',
        'plug',
        'plugs',
      ],
    },
  ],
  [
    'rust',
    programmingLanguage({
      requiredSurface: /^(Rust|RUST)$/,
      cueBefore: ['in', 'using', 'written'],
      rejectAfter: [
        'removal',
        'prevention',
        'proofing',
        'repair',
        'repairs',
        'treatment',
        'belt',
        'spots',
        'damage',
      ],
    }),
  ],
  [
    'swift',
    programmingLanguage({
      requiredSurface: /^(Swift|SWIFT|SwiftUI)$/,
      contextCategories: new Set(['mobile', 'programming-language', 'web-frontend', 'developer-tools']),
      cueAfter: ['programming', 'language', 'developer', 'ui', 'code'],
      rejectAfter: ['response', 'responses', 'action', 'resolution', 'delivery', 'turnaround', 'execution'],
      remap: {
        skillId: 'swift-payments',
        contextCategories: new Set(['banking', 'payments']),
        cueWords: [
          'payments',
          'payment',
          'transfers',
          'transfer',
          'messaging',
          'messages',
          'mt',
          'wire',
          'wires',
          'gpi',
          'network',
          'code',
          'codes',
          'bic',
        ],
      },
    }),
  ],
  [
    'excel',
    {
      acceptSurface: /^(Excel|EXCEL)$/,
      contextCategories: OFFICE,
      rejectPlural: true,
      rejectBefore: [
        ...MODALS,
        'who',
        'that',
        'always',
        'consistently',
        'continue',
        'strive',
        'helped',
        'help',
      ],
      rejectAfter: ['at', 'in', 'as', 'when', 'under', 'within', 'through'],
    },
  ],
  [
    'sales',
    {
      acceptSurface: /./,
      contextCategories: new Set(['sales', 'marketing']),
      rejectBefore: [
        'increased',
        'increase',
        'increasing',
        'grew',
        'grow',
        'boosted',
        'boost',
        'raised',
        'drove',
        'generated',
        'total',
        'net',
        'gross',
        'annual',
        'monthly',
        'quarterly',
        'daily',
        'weekly',
        'record',
        'in',
        'yoy',
        'of',
        'higher',
        'lower',
        'improved',
        'doubled',
        'tripled',
      ],
      rejectAfter: [
        'by',
        'of',
        'figures',
        'volume',
        'volumes',
        'revenue',
        'increased',
        'grew',
        'rose',
        'tax',
        'taxes',
        'growth',
        'numbers',
        'per',
        'increase',
        'doubled',
      ],
    },
  ],
  [
    'react',
    {
      acceptSurface: /^(React|REACT)$/,
      contextCategories: PROGRAMMING,
      rejectAfter: [
        'to',
        'quickly',
        'promptly',
        'appropriately',
        'calmly',
        'accordingly',
        'positively',
        'swiftly',
        'fast',
        'when',
      ],
      rejectBefore: MODALS,
    },
  ],
  [
    'spring',
    programmingLanguage({
      requiredSurface: /^(Spring|SPRING)$/,
      rejectAfter: ['semester', 'term', 'break', 'season', 'collection'],
    }),
  ],
  ['ruby', programmingLanguage({ requiredSurface: /^(Ruby|RUBY)$/, cueBefore: PROGRAMMING_CUES_BEFORE })],
  ['julia', programmingLanguage({ requiredSurface: /^(Julia|JULIA)$/ })],
  ['dart', programmingLanguage({ requiredSurface: /^(Dart|DART)$/ })],
  ['ada', programmingLanguage({ requiredSurface: /^(Ada|ADA)$/ })],
  ['pascal', programmingLanguage({ requiredSurface: /^(Pascal|PASCAL)$/ })],
  ['elm', programmingLanguage({ requiredSurface: /^(Elm|ELM)$/ })],
  ['groovy', programmingLanguage()],
  [
    'assembly',
    programmingLanguage({
      rejectAfter: ['line', 'lines', 'plant', 'operations', 'work', 'worker', 'workers'],
    }),
  ],
  ['shell', programmingLanguage({ cueAfter: ['scripts', 'scripting', 'script'] })],
  ['chef', toolInContext(new Set(['devops', 'cloud']))],
  ['puppet', toolInContext(new Set(['devops', 'cloud']))],
  ['helm', toolInContext(new Set(['devops', 'cloud']), { cueAfter: ['chart', 'charts'] })],
  [
    'airflow',
    toolInContext(new Set([...DATA, 'devops', 'cloud']), { requiredSurface: /^(Airflow|AIRFLOW)$/ }),
  ],
  ['prefect', toolInContext(DATA, { requiredSurface: /^Prefect$/ })],
  ['luigi', toolInContext(DATA)],
  ['ray', toolInContext(new Set([...DATA, 'mlops']), { requiredSurface: /^Ray$/ })],
  ['flux', toolInContext(new Set(['devops', 'cloud']))],
  ['express', toolInContext(PROGRAMMING, { requiredSurface: /^Express$/ })],
  ['rails', toolInContext(PROGRAMMING)],
  ['ember', toolInContext(PROGRAMMING)],
  ['hive', toolInContext(DATA)],
  ['presto', toolInContext(DATA)],
  ['pulsar', toolInContext(new Set([...DATA, 'devops']))],
  ['feast', toolInContext(new Set(['mlops', 'machine-learning']))],
  ['triton', toolInContext(new Set(['mlops', 'machine-learning']))],
  ['neptune', toolInContext(new Set(['mlops', 'machine-learning']))],
  ['comet', toolInContext(new Set(['mlops', 'machine-learning']))],
  [
    'unity',
    toolInContext(new Set([...PROGRAMMING, 'design-ux', 'arts']), { requiredSurface: /^(Unity|UNITY)$/ }),
  ],
  ['maya', toolInContext(new Set(['design-ux', 'arts']), { requiredSurface: /^Maya$/ })],
  ['blender', toolInContext(new Set(['design-ux', 'arts']), { requiredSurface: /^Blender$/ })],
  ['sketch', toolInContext(new Set(['design-ux']), { requiredSurface: /^Sketch$/ })],
  [
    'notion',
    toolInContext(new Set(['office-productivity', 'project-management']), { requiredSurface: /^Notion$/ }),
  ],
  [
    'slack',
    toolInContext(new Set(['office-productivity', 'project-management', 'developer-tools']), {
      requiredSurface: /^Slack$/,
    }),
  ],
  [
    'asana',
    toolInContext(new Set(['office-productivity', 'project-management']), { requiredSurface: /^Asana$/ }),
  ],
  [
    'confluence',
    toolInContext(new Set(['office-productivity', 'project-management', 'developer-tools']), {
      requiredSurface: /^Confluence$/,
    }),
  ],
  ['teams', toolInContext(OFFICE, { requiredSurface: /^Teams$/ })],
  ['word', toolInContext(OFFICE, { requiredSurface: /^(Word|WORD)$/ })],
  ['access', toolInContext(new Set([...OFFICE, 'databases']), { requiredSurface: /^(Access|ACCESS)$/ })],
  ['outlook', toolInContext(OFFICE, { requiredSurface: /^(Outlook|OUTLOOK)$/ })],
  ['sage', toolInContext(new Set(['finance-accounting', ...OFFICE]), { requiredSurface: /^(Sage|SAGE)$/ })],
  [
    'tally',
    toolInContext(new Set(['finance-accounting', ...OFFICE]), { requiredSurface: /^(Tally|TALLY)$/ }),
  ],
  ['epic', toolInContext(new Set(['healthcare']), { requiredSurface: /^(Epic|EPIC)$/ })],
  [
    'primavera',
    toolInContext(new Set(['construction', 'project-management']), {
      requiredSurface: /^(Primavera|PRIMAVERA)$/,
    }),
  ],
  ['illustrator', toolInContext(new Set(['design-ux', 'arts', 'digital-media']))],
  ['sap', { requiredSurface: /^SAP$/, acceptSurface: /^SAP$/, contextCategories: OFFICE }],
  ['sas', { requiredSurface: /^SAS$/, contextCategories: DATA }],
  ['bootstrap', toolInContext(PROGRAMMING, { requiredSurface: /^Bootstrap$/ })],
  ['jest', toolInContext(new Set([...PROGRAMMING, 'testing-qa']), { requiredSurface: /^Jest$/ })],
  ['mocha', toolInContext(new Set([...PROGRAMMING, 'testing-qa']), { requiredSurface: /^Mocha$/ })],
  ['jasmine', toolInContext(new Set([...PROGRAMMING, 'testing-qa']), { requiredSurface: /^Jasmine$/ })],
  ['chai', toolInContext(new Set([...PROGRAMMING, 'testing-qa']), { requiredSurface: /^Chai$/ })],
  ['cypress', toolInContext(new Set([...PROGRAMMING, 'testing-qa']), { requiredSurface: /^Cypress$/ })],
  ['postman', toolInContext(new Set([...PROGRAMMING, 'testing-qa']), { requiredSurface: /^Postman$/ })],
  ['flask', toolInContext(PROGRAMMING, { requiredSurface: /^Flask$/ })],
  ['falcon', toolInContext(PROGRAMMING, { requiredSurface: /^Falcon$/ })],
  ['vault', toolInContext(new Set(['devops', 'cloud', 'security']), { requiredSurface: /^Vault$/ })],
  ['consul', toolInContext(new Set(['devops', 'cloud']), { requiredSurface: /^Consul$/ })],
  ['nomad', toolInContext(new Set(['devops', 'cloud']), { requiredSurface: /^Nomad$/ })],
  ['packer', toolInContext(new Set(['devops', 'cloud']), { requiredSurface: /^Packer$/ })],
  ['lambda', toolInContext(new Set(['cloud', 'devops', ...PROGRAMMING]), { requiredSurface: /^Lambda$/ })],
  ['athena', toolInContext(new Set(['cloud', ...DATA]), { requiredSurface: /^Athena$/ })],
  ['aurora', toolInContext(new Set(['cloud', 'databases']), { requiredSurface: /^Aurora$/ })],
  ['zoom', toolInContext(OFFICE, { requiredSurface: /^Zoom$/ })],
  ['workday', toolInContext(new Set(['hr', ...OFFICE]), { requiredSurface: /^Workday$/ })],
  ['polars', toolInContext(DATA)],
  ['evidently', toolInContext(new Set(['mlops', 'machine-learning']), { requiredSurface: /^Evidently$/ })],
  ['great expectations', toolInContext(new Set([...DATA, 'mlops']))],
  [
    'oracle',
    {
      acceptSurface: /^(Oracle|ORACLE)$/,
      contextCategories: new Set([...DATA, 'erp-crm']),
      rejectBefore: ['an', 'the'],
    },
  ],
  ['kafka', { acceptSurface: /^(Kafka|KAFKA)$/, contextCategories: DATA, rejectBefore: ['franz'] }],
  ['seldon', toolInContext(new Set(['mlops', 'machine-learning', 'devops']))],
  ['vertex', toolInContext(new Set(['mlops', 'machine-learning', 'cloud']))],
  ['glue', toolInContext(new Set(['cloud', ...DATA]), { requiredSurface: /^Glue$/ })],
  ['scheme', toolInContext(PROGRAMMING, { requiredSurface: /^Scheme$/ })],
  ['bun', toolInContext(PROGRAMMING, { requiredSurface: /^Bun$/ })],
  ['remix', toolInContext(PROGRAMMING, { requiredSurface: /^Remix$/ })],
  ['gatsby', toolInContext(PROGRAMMING, { requiredSurface: /^Gatsby$/ })],
  ['astro', toolInContext(PROGRAMMING, { requiredSurface: /^Astro$/ })],
  ['expo', toolInContext(new Set([...PROGRAMMING, 'mobile']), { requiredSurface: /^Expo$/ })],
  ['capacitor', toolInContext(new Set([...PROGRAMMING, 'mobile']), { requiredSurface: /^Capacitor$/ })],
  ['realm', toolInContext(new Set([...PROGRAMMING, 'mobile']), { requiredSurface: /^Realm$/ })],
  ['ionic', toolInContext(new Set([...PROGRAMMING, 'mobile']), { requiredSurface: /^Ionic$/ })],
  ['rollup', toolInContext(PROGRAMMING, { requiredSurface: /^Rollup$/ })],
  ['yarn', toolInContext(PROGRAMMING)],
  ['maven', toolInContext(PROGRAMMING, { requiredSurface: /^Maven$/ })],
  ['eclipse', toolInContext(PROGRAMMING, { requiredSurface: /^Eclipse$/ })],
  ['curl', toolInContext(PROGRAMMING, { requiredSurface: /^(cURL|curl|CURL)$/ })],
  ['copilot', toolInContext(PROGRAMMING, { requiredSurface: /^Copilot$/ })],
  ['insomnia', toolInContext(new Set([...PROGRAMMING, 'testing-qa']), { requiredSurface: /^Insomnia$/ })],
  ['sentry', toolInContext(PROGRAMMING, { requiredSurface: /^Sentry$/ })],
  ['spinnaker', toolInContext(new Set(['devops', 'cloud']))],
  [
    'jenkins',
    toolInContext(new Set([...PROGRAMMING, 'testing-qa']), { requiredSurface: /^(Jenkins|JENKINS)$/ }),
  ],
  ['bamboo', toolInContext(new Set([...PROGRAMMING, 'testing-qa']), { requiredSurface: /^Bamboo$/ })],
  ['cassandra', toolInContext(DATA, { requiredSurface: /^Cassandra$/ })],
  ['dbt', toolInContext(DATA)],
  ['parquet', toolInContext(DATA)],
  ['superset', toolInContext(DATA)],
  [
    'amplitude',
    toolInContext(new Set([...DATA, 'marketing', 'product-management']), { requiredSurface: /^Amplitude$/ }),
  ],
  ['stripe', toolInContext(new Set(['payments', ...PROGRAMMING]), { requiredSurface: /^Stripe$/ })],
  [
    'pix',
    {
      requiredSurface: /^(PIX|Pix)$/,
      acceptSurface: /^PIX$/,
      contextCategories: new Set(['payments', 'banking']),
    },
  ],
  [
    'intercom',
    toolInContext(new Set(['customer-service', ...PROGRAMMING]), { requiredSurface: /^Intercom$/ }),
  ],
  ['relativity', toolInContext(new Set(['legal']), { requiredSurface: /^Relativity$/ })],
  ['framer', toolInContext(new Set(['design-ux', ...PROGRAMMING]), { requiredSurface: /^Framer$/ })],
  ['unreal', toolInContext(new Set(['design-ux', ...PROGRAMMING]), { requiredSurface: /^Unreal$/ })],
  ['prophet', toolInContext(DATA)],
  ['whisper', toolInContext(new Set(['machine-learning', 'mlops']))],
  [
    'lime',
    toolInContext(new Set(['machine-learning', 'data-science']), { requiredSurface: /^(LIME|Lime)$/ }),
  ],
  [
    'yolo',
    toolInContext(new Set(['machine-learning', 'data-science']), { requiredSurface: /^(YOLO|YOLOv\d+)$/ }),
  ],
  ['bert', toolInContext(new Set(['machine-learning', 'data-science']), { requiredSurface: /^BERT$/ })],
  ['lora', toolInContext(new Set(['machine-learning', 'mlops']), { requiredSurface: /^LoRA$/ })],
  ['torch', toolInContext(new Set(['machine-learning', 'mlops', 'programming-language', 'data-science']))],
  ['flax', toolInContext(new Set(['machine-learning', 'mlops']), { requiredSurface: /^Flax$/ })],
  [
    'chroma',
    toolInContext(new Set(['machine-learning', 'mlops', 'databases']), { requiredSurface: /^Chroma$/ }),
  ],
  [
    'pinecone',
    toolInContext(new Set(['machine-learning', 'mlops', 'databases']), { requiredSurface: /^Pinecone$/ }),
  ],
  ['shiny', toolInContext(DATA, { requiredSurface: /^Shiny$/ })],
  ['firebird', toolInContext(new Set(['databases', ...PROGRAMMING]))],
  ['tableau', { acceptSurface: /^Tableau$/, contextCategories: DATA }],
  [
    'crm',
    {
      acceptSurface: /./,
      contextCategories: new Set(['erp-crm', 'sales', 'marketing', 'customer-service']),
      // Crew resource management in a cockpit.
      remap: { skillId: 'aviation-safety', contextCategories: new Set(['aviation']), cueWords: [] },
    },
  ],
  [
    'emr',
    {
      acceptSurface: /./,
      contextCategories: new Set(['healthcare']),
      remap: {
        skillId: 'emr',
        contextCategories: new Set(['cloud', 'data-engineering', 'devops']),
        cueWords: ['cluster', 'clusters', 'spark', 'hadoop', 'jobs', 'serverless'],
      },
    },
  ],
])

/** A spoken language named next to food is a cuisine ("French cuisine", "Italian dishes"). */
export const SPOKEN_LANGUAGE_RULE: AmbiguityRule = {
  acceptSurface: /./,
  contextCategories: new Set(['spoken-language']),
  rejectAfter: CULINARY_CONTEXT_WORDS,
}
