import { readAnnotatedResumes } from './data/read-benchmark'

const { resumes } = readAnnotatedResumes('/work/shared/benchmark')
const from = Number(process.argv[2] ?? 0),
  count = Number(process.argv[3] ?? 5)
for (const r of resumes.slice(from, from + count)) {
  let t = r.content
    .replace(/https?:\/\/\S+/g, '<URL>')
    .replace(/\S+@\S+/g, '<EMAIL>')
    .replace(/indeed\.com\/r\/\S+/g, 'indeed.com/r/<HANDLE>')
  const name = r.labels.find((l) => l.label === 'Name')?.text
  if (name) for (const part of name.split(/\s+/)) if (part.length > 2) t = t.split(part).join('<NAME>')
  const i = t.search(/WORK EXPERIENCE/)
  console.log('=====', t.split('\n').slice(0, 3).join(' / '))
  console.log(i < 0 ? '(no WORK EXPERIENCE)' + t.slice(0, 800) : t.slice(i, i + 700))
}
