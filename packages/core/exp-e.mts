import { readFileSync, readdirSync } from 'node:fs'
import { extractDocument } from './src/extraction/extract-document'
for (const dir of ['../../fixtures/demo/resumes/', '../../fixtures/test/']) {
  for (const f of readdirSync(dir)) {
    try { const d = await extractDocument(readFileSync(dir + f), { maxPages: 5, filename: f }); console.log('=== ' + f, JSON.stringify(d.hidden)); console.log(d.text) }
    catch (e) { console.log('=== ' + f, e.name, e.code, e.message) }
  }
}
