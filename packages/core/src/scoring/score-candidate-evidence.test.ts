import { describe, expect, it } from 'vitest'
import { parseResume } from '../resume/parse-resume'
import { loadTaxonomy, narrowerSkillIds } from '../taxonomy'
import type { RequirementInput, RequirementResult, ResumeChunk, SemanticMatch } from '../types'
import { requirementsFrom } from './assess-posting-line.test-helpers'
import { findDefinedAcronyms } from './find-defined-acronyms'
import { loadWordNet } from './load-wordnet'
import { scoreCandidate } from './score-candidate'

const taxonomy = loadTaxonomy()

/** A semantic match of every requirement to the chunk holding `passage`, as close as similarity gets. */
function closeMatches(requirements: RequirementInput[], text: string, passage: string): SemanticMatch[] {
  const start = text.indexOf(passage)
  if (start < 0) throw new Error(`fixture lacks ${passage}`)
  const chunk: ResumeChunk = {
    index: 0,
    start,
    end: start + passage.length,
    text: passage,
    section: 'experience',
  }
  return requirements.map((requirement) => ({ requirementId: requirement.id, chunk, similarity: 0.95 }))
}

/** The best status over the requirements a posting line became (a line may name two skills). */
function assess(line: string, resume: string, passage?: string): RequirementResult {
  const requirements = requirementsFrom(line)
  expect(requirements.length).toBeGreaterThan(0)
  const profile = parseResume(resume, taxonomy, { referenceDate: new Date('2026-01-01') })
  const evaluation = scoreCandidate({
    requirements,
    resumeText: resume,
    profile,
    taxonomy,
    semanticMatches: passage ? closeMatches(requirements, resume, passage) : [],
  })
  const rank = { matched: 2, partial: 1, missing: 0 }
  const [best] = [...evaluation.requirements].sort((a, b) => rank[b.status] - rank[a.status])
  for (const result of evaluation.requirements)
    for (const item of result.evidence) expect(resume.slice(item.start, item.end)).toBe(item.quote)
  return best as RequirementResult
}

function resume(...experienceLines: string[]): string {
  return [
    'Jordan Reyes',
    'jordan@example.org',
    '',
    'Experience',
    'Shift Lead, Harbor Foods, 01/2018 to 12/2023',
    ...experienceLines.map((line) => `- ${line}`),
    '',
    'Education',
    'High School Diploma, Lincoln High School, 2012',
  ].join('\n')
}

describe('scoreCandidate evidence: passages that say nothing about the requirement are no evidence', () => {
  it('Docker or Kubernetes is missing beside "Computer Manufacturing Supervisor"', () => {
    const text = resume('Computer Manufacturing Supervisor for the assembly floor.')
    const result = assess('Experience with Docker or Kubernetes', text, 'Computer Manufacturing Supervisor')
    expect(result).toMatchObject({ status: 'missing', basis: 'none', evidence: [] })
  })

  it('Docker or Kubernetes is missing beside "Beginner in Spanish and Chinese"', () => {
    const text = `${resume('Served customers at the counter.')}\n\nLanguages\nBeginner in Spanish and Chinese`
    const result = assess('Experience with Docker or Kubernetes', text, 'Beginner in Spanish and Chinese')
    expect(result).toMatchObject({ status: 'missing', basis: 'none' })
  })

  it('scheduling staff is missing beside "Maintained B honor roll"', () => {
    const text = resume('Maintained B honor roll while working part time.')
    const result = assess('Experience scheduling staff', text, 'Maintained B honor roll')
    expect(result).toMatchObject({ status: 'missing', basis: 'none' })
  })

  it('Kubernetes is missing beside a manufacturing implementation in Monterrey', () => {
    const passage = 'implementation of manufacturing applications at facilities in Monterrey'
    const text = resume(`Led the ${passage}.`)
    const result = assess('Kubernetes experience', text, passage)
    expect(result).toMatchObject({ status: 'missing', basis: 'none' })
  })

  it('"works with AI" is missing where the resume defines AI as Authorization Increases', () => {
    const text = resume(
      'Processed Authorization Increases (AI) for cardholders.',
      'Reviewed AI requests daily against credit policy.',
    )
    const result = assess('Works with AI', text)
    expect(result).toMatchObject({ status: 'missing', basis: 'none' })
  })

  it('still counts AI where the resume means artificial intelligence', () => {
    const text = resume('Built AI assistants for the support desk.')
    expect(assess('Works with AI', text).status).not.toBe('missing')
  })
})

describe('scoreCandidate evidence: real evidence in other words is found', () => {
  it('"Took and ordered inventory" shows inventory management, as a quoted paraphrase', () => {
    const result = assess('Inventory management', resume('Took and ordered inventory for the store.'))
    expect(result).toMatchObject({ status: 'partial', basis: 'paraphrase' })
    expect(result.evidence[0]?.quote).toBe('Took and ordered inventory for the store.')
    expect(result.reason).toContain('Took and ordered inventory for the store.')
  })

  it('MySQL satisfies SQL through the skill hierarchy, naming both', () => {
    const result = assess('Experience with SQL databases', resume('Wrote reports against a MySQL database.'))
    expect(result).toMatchObject({ status: 'matched', basis: 'narrower' })
    expect(result.reason).toMatch(/MySQL.*SQL/)
  })

  it('"Trained and scheduled employees" shows scheduling staff (employees ~ staff)', () => {
    const result = assess('Experience scheduling staff', resume('Trained and scheduled employees.'))
    expect(result.status).not.toBe('missing')
    expect(['named', 'paraphrase']).toContain(result.basis)
    expect(result.evidence[0]?.quote).toBe('Trained and scheduled employees.')
  })

  it('Excel satisfies Microsoft Office', () => {
    const result = assess('Proficient in Microsoft Office', resume('Tracked weekly sales in Excel.'))
    expect(result).toMatchObject({ status: 'matched', basis: 'narrower' })
    expect(result.reason).toMatch(/Excel.*Microsoft Office/)
  })

  it('"Certified Basic Cardiac Life Support" satisfies CPR certification', () => {
    const text = `${resume('Served customers.')}\n\nCertifications\nCertified Basic Cardiac Life Support`
    const result = assess('CPR certification', text)
    expect(result).toMatchObject({ status: 'matched', basis: 'narrower' })
  })
})

describe('scoreCandidate evidence: type-specific rules', () => {
  it('matches words by lemma, not by prefix: "manager" is not "management"', () => {
    const text = resume('Reported to the store manager on budgets.')
    expect(assess('Budget management', text).status).toBe('missing')
    expect(assess('Budget management', resume('Managed the budget for two stores.')).status).not.toBe(
      'missing',
    )
  })

  it('a degree needs the level and the field; a lower level or an unfinished degree is not it', () => {
    const line = "Bachelor's degree in Nursing"
    const holds = [
      'Jordan Reyes',
      '',
      'Education',
      'Bachelor of Science in Nursing, State University, 2015',
    ].join('\n')
    expect(assess(line, holds)).toMatchObject({ status: 'matched', basis: 'named' })
    const associate = holds.replace('Bachelor of Science', 'Associate of Science')
    expect(assess(line, associate).status).toBe('missing')
    const unfinished = holds.replace('2015', 'expected 2027')
    expect(assess(line, unfinished).status).toBe('missing')
    const otherField = holds.replace('Nursing', 'History')
    expect(assess(line, otherField).status).toBe('missing')
  })

  it("reads a degree's field on the next line only when that line is not a degree of its own", () => {
    const line = "Bachelor's degree in Computer Science, Information Systems or a related field"
    const split = [
      'Jordan Reyes',
      '',
      'Education',
      'Bachelor of Science, State University, 2015',
      'Computer Science',
    ]
    expect(assess(line, split.join('\n')).status).toBe('matched')
    const stacked = [
      'Jordan Reyes',
      '',
      'Education',
      'B.S : Biology, State University, 2015',
      'A.A.S Networking, Microcomputer Specialization, Community College, 2001',
    ]
    expect(assess(line, stacked.join('\n')).status).toBe('missing')
  })

  it('honours "or equivalent experience" as a partial', () => {
    const text = resume('Ran the night shift.')
    const result = assess("Bachelor's degree in Business or equivalent experience", text)
    expect(result).toMatchObject({ status: 'partial', basis: 'equivalent' })
  })

  it('a language at beginner level does not meet a language requirement', () => {
    const text = `${resume('Served customers.')}\n\nLanguages\nSpanish (beginner)`
    expect(assess('Fluent in Spanish', text).status).toBe('missing')
    const fluent = `${resume('Served customers.')}\n\nLanguages\nSpanish (native)`
    expect(assess('Fluent in Spanish', fluent).status).not.toBe('missing')
  })

  it('experience years come from the dated roles in the field', () => {
    const text = resume('Supervised a team of cashiers in retail.')
    expect(assess('3+ years of retail experience', text)).toMatchObject({ status: 'matched', basis: 'named' })
    expect(assess('10+ years of retail experience', text)).toMatchObject({
      status: 'partial',
      basis: 'years_short',
    })
    expect(assess('20+ years of retail experience', text)).toMatchObject({ status: 'missing' })
  })

  it('a sibling in the same family is a related partial (PostgreSQL for MySQL: both SQL databases)', () => {
    const result = assess('Experience with MySQL', resume('Wrote queries in PostgreSQL.'))
    expect(result).toMatchObject({ status: 'partial', basis: 'related' })
    expect(result.reason).toMatch(/PostgreSQL/)
    expect(assess('Experience with Kotlin', resume('Built services in Java.')).status).toBe('missing')
  })

  it('a skill only in a skills list is matched as listed', () => {
    const text = `${resume('Served customers.')}\n\nSkills\nPython, Git`
    expect(assess('Python', text)).toMatchObject({ status: 'matched', basis: 'listed' })
  })

  it('every partial carries a basis other than none', () => {
    const text = resume('Took and ordered inventory.', 'Wrote queries in PostgreSQL.')
    for (const line of ['Inventory management', 'Experience with SQL', 'Experience with Neptune']) {
      const result = assess(line, text)
      if (result.status === 'partial') expect(result.basis).not.toBe('none')
    }
  })
})

describe('taxonomy hierarchy and lexicon', () => {
  it('lists narrower skills transitively (CPR <- BLS <- ACLS)', () => {
    expect(narrowerSkillIds(taxonomy, 'sql')).toEqual(expect.arrayContaining(['mysql', 'postgresql']))
    expect(narrowerSkillIds(taxonomy, 'microsoft-office')).toContain('microsoft-excel')
    expect(narrowerSkillIds(taxonomy, 'cpr')).toEqual(expect.arrayContaining(['bls', 'acls']))
    expect(narrowerSkillIds(taxonomy, 'mysql')).toEqual([])
  })

  it('lemmatises inflected forms and expands a requirement word to its synonyms and members', () => {
    const wordNet = loadWordNet()
    expect(wordNet.lemmas('scheduled')).toContain('schedule')
    expect(wordNet.lemmas('trained')).toContain('train')
    expect(wordNet.lemmas('took')).toContain('take')
    expect(wordNet.expand('staff').has('employee')).toBe(true)
    expect(wordNet.expand('management').has('manage')).toBe(true)
  })

  it('reads acronyms a resume defines', () => {
    const acronyms = findDefinedAcronyms(
      'Processed Authorization Increases (AI) and Electronic Medical Records (EMR).',
    )
    expect(acronyms.get('ai')).toBe('authorization increases')
    expect(acronyms.get('emr')).toBe('electronic medical records')
  })
})

describe('scoreCandidate: a bilingual line asks for every language it names', () => {
  it('French alone does not meet "Bilingual French/German"', () => {
    const text = resume('Answered customer calls in French and handled the front desk with the team.')
    expect(assess('Bilingual French/German required', text).status).toBe('missing')
  })

  it('French and German together meet "Bilingual French/German", quoting both', () => {
    const text = resume(
      'Answered customer calls in French and handled the front desk with the team.',
      'Translated the safety manuals into German for the warehouse staff.',
    )
    const result = assess('Bilingual French/German required', text)
    expect(result.status).toBe('matched')
    expect(result.evidence.map((item) => item.quote).join(' ')).toMatch(
      /French[\s\S]*German|German[\s\S]*French/,
    )
  })

  it('a resume written in English shows English, so "Bilingual English/Italian" needs only Italian shown', () => {
    const withItalian = resume('Greeted the guests of the restaurant in Italian and in the dining room.')
    expect(assess('Bilingual English/Italian preferred', withItalian).status).toBe('matched')
    const without = resume('Greeted the guests of the restaurant and kept the dining room in order.')
    expect(assess('Bilingual English/Italian preferred', without).status).toBe('missing')
  })

  it('a language line without "bilingual" still accepts any one language named', () => {
    const text = resume('Answered customer calls in French and handled the front desk with the team.')
    expect(assess('French or German', text).status).not.toBe('missing')
  })
})

describe('scoreCandidate: years of experience are shown by dated roles', () => {
  const chef = [
    'Sam Okafor',
    '',
    'Experience',
    'Executive Chef, Riverside Bistro, 03/2014 to 06/2019',
    '- Planned seasonal menus and ran a brigade of nine.',
    'Chef de Partie, Hotel Alba, 01/2011 to 02/2014',
    '- Ran the grill station for banquets.',
  ].join('\n')

  it('dated chef roles meet years asked as a cook or chef, even when the line was read as a skill', () => {
    const result = assess('4+ years of experience as a cook or chef', chef)
    expect(result.status).toBe('matched')
    expect(result.yearsFound ?? 0).toBeGreaterThanOrEqual(4)
  })

  it('a sentence with the field words but no dated role does not meet years asked', () => {
    const text = resume('Provided support during the go-live of the new till system.')
    expect(assess('3+ years of experience in IT support', text).status).toBe('missing')
  })
})

describe('scoreCandidate: a role is in the field when it is of that kind, not when it shares a word', () => {
  // A teacher whose lines share the posting sentence's other words (leading, technology, management).
  const teacher = [
    'Ana Ribeiro',
    '',
    'Experience',
    'Mathematics Teacher, Lakeside Academy, 01/2008 to 12/2020',
    '- Leading the technology committee and the management of the school budget.',
    '- Taught algebra to executive education students.',
  ].join('\n')

  it('the sentence around the field does not put a teacher in sales (EN)', () => {
    const result = assess(
      '8 years of experience leading consultations in an executive sales role in technology',
      teacher,
    )
    expect(result.status).toBe('missing')
  })

  it('the sentence around the field does not put a teacher in consulting (ES)', () => {
    const result = assess('6+ años de experiencia en consultoría de gestión o banca de inversión', teacher)
    expect(result.status).toBe('missing')
  })

  it('dated roles whose title names the field by an alias meet the years asked', () => {
    const seller = [
      'Bruno Lima',
      '',
      'Experience',
      'Account Executive, Northwind Software, 01/2012 to 12/2019',
      '- Closed renewals with mid-market customers.',
    ].join('\n')
    const result = assess('6+ years of experience in an executive sales role in technology', seller)
    expect(result.status).toBe('matched')
    expect(result.yearsFound ?? 0).toBeGreaterThanOrEqual(6)
  })

  it('one duty in passing does not make a role of the field, and a skill named without such a role is partial', () => {
    const text = [
      'Rui Costa',
      '',
      'Experience',
      'Chief Financial Officer, Harbor Foods, 01/2005 to 12/2020',
      '- Closed the books monthly and prepared the annual budget.',
      '- Assisted in the development of company marketing.',
      '- Negotiated credit lines with three banks.',
    ].join('\n')
    const result = assess('6+ years of experience in a marketing role', text)
    expect(result).toMatchObject({ status: 'partial', basis: 'years_short' })
  })

  it('a chef named in a line as a brand or a client is not a role as chef', () => {
    const text = [
      'Dana Wells',
      '',
      'Experience',
      'Regional Director, Homeware Direct, 01/2010 to 12/2015',
      '- Independent contractor for Pampered Chef kitchenware parties.',
      '- Catered events alongside the head chef of a partner hotel.',
    ].join('\n')
    expect(assess('3+ years of experience as a line cook or chef', text).status).toBe('missing')
  })

  it('a header read the wrong way round still names the role', () => {
    const text = [
      'Dana Wells',
      '',
      'Experience',
      'Company Name, Owner/Chef, 01/2005 to 12/2012',
      '- Ran the kitchen.',
    ].join('\n')
    const result = assess('3+ years of experience as a line cook or chef', text)
    expect(result.status).toBe('matched')
  })
})

describe('scoreCandidate: overlapping roles count their months once', () => {
  it('two sales roles held at the same time do not add up to years asked', () => {
    const text = [
      'Lee Marsh',
      '',
      'Experience',
      'Sales Representative, Northwind Outfitters, 01/2020 to 12/2022',
      '- Sold outdoor gear to walk-in customers.',
      'Sales Associate, Corner Books, 01/2020 to 12/2022',
      '- Sold books on weekends.',
    ].join('\n')
    const result = assess('5+ years of experience in sales', text)
    expect(result.yearsFound).toBeLessThan(3.5)
    expect(result.status).not.toBe('matched')
  })
})

describe('scoreCandidate: the language a resume is written in is shown by the resume', () => {
  const prose = [
    'Managed the weekly schedule for a team of twelve cashiers and stock clerks in a busy store.',
    'Wrote the opening and closing checklists that the regional manager later used in every branch.',
  ]

  it('"Fluent English" is met by a resume written in English, quoting its longest sentence of work', () => {
    const text = resume(...prose)
    const result = assess('Fluent English required', text)
    expect(result).toMatchObject({ status: 'matched', basis: 'named' })
    expect(prose).toContain(result.evidence[0]?.quote)
    expect(result.reason).toMatch(/written in English/)
  })

  it('a native level is more than writing shows: partial, for the interview to confirm', () => {
    // The level is read from the posting line the requirement came from, as the engine passes it.
    const [english] = requirementsFrom('Native English speaker')
    const text = resume(...prose)
    const evaluation = scoreCandidate({
      requirements: [{ ...(english as RequirementInput), source: 'Native English speaker' }],
      resumeText: text,
      profile: parseResume(text, taxonomy, { referenceDate: new Date('2026-01-01') }),
      taxonomy,
      semanticMatches: [],
    })
    const result = evaluation.requirements[0]
    expect(result).toMatchObject({ status: 'partial' })
    expect(result?.reason).toMatch(/native/i)
  })

  it('a resume of lists and dates, without sentences of work, does not show it', () => {
    const text = resume('Cash handling', 'Inventory')
    expect(assess('Fluent English required', text).status).toBe('missing')
  })

  it('a resume written in Portuguese does not show English, and English does not show Spanish', () => {
    const portuguese = [
      'Joana Lima',
      'joana@example.org',
      '',
      'Experiência',
      'Gerente de Loja, Mercado Bom, 01/2018 a 12/2023',
      '- Gerenciei a equipe de vendas da loja e organizei os estoques semanais com os fornecedores da região.',
      '- Escrevi os procedimentos de abertura e fechamento que o gerente regional usou em todas as filiais.',
    ].join('\n')
    expect(assess('Fluent English required', portuguese).status).toBe('missing')
    expect(assess('Fluent Spanish required', resume(...prose)).status).toBe('missing')
  })
})

describe('scoreCandidate: years of experience are shown by dated roles of the field', () => {
  it('a field named in a sentence, with no dated role of it, is a partial at most, saying why', () => {
    // "industry" is where, not what: the line names no field a role could show.
    const text = resume(
      'Prepared the monthly newsletter on industry trends for the store team and its regular customers.',
      'Trained new cashiers on the register and on the returns policy of the store.',
    )
    const result = assess('4 years of relevant industry experience', text)
    expect(result.status).not.toBe('matched')
    if (result.status === 'partial') expect(result.reason).toMatch(/no dated role/)
  })

  it('an organisation is where the experience was gained: "organized" duties are not its field', () => {
    const text = resume(
      'Organized the weekly delivery schedule and the stock room of the store.',
      'Organized staff events and the holiday rota for twelve employees.',
    )
    expect(assess('4 years of work experience in tech organizations', text).status).not.toBe('matched')
  })
})
