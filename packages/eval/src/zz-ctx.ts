import { loadTaxonomy, parseResume } from '@shortlist/core'
import { readAnnotatedResumes } from './data/read-benchmark'

const { resumes } = readAnnotatedResumes('/work/shared/benchmark')
const taxonomy = loadTaxonomy()
const i = Number(process.argv[2])
const needle = process.argv[3]!
const r = resumes[i]!
const profile = parseResume(r.content, taxonomy, { referenceDate: new Date('2026-01-01') })
for (const e of profile.experiences)
  if ((e.employer ?? '').includes(needle) || (e.title ?? '').includes(needle)) {
    console.log(
      JSON.stringify(
        r.content
          .slice(Math.max(0, e.start - 80), e.start + 250)
          .replace(/\S+@\S+/g, '<EMAIL>')
          .replace(/https?:\/\/\S+/g, '<URL>'),
      ),
    )
  }
