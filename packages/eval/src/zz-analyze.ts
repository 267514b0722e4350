import { loadTaxonomy, parseResume } from '@shortlist/core'
import { readAnnotatedResumes } from './data/read-benchmark'
import { countMatches, goldFieldsForAnalysis, predictFields } from './tasks/resume-fields.task'

const { resumes } = readAnnotatedResumes('/work/shared/benchmark')
const taxonomy = loadTaxonomy()
const field = (process.argv[2] ?? 'designation') as 'designation'
const show = Number(process.argv[3] ?? 0)
let tp = 0,
  fp = 0,
  fn = 0,
  shown = 0
resumes.forEach((r, i) => {
  const profile = parseResume(r.content, taxonomy, { referenceDate: new Date('2026-01-01') })
  const p = predictFields(r.content, profile, taxonomy)[field]
  const g = goldFieldsForAnalysis(r)[field]
  if (g.length === 0) return
  const m = countMatches(p, g)
  tp += m
  fp += p.length - m
  fn += g.length - m
  if ((m < p.length || m < g.length) && shown < show) {
    shown++
    console.log(i, 'P:', JSON.stringify(p), '\n   G:', JSON.stringify(g))
  }
})
const pr = tp / (tp + fp),
  rc = tp / (tp + fn)
console.log(field, {
  tp,
  fp,
  fn,
  p: pr.toFixed(3),
  r: rc.toFixed(3),
  f1: ((2 * pr * rc) / (pr + rc)).toFixed(3),
})
