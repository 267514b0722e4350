import { describe, expect, it } from 'vitest'
import { classifyHeading, findSections } from './find-sections'
import { splitLines } from './split-lines'

describe('classifyHeading', () => {
  it.each([
    ['Professional Experience', 'experience'],
    ['WORK HISTORY', 'experience'],
    ['Education:', 'education'],
    ['Technical Skills', 'skills'],
    ['Programming Languages', 'skills'],
    ['Languages', 'languages'],
    ['Projects', 'projects'],
    ['Certifications & Awards', 'certifications'],
    ['Summary', 'summary'],
    ['About Me', 'summary'],
    ['Skills and Abilities', 'skills'],
    ['SKILL SET', 'skills'],
    ['Projects Undertaken', 'projects'],
    ['Rewards and Recognitions', 'other'],
    ['Computer Skills', 'skills'],
    ['IT Skills', 'skills'],
    ['Areas of Expertise', 'skills'],
    ['Technical Proficiency', 'skills'],
    ['Project Details', 'projects'],
  ])('English: %s -> %s', (line, section) => {
    expect(classifyHeading(line)).toBe(section)
  })

  it.each([
    ['Experiência Profissional', 'experience'],
    ['Formação Acadêmica', 'education'],
    ['Habilidades', 'skills'],
    ['Competências Técnicas', 'skills'],
    ['Projetos', 'projects'],
    ['Certificações', 'certifications'],
    ['Idiomas', 'languages'],
    ['Resumo', 'summary'],
  ])('Portuguese: %s -> %s', (line, section) => {
    expect(classifyHeading(line)).toBe(section)
  })

  it.each([
    ['Experiencia Laboral', 'experience'],
    ['Educación', 'education'],
    ['Formación Académica', 'education'],
    ['Habilidades Técnicas', 'skills'],
    ['Proyectos', 'projects'],
    ['Certificaciones', 'certifications'],
    ['Perfil Profesional', 'summary'],
  ])('Spanish: %s -> %s', (line, section) => {
    expect(classifyHeading(line)).toBe(section)
  })

  it.each([
    'Project Manager, Acme',
    'Built data pipelines with Python and experience in Go.',
    '• Skills assessment tooling',
    'Software Engineer',
    'Experience 2019 - 2021',
    'Computer Science',
    'IT',
    'jane@example.com',
  ])('content line is not a heading: %s', (line) => {
    expect(classifyHeading(line)).toBeNull()
  })
})

describe('findSections', () => {
  it('splits text into contact block and named sections with offsets', () => {
    const text =
      'Jane Doe\njane@example.com\n\nEXPERIENCE\nEngineer, Acme\n2019 - 2021\n\nSkills: Python, Go\n'
    const sections = findSections(text, splitLines(text))
    expect(
      sections.map((section) => [section.name, section.heading, text.slice(section.start, section.end)]),
    ).toEqual([
      ['contact', null, 'Jane Doe\njane@example.com'],
      ['experience', 'EXPERIENCE', 'EXPERIENCE\nEngineer, Acme\n2019 - 2021'],
      ['skills', 'Skills', 'Skills: Python, Go'],
    ])
  })

  it('does not start a section for an inline label inside a job', () => {
    const text = 'Experience\nEngineer, Acme\n2019 - 2021\nTools: Jira, Git\nEducation\nBSc, 2015'
    const names = findSections(text, splitLines(text)).map((section) => section.name)
    expect(names).toEqual(['experience', 'education'])
  })

  const names = (text: string) => findSections(text, splitLines(text)).map((section) => section.name)

  it('keeps a labelled group inside a skills section part of it', () => {
    const text =
      'Key Technical Skills\nTechnical Experience: - Automation Testing, Functional Testing\nDomain Experience: - Telecom, Banking\n\nEducation\nBSc, 2015'
    expect(names(text)).toEqual(['skills', 'education'])
  })

  it('reads a heading with its first items on the same line', () => {
    const text = 'Objective\nTo grow.\nSKILL SET • ASP.NET, C# • QA tools\n• VB, VB.net • HTML'
    expect(names(text)).toEqual(['summary', 'skills'])
  })

  it('names a section of lists a skills section whatever its heading', () => {
    const summary =
      'Technical Summary\n• Tools: ISPF, SPUFI, QMF\n• Database: DB2, SQL Server\n• Domain: Retail\nhttps://example.com/profile'
    expect(names(summary)).toEqual(['skills'])
    const table =
      'ADDITIONAL INFORMATION\nOperating Systems Windows, Linux\nProgramming Languages Python, Java, Go\nDatabases PostgreSQL and Oracle'
    expect(names(table)).toEqual(['skills'])
  })

  it('leaves prose under a summary or other heading as it is', () => {
    expect(names('Summary\nI build payment systems in Go.\nI lead a team of five, in Lisbon.')).toEqual([
      'summary',
    ])
    expect(names('ADDITIONAL INFORMATION\nWilling to relocate.\nHolds a driving licence.')).toEqual(['other'])
  })

  it('ends a skills list where a dated job header starts a work history', () => {
    const text =
      'Key Skills\nTechnologies: Oracle, D2K\nSenior Test Lead\nNorthwind Bank (Feb 2005 - June 2008)\n• Automated regression tests'
    const sections = findSections(text, splitLines(text))
    expect(
      sections.map((section) => [section.name, section.heading, text.slice(section.start, section.end)]),
    ).toEqual([
      ['skills', 'Key Skills', 'Key Skills\nTechnologies: Oracle, D2K'],
      [
        'experience',
        null,
        'Senior Test Lead\nNorthwind Bank (Feb 2005 - June 2008)\n• Automated regression tests',
      ],
    ])
  })
})

describe('classifyHeading: a qualified heading', () => {
  it('reads "Teaching Experience" and "Executive Profile" as headings, not "John Stack" or a sentence', () => {
    expect(classifyHeading('Teaching Experience')).toBe('experience')
    expect(classifyHeading('MILITARY EXPERIENCE')).toBe('experience')
    expect(classifyHeading('Executive Profile')).toBe('summary')
    expect(classifyHeading('John Stack')).toBeNull()
    expect(classifyHeading('teaching experience')).toBeNull()
  })
})
