import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { extractDocument } from '../extraction/extract-document'
import { loadTaxonomy, type Taxonomy } from '../taxonomy'
import type { ResumeProfile } from '../types'
import { isListLine } from './is-list-line'
import { parseResume } from './parse-resume'

const referenceDate = new Date('2026-01-15T00:00:00Z')
let taxonomy: Taxonomy

beforeAll(() => {
  taxonomy = loadTaxonomy()
})

const parse = (text: string) => parseResume(text, taxonomy, { referenceDate })
const skill = (profile: ResumeProfile, id: string) => profile.skills.find((entry) => entry.skillId === id)

async function demo(name: string): Promise<{ text: string; profile: ResumeProfile }> {
  const bytes = new Uint8Array(
    readFileSync(new URL(`../../../../fixtures/demo/resumes/${name}`, import.meta.url)),
  )
  const { text } = await extractDocument(bytes, { maxPages: 3 })
  return { text, profile: parse(text) }
}

const sample = `Jane Q. Doe
Senior Backend Engineer
jane.doe@example.com | +1 (415) 555-0100 | linkedin.com/in/jane-doe-demo | https://jane.example.com
San Francisco, CA

Summary
Backend engineer who enjoys payments and reliable systems.

Experience
Senior Backend Engineer, Acme Payments
Jan 2019 – Present
• Built payment services in Golang on PostgreSQL.
• Ran Kafka consumers for settlement.

Backend Developer at Beta Corp
2016 - 2018
• Wrote Java services on PostgreSQL.

Consultant | Gamma Ltd | 2017 - 2019
• Advised on Java migrations.

Education
BSc Computer Science, 2012 - 2016

Skills
Go, Java, PostgreSQL, Kafka, Terraform
`

describe('parseResume: contact details', () => {
  it('reads name, email, phone and links from the top', () => {
    const profile = parse(sample)
    expect(profile.name).toBe('Jane Q. Doe')
    expect(profile.email).toBe('jane.doe@example.com')
    expect(profile.phone).toBe('+1 (415) 555-0100')
    expect(profile.links).toEqual(['linkedin.com/in/jane-doe-demo', 'https://jane.example.com'])
  })

  it('title-cases an all-caps name and takes the name field from a "name | email" line', () => {
    expect(parse('TOM BECKER\nStore Manager\ntom@example.com').name).toBe('Tom Becker')
    expect(parse('Ana Souza | ana@example.com | +55 11 95555-0101').name).toBe('Ana Souza')
    expect(parse('Ana Souza | ana@example.com | +55 11 95555-0101').phone).toBe('+55 11 95555-0101')
  })

  it('reads the entries of a work history written under a skills heading', () => {
    const profile = parse(
      'EXPERIENCE\nQA Manager, Contoso\nJan 2015 - Dec 2020\n\nKey Skills\nTechnologies: Oracle, SQL Server\nTest Lead, Northwind Bank (Feb 2005 - June 2008)\n• Automated Oracle regression tests',
    )
    expect(profile.experiences.map((entry) => [entry.title, entry.employer])).toEqual([
      ['QA Manager', 'Contoso'],
      ['Test Lead', 'Northwind Bank'],
    ])
  })

  it('reads the role line under the name as the headline', () => {
    expect(parse('Priya Raman\nTest Engineer - Northwind Traders\nPune, Maharashtra').headline).toEqual({
      title: 'Test Engineer',
      employer: 'Northwind Traders',
    })
    expect(parse('TOM BECKER\nStore Manager\ntom@example.com').headline).toEqual({
      title: 'Store Manager',
      employer: null,
    })
  })

  it('finds no headline in contact data, places or sentences under the name', () => {
    expect(parse('Priya Raman\npriya@example.com\nTest Engineer').headline).toBeNull()
    expect(parse('Priya Raman\nPune, Maharashtra\nTest Engineer').headline).toBeNull()
    expect(parse('Priya Raman\nI am a test engineer who loves quality.').headline).toBeNull()
    expect(parse('Priya Raman\nEXPERIENCE\nTest Engineer, Northwind\n2019 - 2021').headline).toBeNull()
  })

  it('reads a profile handle written without a scheme', () => {
    expect(parse('Jane Doe\nPune - Email me on Indeed: indeed.com/r/Jane-Doe/0a1b2c3d\n').links).toEqual([
      'indeed.com/r/Jane-Doe/0a1b2c3d',
    ])
  })

  it('does not mistake a year range for a phone number', () => {
    expect(parse('Jane Doe\n2019 - 2021\njane@example.com').phone).toBeNull()
  })
})

describe('parseResume: sections and experience', () => {
  it('finds sections with their headings', () => {
    const profile = parse(sample)
    expect(profile.sections.map((section) => section.name)).toEqual([
      'contact',
      'summary',
      'experience',
      'education',
      'skills',
    ])
  })

  it('reads title, employer and dates in several header layouts', () => {
    const profile = parse(sample)
    expect(
      profile.experiences.map(({ title, employer, startDate, endDate, current }) => ({
        title,
        employer,
        startDate,
        endDate,
        current,
      })),
    ).toEqual([
      {
        title: 'Senior Backend Engineer',
        employer: 'Acme Payments',
        startDate: '2019-01',
        endDate: '2026-01',
        current: true,
      },
      {
        title: 'Backend Developer',
        employer: 'Beta Corp',
        startDate: '2016-01',
        endDate: '2018-01',
        current: false,
      },
      {
        title: 'Consultant',
        employer: 'Gamma Ltd',
        startDate: '2017-01',
        endDate: '2019-01',
        current: false,
      },
    ])
  })

  it('gives each entry a span covering its header and bullets', () => {
    const profile = parse(sample)
    const [first] = profile.experiences
    expect(first && sample.slice(first.start, first.end)).toBe(
      'Senior Backend Engineer, Acme Payments\nJan 2019 – Present\n• Built payment services in Golang on PostgreSQL.\n• Ran Kafka consumers for settlement.',
    )
  })

  it('merges overlapping ranges for total years', () => {
    // 2016-01..2026-01 without double counting 2017-2018.
    expect(parse(sample).totalYears).toBe(10.1)
  })

  it('handles the date formats of Portuguese and Spanish resumes', () => {
    const portuguese = parse(
      'Experiência Profissional\nDesenvolvedora – Banco Azul\njaneiro 2020 – atual\n• APIs em Python\n\nAnalista de Sistemas – Loja Sol\nmar 2017 – dez 2019',
    )
    expect(
      portuguese.experiences.map((entry) => [entry.title, entry.employer, entry.startDate, entry.endDate]),
    ).toEqual([
      ['Desenvolvedora', 'Banco Azul', '2020-01', '2026-01'],
      ['Analista de Sistemas', 'Loja Sol', '2017-03', '2019-12'],
    ])
    const spanish = parse(
      'Experiencia Laboral\nIngeniera de Datos en Nube Roja\nabril 2021 - actualidad\n• Python y Airflow',
    )
    expect(spanish.experiences[0]).toMatchObject({
      title: 'Ingeniera de Datos',
      employer: 'Nube Roja',
      startDate: '2021-04',
      current: true,
    })
  })

  it('finds the employer below the dates, or the whole header below a date line', () => {
    const below = parse(
      'Experience\nAccountant\nJan 2015 to Current\nNorthgate Foods\n• Closed the books monthly.',
    )
    expect(below.experiences[0]).toMatchObject({
      title: 'Accountant',
      employer: 'Northgate Foods',
      current: true,
    })
    const after = parse('Experience\n01/2012 to 12/2014\nData Analyst, Pinecrest Bank\n• Built reports.')
    expect(after.experiences[0]).toMatchObject({
      title: 'Data Analyst',
      employer: 'Pinecrest Bank',
      startDate: '2012-01',
      endDate: '2014-12',
    })
  })

  it('reads an entry whose dates are broken over three lines', () => {
    const profile = parse(
      'Experience\nBuyer, Lakeside Retail\nJune 2015\nto\nMay 2017\n• Negotiated contracts.',
    )
    expect(
      profile.experiences.map((entry) => [entry.title, entry.employer, entry.startDate, entry.endDate]),
    ).toEqual([['Buyer', 'Lakeside Retail', '2015-06', '2017-05']])
  })

  it('reads "03/2020 to date" and "January 2018 to Present" entries', () => {
    const profile = parse(
      'Experience\nBackend Engineer | Banco Meridiano\n03/2020 to date\n\nDevOps Engineer – Quarry Labs\nJanuary 2018 to Present',
    )
    expect(profile.experiences.map((entry) => [entry.startDate, entry.current])).toEqual([
      ['2020-03', true],
      ['2018-01', true],
    ])
  })
})

describe('parseResume: exported-profile layouts', () => {
  const exported = `Ravi Kumar
Staff Consultant - Lakeview Systems

WORK EXPERIENCE

Staff Consultant

Lakeview Systems -  Pune, Maharashtra -

January 2018 to Present

• Built billing services.

Associate Consultant

Harbor Foods -

November 2014 to December 2017

Hyderabad, since November 2014 to till date.

EDUCATION

B.E in Computer Science
`

  it('reads role and employer separated from the dates by blank lines', () => {
    expect(
      parse(exported).experiences.map((entry) => [entry.title, entry.employer, entry.startDate]),
    ).toEqual([
      ['Staff Consultant', 'Lakeview Systems', '2018-01'],
      ['Associate Consultant', 'Harbor Foods', '2014-11'],
      [null, null, '2014-11'],
    ])
  })

  it('skips a link alone on a line between the role and the employer', () => {
    const profile = parse(
      'Experience\n\nTeam Member\n\nhttps://example.com/page\n\nNorthwind -\n\nMarch 2016 to Present\n',
    )
    expect(profile.experiences[0]).toMatchObject({ title: 'Team Member', employer: 'Northwind' })
  })

  it('reads an undated first entry under the heading when it names a role', () => {
    const profile = parse(
      'Work Experience\n\nSoftware Developer\n\nNorthwind\n\nWrote reports for the team.\n',
    )
    expect(profile.experiences).toEqual([
      expect.objectContaining({ title: 'Software Developer', employer: 'Northwind', startDate: null }),
    ])
    expect(parse('Work Experience\n\nWrote reports for the team\n').experiences).toEqual([])
  })

  it('reads labelled "Organisation:" and "Position:" lines as an entry', () => {
    const profile = parse(
      'Experience\n\nOrganisation: Lakeside Retail Pvt. Ltd., Bangalore.\nPosition: Network Engineer\nExposure:\n• Routers',
    )
    expect(profile.experiences).toEqual([
      expect.objectContaining({ title: 'Network Engineer', employer: 'Lakeside Retail Pvt. Ltd.' }),
    ])
  })

  it('ends a skills section at a heading it does not use', () => {
    const profile = parse(
      'Skills\nPython, SQL\n\nADDITIONAL INFORMATION\nTraveled with Python scripts daily.',
    )
    expect(profile.sections.map((section) => section.name)).toEqual(['skills', 'other'])
  })
})

describe('parseResume: resume-builder layouts', () => {
  it('reads roles run together with their employer and place, above or after the dates', () => {
    const profile = parse(
      [
        'Dana Whitfield',
        'Experience',
        '08/2017 to Current',
        'HR Generalist Larkspur Foods \uFFFD Boise , ID',
        'Recruited and onboarded seasonal staff.',
        '',
        'March 2015',
        'to',
        'July 2017',
        'Harbor Bistro Portland , OR Hostess',
        'Seated guests and resolved complaints.',
        '',
        'Ridgeview Academy Tulsa , OK Assistant Swim Coach 06/2012 to 02/2015',
        'Coached junior swimmers.',
      ].join('\n'),
    )
    expect(profile.experiences.map((item) => [item.title, item.employer])).toEqual([
      ['HR Generalist', 'Larkspur Foods'],
      ['Hostess', 'Harbor Bistro'],
      ['Assistant Swim Coach', 'Ridgeview Academy'],
    ])
  })
})

describe('parseResume: employer before the dates, role after them', () => {
  it('reads the side that names a role as the role, whichever side of the dates it is on', () => {
    const profile = parse(
      [
        'Marisol Ferreira',
        'Work History',
        'Tidewater Logistics March 2016 to Current Payroll Specialist',
        'Norfolk , VA',
        'Processed biweekly payroll for 900 staff.',
        '',
        'Blue Heron Inn June 2012 to February 2016 Night Auditor',
        'Ocean City , MD',
        'Balanced the daily ledger.',
      ].join('\n'),
    )
    expect(profile.experiences.map((item) => [item.title, item.employer])).toEqual([
      ['Payroll Specialist', 'Tidewater Logistics'],
      ['Night Auditor', 'Blue Heron Inn'],
    ])
  })

  it('reads a role that opens a date line running on into prose', () => {
    const profile = parse(
      [
        'Owen Castellano',
        'Experience',
        'Regional Warehouse Supervisor 04/2015 to Current Kestrel Freight Reno , NV Oversaw inbound and outbound docks for three shifts',
        'Cut dock-to-stock time by a fifth.',
        '',
        'Forklift Operator 02/2011 to 03/2015 Kestrel Freight Reno , NV Moved pallets between receiving and the pick lines every day',
      ].join('\n'),
    )
    expect(profile.experiences.map((item) => item.title)).toEqual([
      'Regional Warehouse Supervisor',
      'Forklift Operator',
    ])
  })
})

describe('parseResume: skills', () => {
  it('tags mentions in a skills section or a list line as skills_list, and bullets as described_work', () => {
    const profile = parse(sample)
    const go = skill(profile, 'go')
    expect(go?.mentions.map((mention) => [mention.section, mention.source])).toEqual([
      ['experience', 'described_work'],
      ['skills', 'skills_list'],
    ])
    const terraform = skill(profile, 'terraform')
    expect(terraform?.mentions.map((mention) => mention.source)).toEqual(['skills_list'])
    const listed = parse('Experience\nEngineer, Acme\n2020 - 2022\nTech stack: Python, Docker, Redis')
    expect(skill(listed, 'python')?.mentions[0]).toMatchObject({
      section: 'experience',
      source: 'skills_list',
    })
  })

  it('sums the merged ranges of the entries whose span mentions the skill', () => {
    const profile = parse(sample)
    // Go: only the current job, 2019-01..2026-01 inclusive.
    expect(skill(profile, 'go')).toMatchObject({ years: 7.1, lastUsedYear: 2026 })
    // Java: 2016-2018 and 2017-2019 overlap into 2016-01..2019-01.
    expect(skill(profile, 'java')).toMatchObject({ years: 3.1, lastUsedYear: 2019 })
    // PostgreSQL: both the current job and Beta Corp.
    expect(skill(profile, 'postgresql')).toMatchObject({ years: 9.2, lastUsedYear: 2026 })
    // Listed only: no years, never used in a dated entry.
    expect(skill(profile, 'terraform')).toMatchObject({ years: 0, lastUsedYear: null })
  })

  it('ignores skill names inside links and email addresses', () => {
    const profile = parse('Jane Doe\njane@kafka.example.com | github.com/jane\n\nSkills\nPython')
    expect(skill(profile, 'kafka')).toBeUndefined()
    expect(skill(profile, 'github')).toBeUndefined()
  })

  it('recognises list lines', () => {
    expect(isListLine('Python, Go, Bash')).toBe(true)
    expect(isListLine('• Kafka, REST, Docker, AWS, Terraform')).toBe(true)
    expect(isListLine('Languages | Python, Go, SQL')).toBe(true)
    expect(isListLine('Built data pipelines in Python, Go and SQL on Linux servers.')).toBe(false)
    expect(isListLine('Python and Go')).toBe(false)
  })

  it('is deterministic for the same reference date', () => {
    expect(parse(sample)).toEqual(parse(sample))
  })
})

describe('parseResume: demo resumes', () => {
  it('reads the two-column PDF of a strong ML platform candidate', async () => {
    const { profile } = await demo('priya-raman.pdf')
    expect(profile).toMatchObject({ name: 'Priya Raman', email: 'priya.raman@example.com', totalYears: 11.6 })
    expect(profile.experiences.map((entry) => entry.employer)).toEqual([
      'Northwind Robotics',
      'Bluefin Analytics',
      'Tidewater Systems',
    ])
    expect(skill(profile, 'kubernetes')).toMatchObject({ years: 8.9, lastUsedYear: 2026 })
    expect(skill(profile, 'mlflow')?.mentions.map((mention) => mention.source)).toEqual([
      'skills_list',
      'described_work',
    ])
  })

  it('reads the Portuguese plain-text resume', async () => {
    const { profile } = await demo('sofia-martins.txt')
    expect(profile.sections.map((section) => section.name)).toEqual([
      'contact',
      'summary',
      'experience',
      'education',
      'skills',
      'languages',
    ])
    expect(profile.experiences.map((entry) => [entry.title, entry.employer, entry.current])).toEqual([
      ['Cientista de Dados Sênior', 'Varejo Aurora', true],
      ['Analista de Dados', 'Banco Horizonte', false],
    ])
    expect(skill(profile, 'kubernetes')).toBeUndefined()
  })

  it('reads the DOCX resume with a skills table', async () => {
    const { profile } = await demo('daniel-okafor.docx')
    expect(profile.experiences.map((entry) => [entry.title, entry.employer])).toEqual([
      ['Senior ML Infrastructure Engineer', 'Helix Health'],
      ['DevOps Engineer', 'Quarry Labs'],
    ])
    const prometheus = skill(profile, 'prometheus')
    expect(prometheus?.mentions.map((mention) => [mention.section, mention.source])).toEqual([
      ['skills', 'skills_list'],
    ])
  })
})
