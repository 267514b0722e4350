import { readFileSync, readdirSync } from 'node:fs'
import { extractDocument } from './src/extraction/extract-document'
import { parseResume } from './src/resume/parse-resume'
import { chunkResume } from './src/resume/chunk-resume'
import { loadTaxonomy } from './src/taxonomy'
const taxonomy = loadTaxonomy()
const dir = '../../fixtures/demo/resumes/'
for (const f of readdirSync(dir).filter((f) => !process.argv[2] || f.includes(process.argv[2]))) {
  const d = await extractDocument(readFileSync(dir + f), { maxPages: 5 })
  const p = parseResume(d.text, taxonomy, { referenceDate: new Date('2026-01-15T00:00:00Z') })
  console.log('=== ' + f, p.name, p.email, p.phone, p.links, 'total', p.totalYears)
  console.log(p.sections.map((s) => `${s.name}:${s.heading}`).join(' | '))
  for (const e of p.experiences) console.log('  EXP', e.title, '@', e.employer, e.startDate, e.endDate, e.current)
  console.log('  SKILLS', p.skills.map((s) => `${s.skillId}(${s.years},${s.lastUsedYear},${s.mentions.map((m) => m.source[0] + m.section.slice(0,3)).join('')})`).join(' '))
  if (process.argv[3]) for (const c of chunkResume(d.text, p)) console.log('  CHUNK', c.section, JSON.stringify(c.text))
}
