import { loadTaxonomy, parseResume } from '@shortlist/core'
import { readAnnotatedResumes } from '/work/main/packages/eval/src/data/read-benchmark'

const { resumes } = readAnnotatedResumes('/work/shared/benchmark')
const taxonomy = loadTaxonomy()
const which = Number(process.argv[2] ?? 0)
const r = resumes[which]!
const profile = parseResume(r.content, taxonomy, { referenceDate: new Date('2026-01-01') })
// mask: show line shapes with labels
const masked = r.content
  .replace(/https?:\/\/\S+/g, '<URL>')
  .replace(/\S+@\S+/g, '<EMAIL>')
  .replace(/indeed\.com\/r\/\S+/g, 'indeed.com/r/<HANDLE>')
const name = r.labels.find((l) => l.label === 'Name')?.text
let shown = masked
if (name) for (const part of name.split(/\s+/)) if (part.length > 2) shown = shown.split(part).join('<NAME>')
console.log(shown.slice(0, Number(process.argv[3] ?? 3000)))
console.log('---- labels')
for (const l of r.labels)
  if (!['Name', 'Email Address'].includes(l.label))
    console.log(l.label, '|', JSON.stringify(l.text.slice(0, 150)))
console.log('---- experiences')
for (const e of profile.experiences)
  console.log(JSON.stringify({ t: e.title, e: e.employer, s: e.startDate }))
console.log('sections', profile.sections.map((s) => s.name + ':' + s.heading).join(', '))
