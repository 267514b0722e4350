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
})
