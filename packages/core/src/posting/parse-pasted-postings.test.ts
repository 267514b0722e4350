import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedPosting, ParsedRequirement } from '../types'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

function bySource(posting: ParsedPosting, fragment: string): ParsedRequirement[] {
  return posting.requirements.filter((requirement) => requirement.source.text.includes(fragment))
}

// A role page copied from a job site: brand, breadcrumbs, glued tabs, salary table, career ladder, FAQ, CTA.
const PASTED_PAGE = `TALENTGRID
Home/Roles/Data Engineer

Data Engineer

Builds and runs the pipelines that move data from products into the warehouse.

EngineeringRemote Friendly

Salary ranges

Chile (CLP)$ 2.100.0003.900.000
Colombia (COP)$ 9.000.00016.000.000

What you'll do

  • Build batch and streaming pipelines.

Requirements

Strong SQL and data modelling skills.Hands-on experience with Apache Airflow or Dagster.Experience with Spark, preferably on Databricks.

A Typical Week

Most weeks begin with a review of failed jobs and data quality alerts, followed by planning sessions with analysts about the next models to build, and end with a demo of what shipped.

Career ladder

Junior Data Engineer
Data Engineer
Senior Data Engineer
Staff Data Engineer

Questions people ask

Do I need a computer science degree to become a Data Engineer?

No. Employers care more about pipelines you have shipped than about a diploma.

Find your next Data Engineer

TalentGrid matches companies with vetted engineers across the region in under two weeks.

Post a JobSee Pricing
`

describe('parsePosting: a posting pasted from a web page', () => {
  const posting = parsePosting(PASTED_PAGE, taxonomy)

  it('reads only the requirements, one per run-together bullet', () => {
    const sources = [...new Set(posting.requirements.map((requirement) => requirement.source.text))]
    expect(sources).toEqual([
      'Strong SQL and data modelling skills.',
      'Hands-on experience with Apache Airflow or Dagster.',
      'Experience with Spark',
      'preferably on Databricks.',
    ])
  })

  it('asks for what a line names before its preference, and prefers the rest', () => {
    const kinds = Object.fromEntries(
      posting.requirements.map((requirement) => [requirement.label, requirement.kind]),
    )
    expect(kinds).toMatchObject({ 'Apache Spark': 'required', Databricks: 'nice_to_have' })
  })

  it('returns what it set aside and why', () => {
    const reasons = new Set(posting.setAside.map((item) => item.reason))
    for (const reason of [
      'navigation',
      'interface',
      'salary',
      'narrative',
      'title-list',
      'question',
      'answer',
    ])
      expect(reasons, reason).toContain(reason)
    for (const item of posting.setAside) expect(PASTED_PAGE.slice(item.start, item.end)).toBe(item.text)
    expect(posting.setAside.some((item) => item.text.startsWith('Post a Job'))).toBe(true)
  })

  it('never turns questions, titles or calls to action into requirements', () => {
    for (const requirement of posting.requirements) {
      expect(requirement.source.text).not.toMatch(/\?|Senior Data Engineer|Pricing|Find your next/)
    }
  })
})

describe('parsePosting: examples and years', () => {
  it('keeps examples inside the requirement they illustrate', () => {
    const posting = parsePosting(
      'Editor\n\nRequirements:\n- 6 years in editing, publishing or a related field (e.g. journalism, nonprofit)\n',
      taxonomy,
    )
    expect(posting.requirements).toHaveLength(1)
    expect(posting.requirements[0]).toMatchObject({ type: 'experience', minYears: 6 })
  })

  it('reads "such as", "por exemplo" and "tales como" lists as alternatives of one requirement', () => {
    const english = parsePosting(
      'Analyst\n\nRequirements:\n- Reporting tools such as Tableau, Looker or Power BI\n',
      taxonomy,
    )
    expect(english.requirements.map((requirement) => requirement.skillIds)).toEqual([
      ['tableau', 'looker', 'power-bi'],
    ])
    const portuguese = parsePosting(
      'Analista\n\nRequisitos\n- Bancos de dados relacionais, por exemplo PostgreSQL ou MySQL\n',
      taxonomy,
    )
    expect(portuguese.requirements.map((requirement) => requirement.skillIds)).toEqual([
      ['postgresql', 'mysql'],
    ])
  })

  it('attaches years only to what they qualify', () => {
    const posting = parsePosting(
      'Engineer\n\nRequirements:\n- Python, SQL and 4+ years of Kubernetes\n',
      taxonomy,
    )
    expect(
      bySource(posting, 'Kubernetes').map((requirement) => [requirement.skillIds[0], requirement.minYears]),
    ).toEqual([
      ['python', null],
      ['sql', null],
      ['kubernetes', 4],
    ])
  })
})

describe('parsePosting: requirement types in a loosely written posting', () => {
  const posting = parsePosting(
    [
      'Store Supervisor',
      '',
      'We need you.',
      '',
      '✅ Who you are',
      '👉 Work Ethic: 5+ years showing up and getting things done',
      '👉 Supervised a crew of 8 baristas',
      '👉 Experience scheduling staff and counting stock',
      '👉 Bachelor’s degree in Business or equivalent experience',
      '👉 Fluent English, Spanish at B1 level',
      '👉 A practical mindset and ownership',
      '👉 Valid driver’s license and willingness to travel',
      '',
      '✅ Extra credit if you have',
      '👉 Food Safety certification',
      '',
      'Ready to grow with us? Apply today!',
    ].join('\n'),
    taxonomy,
  )
  const typeOf = (fragment: string) => bySource(posting, fragment).map((requirement) => requirement.type)

  it('types each requirement by what it asks for', () => {
    expect(typeOf('Work Ethic')).toEqual(['trait'])
    expect(typeOf('baristas')).toEqual(['activity'])
    expect(typeOf('scheduling staff')).toEqual(['activity'])
    expect(typeOf('degree')).toEqual(['degree'])
    expect(typeOf('Fluent English')).toEqual(['language', 'language'])
    expect(typeOf('practical mindset')).toEqual(['trait', 'trait'])
    // A licence to drive is a credential held; the travel beside it is a condition of the job.
    expect(typeOf('driver')).toEqual(['certification'])
    expect(typeOf('travel')).toEqual(['logistics'])
    expect(typeOf('Food Safety')).toEqual(['certification'])
  })

  it('reads a line of qualities one quality at a time, in its own words', () => {
    expect(bySource(posting, 'practical mindset').map((requirement) => requirement.label)).toEqual([
      'A practical mindset',
      'ownership',
    ])
    const adjectives = parsePosting('Job\n\nRequirements\n- A curious, ownership-driven mindset\n', taxonomy)
    expect(adjectives.requirements.map((requirement) => requirement.label)).toEqual([
      'A curious, ownership-driven mindset',
    ])
  })

  it('gives traits no years, records levels and accepted experience', () => {
    expect(bySource(posting, 'Work Ethic')[0]).toMatchObject({ minYears: null, screened: false })
    expect(bySource(posting, 'Fluent English').map((requirement) => requirement.level)).toEqual([
      'fluent',
      'B1',
    ])
    expect(bySource(posting, 'degree')[0]?.alternativeExperience).toBe(true)
    expect(bySource(posting, 'baristas')[0]?.skillIds).toEqual([])
  })

  it('reads the emoji heading as nice to have and drops slogans and calls to action', () => {
    expect(bySource(posting, 'Food Safety')[0]?.kind).toBe('nice_to_have')
    expect(bySource(posting, 'We need you')).toEqual([])
    expect(bySource(posting, 'Apply today')).toEqual([])
  })
})

describe('parsePosting: Portuguese and Spanish headings never seen as phrases', () => {
  it('reads "Seria ótimo se você tivesse" and "Sumarás puntos si" as nice to have', () => {
    const portuguese = parsePosting(
      'Dev\n\nO que esperamos de você\n- Python\n\nSeria ótimo se você tivesse\n- Kotlin\n',
      taxonomy,
    )
    expect(portuguese.requirements.map((requirement) => requirement.kind)).toEqual([
      'required',
      'nice_to_have',
    ])
    const spanish = parsePosting(
      'Dev\n\nLo que necesitas\n- Java\n\nSumarás puntos si tienes:\n- Kafka\n',
      taxonomy,
    )
    expect(spanish.requirements.map((requirement) => requirement.kind)).toEqual(['required', 'nice_to_have'])
  })
})

describe('parsePosting: one line, two kinds', () => {
  it('cuts a line whose clauses state different kinds', () => {
    const posting = parsePosting(
      'Nurse\n\nQualifications\n- Associate degree in Nursing required; BSN preferred\n',
      taxonomy,
    )
    expect(posting.requirements.map((requirement) => [requirement.source.text, requirement.kind])).toEqual([
      ['Associate degree in Nursing required', 'required'],
      ['BSN preferred', 'nice_to_have'],
    ])
  })

  it('keeps the elaboration after a colon out of a list of qualities', () => {
    const posting = parsePosting(
      'PM\n\nAbout you\n- Ownership and a practical mindset: you ship the first version and iterate\n',
      taxonomy,
    )
    expect(posting.requirements.map((requirement) => requirement.label)).toEqual([
      'Ownership',
      'a practical mindset',
    ])
  })
})

describe('parsePosting: preferences and optional clauses inside a line', () => {
  it('keeps the years with the role a line asks for, and makes only its preference optional', () => {
    const posting = parsePosting(
      'Data Analyst\n\nWhat we are looking for\n- 4+ years of experience as a data analyst, ideally in fintech or payments\n- Experiencia con AWS (de preferencia con certificación)\n',
      taxonomy,
    )
    const analyst = posting.requirements.find((requirement) => requirement.minYears === 4)
    expect(analyst).toMatchObject({
      kind: 'required',
      source: { text: '4+ years of experience as a data analyst' },
    })
    expect(posting.requirements.filter((requirement) => requirement.minYears !== null)).toHaveLength(1)
    const optional = posting.requirements.filter((requirement) => requirement.kind === 'nice_to_have')
    expect(optional.map((requirement) => requirement.source.text)).toEqual([
      'ideally in fintech or payments',
      'de preferencia con certificación',
    ])
  })

  it('leaves a preference that only qualifies the ask ("ideally C1", "preferably 5+ years") inside it', () => {
    const posting = parsePosting(
      'Engineer\n\nRequirements\n- Python experience, preferably 5+ years\n- Fluent English, ideally C1\n',
      taxonomy,
    )
    expect(posting.requirements.map((requirement) => requirement.source.text)).toEqual([
      'Python experience, preferably 5+ years',
      'Fluent English, ideally C1',
    ])
  })

  it('reads a refused necessity ("no es necesario, pero suma") as optional', () => {
    const spanish = parsePosting(
      'Cocinero\n\nEs necesario hablar castellano con fluidez; el catalán no es necesario, pero suma.\n',
      taxonomy,
    )
    expect(spanish.requirements.map((requirement) => [requirement.label, requirement.kind])).toEqual([
      ['Spanish', 'required'],
      ['Catalan', 'nice_to_have'],
    ])
  })

  it('reads a short licence line under a requirements heading as a certification', () => {
    const posting = parsePosting(
      'Analista Contábil\n\nRequisitos\n- CRC ativo\n- Colegiado/a\n- Excel avançado\n',
      taxonomy,
    )
    expect(posting.requirements.map((requirement) => [requirement.source.text, requirement.type])).toEqual([
      ['CRC ativo', 'certification'],
      ['Colegiado/a', 'certification'],
      ['Excel avançado', 'skill'],
    ])
  })
})

describe('parsePosting: a heading the reader cannot place', () => {
  const posting = (between: string, after = '') =>
    parsePosting(
      `Data Engineer\n\nRequirements\n- 3+ years with Python\n- SQL\n\n${between}\n- Experience with Kafka\n- Terraform\n${after}`,
      taxonomy,
    )

  it('reads a second list of qualifications after the required one as the optional list', () => {
    const kinds = posting('Cherry on top').requirements.map((requirement) => requirement.kind)
    expect(kinds).toEqual(['required', 'required', 'nice_to_have', 'nice_to_have'])
  })

  it('leaves that list required when an optional list is named further down', () => {
    const kinds = Object.fromEntries(
      posting('Cherry on top', '\nNice to have\n- Docker\n').requirements.map((requirement) => [
        requirement.label,
        requirement.kind,
      ]),
    )
    expect(kinds).toMatchObject({ 'Apache Kafka': 'required', Docker: 'nice_to_have' })
  })
})

describe('parsePosting: a page copied without its line breaks', () => {
  // Items glued end to start, as some job boards copy their lists: each item must still be read on its own.
  const GLUED = [
    'Payroll Specialist | Orchard Health | Tacoma, WA',
    'Overview',
    'What you needPayroll processing for 300+ employees across two statesExperience with ADP payroll softwareWorking' +
      ' knowledge of FLSA overtime rulesOffice hours Tuesday through SaturdayPreferredCPP certificationBenefits' +
      'Dental and vision · 403(b)',
  ].join('\n')

  it('cuts the glued items apart and reads each under its own heading', () => {
    const parsed = parsePosting(GLUED, taxonomy)
    const sources = parsed.requirements.map((requirement) => requirement.source.text)
    expect(sources).toContain('Experience with ADP payroll software')
    expect(sources.some((source) => source.startsWith('Working knowledge of FLSA'))).toBe(true)
    const cpp = parsed.requirements.find((requirement) => requirement.source.text.includes('CPP'))
    expect(cpp?.kind).toBe('nice_to_have')
    expect(parsed.requirements.some((requirement) => requirement.source.text.includes('Dental'))).toBe(false)
  })

  it('leaves a sentence naming brands spelt in two capitalised parts whole', () => {
    const line =
      'Experience with DoubleClick, MailChimp, HubSpot and SurveyMonkey campaigns across accounts, in a team that ' +
      'reports to the marketing director and works with the sales team on lead quality every week of the year.'
    const parsed = parsePosting(`Requirements\n${line}`, taxonomy)
    expect(new Set(parsed.requirements.map((requirement) => requirement.source.text))).toEqual(
      new Set([line]),
    )
  })
})

describe('parsePosting: a page pasted with no line breaks at all', () => {
  const PAGES = [
    [
      'EN',
      'Line Cook – Harbor Grill Apply today About the restaurant We serve seafood on the pier since 1998. ' +
        'What you will need 1+ year on a busy grill station. Food handler card. Able to lift 50 lbs. ' +
        'Bonus points Spanish speaker. Perks Free staff meals, paid time off.',
      ['Food handler card', 'Able to lift 50 lbs'],
      'Spanish speaker',
      ['seafood on the pier', 'Free staff meals'],
    ],
    [
      'PT',
      'Eletricista Predial – Condomínio Vista Verde Candidate-se Quem somos Administramos prédios residenciais há duas ' +
        'décadas. Requisitos Curso de NR-10 válido. Experiência com quadros de distribuição. Disponibilidade para ' +
        'plantões. Diferenciais Curso técnico em eletrotécnica. Oferecemos Vale-refeição e plano de saúde.',
      ['Curso de NR-10 válido', 'quadros de distribuição'],
      'eletrotécnica',
      ['prédios residenciais', 'Vale-refeição'],
    ],
    [
      'ES',
      'Repartidor – Farmacias del Sol Postúlate Sobre nosotros Somos una cadena de farmacias con veinte sucursales. ' +
        'Requisitos Licencia de conducir tipo B vigente. Conocimiento de las calles de la ciudad. Secundaria ' +
        'completa. Deseable Experiencia en reparto de medicamentos. Beneficios Seguro médico y bonos por entrega.',
      ['Licencia de conducir', 'calles de la ciudad'],
      'reparto de medicamentos',
      ['veinte sucursales', 'Seguro médico'],
    ],
  ] as const

  it('reads a question heading, and the item right after a heading stays an item', () => {
    const page =
      'Recepcionista – Clínica Norte ¿Qué buscamos? Secundaria completa con manejo de agenda. Atención telefónica ' +
      "cordial. Uso de Excel básico. It's a plus if you have Experience with dental software. ¿Qué ofrecemos? " +
      'Horario fijo y seguro médico.'
    const parsed = parsePosting(page, taxonomy)
    expect(bySource(parsed, 'Uso de Excel').map((found) => found.kind)).toEqual(['required'])
    expect(bySource(parsed, 'Experience with dental software').map((found) => found.kind)).toEqual([
      'nice_to_have',
    ])
    expect(bySource(parsed, 'Horario fijo')).toEqual([])
  })

  it.each(PAGES)(
    'reads the inline headings at sentence starts and sorts the items under them (%s)',
    (_language, page, required, optional, furniture) => {
      const parsed = parsePosting(page, taxonomy)
      for (const words of required)
        expect(bySource(parsed, words).map((found) => found.kind)).toEqual(['required'])
      expect(bySource(parsed, optional).map((found) => found.kind)).toEqual(['nice_to_have'])
      for (const words of furniture) expect(bySource(parsed, words)).toEqual([])
    },
  )
})

describe('parsePosting: equal-opportunity lines', () => {
  it('sets the statement aside and keeps a requirement that names the same law', () => {
    const text = [
      'HR Business Partner',
      '',
      'Requirements',
      '- Knowledge of equal employment opportunity law',
      '- 5+ years in employee relations',
      '',
      'We are an affirmative action employer.',
    ].join('\n')
    const posting = parsePosting(text, taxonomy)
    expect(bySource(posting, 'equal employment opportunity law')).toHaveLength(1)
    expect(
      posting.setAside.some((item) => item.text.startsWith('We are an affirmative action employer')),
    ).toBe(true)
  })
})

describe('parsePosting: a product written in camel case', () => {
  it('keeps a short line that names it in a sentence', () => {
    const parsed = parsePosting(
      [
        'Night Pharmacist',
        '',
        'Requirements',
        '',
        '- A pharmacy degree',
        'Comfort with dispensing software such as PioneerRx.',
      ].join('\n'),
      taxonomy,
    )
    expect(bySource(parsed, 'PioneerRx').length).toBeGreaterThan(0)
  })
})
