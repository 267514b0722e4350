import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

const skillSets = (text: string) =>
  parsePosting(text, taxonomy).requirements.map((requirement) => [...requirement.skillIds].sort().join('+'))

describe('parsePosting: lists of skills (parser 5)', () => {
  it('skills joined by "and" are each asked for, even when the taxonomy relates them', () => {
    expect(skillSets('Requirements:\n- Comfortable with Docker and Kubernetes in production\n')).toEqual([
      'docker',
      'kubernetes',
    ])
  })

  it('examples illustrate the item just before them, not the whole list', () => {
    const sets = skillSets(
      'Requisitos:\n- Manejo de Active Directory, Office 365 y herramientas de tickets como Jira Service Management\n',
    )
    expect(sets).toContain('active-directory')
    expect(sets).toContain('microsoft-office')
    expect(
      sets.some((set) => set.includes('jira-service-management') && !set.includes('microsoft-office')),
    ).toBe(true)
  })

  it('a skill offered instead of a class of tools stays an alternative ("SQL or a tool like Amplitude")', () => {
    const sets = skillSets(
      'What you need\n- Comfortable with SQL or a self-serve tool like Amplitude or Mixpanel\n',
    )
    expect(sets).toHaveLength(1)
    expect(sets[0]).toContain('sql')
  })

  it('a skill restated in brackets is one item ("English as a second language (ESL)")', () => {
    expect(
      skillSets('Requirements:\n- Experience teaching English as a second language (ESL)\n'),
    ).toHaveLength(1)
  })

  it('a dotted name is one word: "Next.js" is not cut into "Next." and "js"', () => {
    const parsed = parsePosting('Diferenciais\n👉 Next.js\n👉 Design systems\n', taxonomy)
    expect(parsed.requirements.map((requirement) => requirement.label)).not.toContain('js')
    expect(parsed.requirements.some((requirement) => requirement.skillIds.includes('nextjs'))).toBe(true)
  })

  it('a tool whose name is a common word is confirmed by the rest of the posting ("com Airflow")', () => {
    const parsed = parsePosting(
      'Pré-requisitos\n1. Python e SQL avançados\n2. Orquestração de pipelines com Airflow\n',
      taxonomy,
    )
    expect(parsed.requirements.some((requirement) => requirement.skillIds.includes('airflow'))).toBe(true)
    // Alone, the line gives no context: "Airflow" may be the air moving through a room.
    const alone = parsePosting('Pré-requisitos\n1. Orquestração de pipelines com Airflow\n', taxonomy)
    expect(alone.requirements.some((requirement) => requirement.skillIds.includes('airflow'))).toBe(false)
  })

  it('a short item of a list under a qualification heading is kept', () => {
    const parsed = parsePosting(
      'Pontos extras\n1. Experiência com dbt\n2. Vivência no mercado financeiro\n',
      taxonomy,
    )
    expect(parsed.requirements.some((requirement) => requirement.label.includes('mercado financeiro'))).toBe(
      true,
    )
  })
})

describe('parsePosting: furniture by shape, per sentence', () => {
  it('sets pay inside a prose line aside and keeps the rest of the line', () => {
    const parsed = parsePosting(
      [
        'Staff Accountant at Lakewood Dental',
        'You need two years of accounts payable experience and solid Excel skills.',
        'This role is on-site at our Lakewood office three days a week. Pay is $28–$34/hour depending on experience.',
      ].join('\n'),
      taxonomy,
    )
    expect(parsed.setAside.some((item) => item.reason === 'salary' && item.text.startsWith('Pay is'))).toBe(
      true,
    )
    expect(parsed.requirements.some((requirement) => requirement.label.startsWith('Pay is'))).toBe(false)
  })

  it('a question in the applicant voice opens an FAQ answer; an answer stating a must stays a requirement', () => {
    const parsed = parsePosting(
      [
        'About you',
        '- 5+ years in communications',
        'FAQs',
        "Can I apply if I don't meet every requirement?",
        "Yes. Research shows some people don't apply unless they meet every criterion.",
        'Is this role open to applicants outside the UK?',
        'You must have the right to work in the UK; we are unable to offer visa sponsorship.',
      ].join('\n'),
      taxonomy,
    )
    const labels = parsed.requirements.map((requirement) => requirement.label)
    expect(labels.some((label) => label.startsWith('Research shows'))).toBe(false)
    expect(labels.some((label) => label.includes('right to work'))).toBe(true)
  })

  it('a referral line, a metadata block and a role announcement are furniture', () => {
    const parsed = parsePosting(
      [
        'Requisitos',
        '- 3 años de experiencia en cocina',
        'Descripción',
        'Buscamos jefe/a de partida para nuestra partida de carnes y brasa.',
        'Seniority level: Mid-Senior level',
        'Employment type: Full-time',
        'Industries: Software Development',
        'Referrals increase your chances of interviewing at Paylane by 2x',
      ].join('\n'),
      taxonomy,
    )
    const aside = new Map(parsed.setAside.map((item) => [item.text.trim(), item.reason]))
    expect(aside.get('Industries: Software Development')).toBe('metadata')
    expect(aside.get('Referrals increase your chances of interviewing at Paylane by 2x')).toBe(
      'call-to-action',
    )
    expect(aside.get('Buscamos jefe/a de partida para nuestra partida de carnes y brasa.')).toBe('title')
    expect(parsed.requirements).toHaveLength(1)
  })

  it('a key that states a must is never metadata ("Imprescindible residente en: …")', () => {
    const parsed = parsePosting(
      'Requisitos mínimos\nExperiencia mínima: Al menos 3 años\nImprescindible residente en: Provincia de Valencia\n',
      taxonomy,
    )
    expect(parsed.setAside.some((item) => item.text.startsWith('Imprescindible'))).toBe(false)
  })
})

describe('parsePosting: asks the taxonomy files under one name (parser 10)', () => {
  const labelsOf = (text: string) =>
    parsePosting(text, taxonomy).requirements.map((requirement) => requirement.label)

  it('two credentials under one name are two requirements, each labelled with its own words', () => {
    const labels = labelsOf('Requirements:\n- OSHA 10 and OSHA 30 cards, both current\n')
    expect(labels).toHaveLength(2)
    expect(labels.some((label) => label.includes('OSHA 10'))).toBe(true)
    expect(labels.some((label) => label.includes('OSHA 30'))).toBe(true)
  })

  it('other names for one skill on one line are one requirement that keeps every name', () => {
    const labels = labelsOf('Requirements:\n- Comfortable with billing and invoices\n')
    expect(labels).toHaveLength(1)
    expect(labels[0]).toContain('billing')
    expect(labels[0]).toContain('invoices')
  })

  it('two fields with only a space between them are one noun phrase, labelled as the posting words it', () => {
    const parsed = parsePosting('Requirements:\n- Understanding of GDPR and payroll accounting\n', taxonomy)
    expect(parsed.requirements.map((requirement) => [...requirement.skillIds].sort())).toEqual([
      ['gdpr'],
      ['accounting', 'payroll'],
    ])
    const freight = parsePosting('Requirements:\n- Incoterms and freight invoicing\n', taxonomy).requirements
    expect(freight).toHaveLength(2)
    expect(freight[1]?.label).toContain('freight invoicing')
  })

  it('a field that only qualifies the noun after it is labelled with the whole phrase', () => {
    const labels = labelsOf('Requirements:\n- Familiarity with accounting software\n')
    expect(labels[0]).toContain('accounting software')
    // A tool is asked as itself: "Docker containers" asks for Docker.
    expect(labelsOf('Requirements:\n- Docker containers\n')).toEqual(['Docker'])
  })

  it('requirements sharing a broad skill are kept apart when they ask different things', () => {
    const parsed = parsePosting(
      'Requirements:\n- 3+ years of accounting experience\n- Familiarity with accounting software\n',
      taxonomy,
    )
    expect(parsed.requirements).toHaveLength(2)
    const degrees = parsePosting(
      "Requirements:\n- Bachelor's degree in Nursing\nPreferred:\n- Master's degree in Nursing\n",
      taxonomy,
    ).requirements
    expect(degrees.map((requirement) => requirement.kind)).toEqual(['required', 'nice_to_have'])
    expect(degrees[1]?.label).toContain("Master's degree")
  })

  it('a true duplicate still merges, the required mention winning', () => {
    const parsed = parsePosting('Preferred:\n- SQL\nRequirements:\n- Advanced SQL\n', taxonomy)
    expect(parsed.requirements).toHaveLength(1)
    expect(parsed.requirements[0]?.kind).toBe('required')
  })
})

describe('parsePosting: tools the taxonomy does not know, listed beside tools it does (parser 10)', () => {
  const read = (line: string) =>
    parsePosting(`Requirements:\n- ${line}\n`, taxonomy).requirements.map((requirement) => requirement.label)

  it('a name written as products are written, listed with "and" beside a known tool, is a tool of its own', () => {
    expect(read('Day-to-day use of Figma, Trello and Pipefy')).toContain('Pipefy')
    expect(read('Manejo de Excel y TaxDown')).toContain('TaxDown')
  })

  it('a name offered as another choice joins the known tool, and two unknown choices make one requirement', () => {
    const labels = read('Experiência com QuickBooks ou Omie')
    expect(labels).toHaveLength(1)
    expect(labels[0]).toContain('Omie')
    expect(read('Soltura con Excel y Holded o Anfix')).toContain('Holded / Anfix')
  })

  it('names inside brackets or after an example marker illustrate the tool, and fields or teams are no tools', () => {
    expect(read('Hands-on AWS (ECS, Fargate, IAM) in production')).toHaveLength(1)
    expect(read("Bachelor's degree in Psychology, Anthropology or Sociology")).toHaveLength(1)
    expect(read('Partnering with Product Management, Sales Ops and Large Accounts')).not.toContain(
      'Large Accounts',
    )
  })
})

describe('parsePosting: two noun phrases joined by "and" / "e" / "y" (parser 10)', () => {
  const sources = (text: string) =>
    parsePosting(text, taxonomy).requirements.map((requirement) => requirement.source.text)

  it('phrases with different heads are asked apart, whether or not the taxonomy knows them', () => {
    expect(sources('Requisitos:\n- Redação publicitária e gestão de comunidades\n')).toEqual([
      'Redação publicitária',
      'gestão de comunidades',
    ])
    expect(sources('Requirements:\n- Grant writing and donor stewardship\n')).toEqual([
      'Grant writing',
      'donor stewardship',
    ])
    // Pasted without bullets, each phrase of a short line under the heading is still an item.
    expect(sources('Requisitos\nPython\nRedacción técnica y gestión documental\n')).toEqual([
      'Python',
      'Redacción técnica',
      'gestión documental',
    ])
    // A credential joined to a degree is asked on its own.
    expect(sources('Requisitos:\n- Licenciatura en Enfermería y colegiatura vigente\n')).toHaveLength(2)
  })

  it('a shared head, a predicate, a list of choices, a prepositional object or one degree stay whole', () => {
    for (const line of [
      'Planning and running workshops',
      'You have owned renewals and upsell targets',
      'Técnicas de panadería con masa madre y fermentación lenta',
      'Degree in Economics and Public Policy',
      'Prometheus e Grafana ou ferramentas como Datadog',
      'Lead sales presentations and business reviews',
    ])
      expect(new Set(sources(`Requirements:\n- ${line}\n`))).toEqual(new Set([line]))
  })
})

// Asks listed in one sentence after a requirement label or a predicate of needing: one requirement each.
describe('parsePosting: a comma list of asks', () => {
  const sources = (text: string) => parsePosting(text, taxonomy).requirements.map((r) => r.source.text)

  it.each([
    [
      'EN',
      'Warehouse Associate\n\nRequirements: a reach truck certificate, safety shoes, 6 months of picking experience\n',
      ['a reach truck certificate', 'safety shoes', '6 months of picking experience'],
    ],
    [
      'PT',
      'Operador\n\nRequisitos: CNH categoria C, ensino médio completo e curso de NR-11 em dia\n',
      ['CNH categoria C', 'ensino médio completo', 'curso de NR-11 em dia'],
    ],
    [
      'ES',
      'Cajero\n\nRequisitos: bachillerato terminado, 1 año de experiencia en caja, disponibilidad de lunes a sábado\n',
      ['bachillerato terminado', '1 año de experiencia en caja', 'disponibilidad de lunes a sábado'],
    ],
    [
      'EN predicate',
      'Courier\n\nTo join us you need a clean driving licence, your own van and one year of courier work.\n',
      ['a clean driving licence', 'your own van', 'one year of courier work'],
    ],
    [
      'ES predicate',
      'Chofer\n\nSe requiere: título de bachiller, licencia de conducir vigente, 2 años de experiencia en reparto\n',
      ['título de bachiller', 'licencia de conducir vigente', '2 años de experiencia en reparto'],
    ],
  ])('gives one requirement per ask (%s)', (_language, text, asks) => {
    expect(sources(text)).toEqual(asks)
  })

  it('splits a list of asks but leaves lists of tools, alternatives and examples as they were', () => {
    expect(
      sources('Picker\n\nRequirements: a forklift licence, steel-toe boots, 1 year in a warehouse\n'),
    ).toHaveLength(3)
    expect(skillSets('Analyst\n\nRequirements: Python, SQL and Airflow\n')).toEqual([
      'python',
      'sql',
      'airflow',
    ])
    expect(
      sources(
        'Analyst\n\nRequirements: a forklift licence, a reach truck licence or a pallet jack certificate\n',
      ),
    ).toHaveLength(1)
    expect(
      sources('Cajero\n\nRequisitos: experiencia en comercio, como caja, reposición o atención al público\n'),
    ).toHaveLength(1)
  })
})
