import type { Skill, Taxonomy } from '@shortlist/core'
import { createRandom, type Random } from './create-random'

// Synthetic resumes and postings built from taxonomy skill names and template sentences. Every person and
// employer is invented; nothing is read from disk beyond the taxonomy that ships with @shortlist/core.

type Archetype = { title: string; categories: string[] }

const ARCHETYPES: Archetype[] = [
  { title: 'Backend Engineer', categories: ['web-backend', 'databases', 'programming-language'] },
  { title: 'Frontend Engineer', categories: ['web-frontend', 'design-ux'] },
  { title: 'Machine Learning Engineer', categories: ['machine-learning', 'mlops'] },
  { title: 'Data Engineer', categories: ['data-engineering', 'databases'] },
  { title: 'DevOps Engineer', categories: ['devops', 'cloud'] },
  { title: 'Security Engineer', categories: ['security', 'networking'] },
  { title: 'Data Analyst', categories: ['data-science', 'analytics-bi'] },
  { title: 'Mobile Developer', categories: ['mobile', 'testing-qa'] },
  { title: 'QA Engineer', categories: ['testing-qa', 'developer-tools'] },
  { title: 'Accountant', categories: ['finance-accounting', 'erp-crm'] },
  { title: 'Registered Nurse', categories: ['healthcare'] },
  { title: 'Account Executive', categories: ['sales', 'customer-service'] },
  { title: 'Marketing Manager', categories: ['marketing', 'digital-media', 'public-relations'] },
  { title: 'HR Business Partner', categories: ['hr', 'business'] },
  { title: 'Teacher', categories: ['teaching'] },
  { title: 'Site Engineer', categories: ['construction', 'engineering'] },
  { title: 'Product Manager', categories: ['product-management', 'project-management'] },
  { title: 'Paralegal', categories: ['legal'] },
  { title: 'Supply Chain Analyst', categories: ['supply-chain', 'office-productivity'] },
  { title: 'Chef', categories: ['culinary'] },
]

const FIRST_NAMES = [
  'Alex',
  'Bea',
  'Caio',
  'Dana',
  'Eli',
  'Farah',
  'Gus',
  'Hana',
  'Ivo',
  'Jun',
  'Kai',
  'Lia',
  'Milo',
]
const LAST_NAMES = [
  'Abara',
  'Brandt',
  'Castro',
  'Dunn',
  'Eriksen',
  'Fontes',
  'Grove',
  'Hale',
  'Ito',
  'Jensen',
  'Kova',
]
const COMPANIES = [
  'Northwind',
  'Bluefin',
  'Acme Labs',
  'Globex',
  'Initech',
  'Umbrella Health',
  'Vandelay',
  'Hooli',
]
const NOUNS = [
  'the billing platform',
  'internal dashboards',
  'customer onboarding',
  'the reporting pipeline',
  'a partner integration',
  'the quarterly planning process',
  'daily operations',
  'the main product line',
  'a regional rollout',
  'the support backlog',
]
const TEMPLATES = [
  'Built {noun} using {skill} and {other}.',
  'Led the move of {noun} to {skill}, cutting costs by {n}%.',
  'Maintained {noun} with {skill} for {n} teams.',
  'Improved {noun} with {skill}; turnaround fell by {n}%.',
  'Mentored {n} colleagues on {skill} and {other}.',
  'Designed {noun} around {skill}, serving {n} thousand users.',
  'Introduced {skill} to {noun}, saving {n} hours a week.',
]
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export type SyntheticResume = { text: string; archetype: number }
export type SyntheticPosting = { title: string; text: string; archetype: number }

export type Corpus = {
  resume(index: number, options?: { minChars?: number }): SyntheticResume
  posting(index: number): SyntheticPosting
}

function skillPools(taxonomy: Taxonomy): { byArchetype: Skill[][]; everything: Skill[] } {
  const everything = [...taxonomy.skills.values()].sort((a, b) => (a.id < b.id ? -1 : 1))
  const byArchetype = ARCHETYPES.map((archetype) =>
    everything.filter((skill) => archetype.categories.includes(skill.category)),
  )
  return { byArchetype, everything }
}

/** Deterministic resumes and postings: item `i` of a corpus with seed `s` is the same on every run. */
export function createCorpus(taxonomy: Taxonomy, seed: number): Corpus {
  const { byArchetype, everything } = skillPools(taxonomy)
  const surface = (random: Random, skill: Skill): string =>
    // Mostly the canonical name, sometimes an alias, as real resumes do.
    random.next() < 0.8 || skill.aliases.length === 0 ? skill.name : random.pick(skill.aliases)

  const sentence = (random: Random, skills: Skill[]): string =>
    random
      .pick(TEMPLATES)
      .replace('{noun}', random.pick(NOUNS))
      .replace('{skill}', surface(random, random.pick(skills)))
      .replace('{other}', surface(random, random.pick(skills)))
      .replace('{n}', String(random.integer(2, 60)))

  return {
    resume(index, options = {}) {
      const random = createRandom(seed * 1_000_003 + index)
      const archetype = random.integer(0, ARCHETYPES.length - 1)
      const pool = byArchetype[archetype] ?? everything
      const own = random.sample(pool, random.integer(6, 10))
      const skills = [...own, ...random.sample(everything, random.integer(0, 2))]
      const first = random.pick(FIRST_NAMES)
      const last = random.pick(LAST_NAMES)
      const title = ARCHETYPES[archetype]?.title ?? 'Specialist'
      const lines = [
        `${first} ${last}`,
        `${first.toLowerCase()}.${last.toLowerCase()}.${index}@example.com`,
        `+1 555 ${String(1000 + (index % 9000)).padStart(4, '0')}`,
        '',
        'Summary',
        `${title} with ${random.integer(2, 15)} years of experience in ${surface(random, own[0] as Skill)} and ${surface(random, own[1] as Skill)}.`,
        '',
        'Experience',
      ]
      let year = 2026
      const minChars = options.minChars ?? 0
      for (let role = 0; role < 2 || lines.join('\n').length < minChars - 300; role++) {
        const span = random.integer(1, 4)
        const end = role === 0 ? 'Present' : `${random.pick(MONTHS)} ${year}`
        year -= span
        lines.push(`${title}, ${random.pick(COMPANIES)}`, `${random.pick(MONTHS)} ${year} - ${end}`)
        for (let bullet = random.integer(2, 4); bullet > 0; bullet--) lines.push(`- ${sentence(random, own)}`)
        lines.push('')
      }
      lines.push(
        'Education',
        `B.S. ${random.pick(['Computer Science', 'Business', 'Nursing', 'Economics', 'Engineering'])}, State University`,
        `${year - 5} - ${year - 1}`,
        '',
        'Skills',
        random
          .sample(skills, skills.length)
          .map((skill) => surface(random, skill))
          .join(', '),
        '',
      )
      return { text: lines.join('\n'), archetype }
    },

    posting(index) {
      const random = createRandom(seed * 7_919 + 104_729 + index)
      const archetype = index % ARCHETYPES.length
      const pool = byArchetype[archetype] ?? everything
      const [required, nice] = [random.integer(3, 5), random.integer(1, 2)]
      const chosen = random.sample(pool, required + nice)
      const title = `Senior ${ARCHETYPES[archetype]?.title ?? 'Specialist'}`
      const requirementLines = chosen
        .slice(0, required)
        .map((skill, position) =>
          position === 0
            ? `- ${random.integer(2, 5)}+ years of experience with ${skill.name}.`
            : `- Experience with ${skill.name} in production.`,
        )
      const niceLines = chosen.slice(required).map((skill) => `- Experience with ${skill.name}.`)
      const text = [
        title,
        '',
        'About the role',
        `You will own ${random.pick(NOUNS)} and work with a small team.`,
        '',
        'Requirements',
        ...requirementLines,
        '',
        'Nice to have',
        ...niceLines,
        '',
      ].join('\n')
      return { title, text, archetype }
    },
  }
}

/** Every alias of the taxonomy with its skill id, for the naive matcher baseline. */
export function listAliases(taxonomy: Taxonomy): Array<{ skillId: string; alias: string }> {
  const aliases: Array<{ skillId: string; alias: string }> = []
  for (const skill of taxonomy.skills.values()) {
    for (const alias of new Set([skill.name, ...skill.aliases])) aliases.push({ skillId: skill.id, alias })
  }
  return aliases
}
