import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractDocument, parseResume, type Taxonomy } from '@shortlist/core'
import { createRandom } from './create-random'

// A large pool of distinct resumes made from real ones. Replicating a few hundred resumes with random vector noise
// (the earlier fixture) gave clusters of near-copies wrapped in isotropic noise: neither looks like a real pool, and
// both are adversarial for HNSW. Here every resume is recomposed from sections of the real resumes in
// `../shared/benchmark` (read at run time, never copied into the repository): a summary, two to four experience
// entries and a skills section from resumes of one category, an education section from any, each resume's own
// name line. Its text, profile, chunks and vectors are then derived like ingest derives them, so no two resumes
// share a vector and the nearest-neighbour distances stay those of real text (`pnpm bench` prints both).

export type RealResume = { category: string; text: string }

type Pieces = {
  summaries: string[]
  experiences: string[]
  skills: string[]
}

export type ResumeComposer = {
  /** Real resumes read (texts with their category line dropped). */
  real: RealResume[]
  /** Resume `index` of the composed pool: the same text for the same index on every run. */
  compose(index: number): { category: string; text: string }
}

/**
 * The benchmark's resume PDFs as text (pdf.js, like ingest), without the first line, which names the category
 * (the benchmark's README). Throws when the folder is missing, naming it.
 */
export async function readRealResumes(dataDirectory: string, limit = Infinity): Promise<RealResume[]> {
  const folder = join(dataDirectory, 'resumes')
  const files = readdirSync(folder)
    .sort()
    .flatMap((category) =>
      readdirSync(join(folder, category))
        .filter((file) => file.endsWith('.pdf'))
        .sort()
        .map((file) => ({ category, path: join(folder, category, file) })),
    )
  const resumes: RealResume[] = []
  // Every n-th file, so a limited read still spans every category.
  const step = Math.max(1, files.length / Math.min(limit, files.length))
  for (let position = 0; position < files.length; position += step) {
    const file = files[Math.floor(position)]
    if (!file) continue
    try {
      const document = await extractDocument(new Uint8Array(readFileSync(file.path)), {
        maxPages: 20,
        filename: 'resume.pdf',
      })
      const text = document.text.replace(/^[^\n]*\n/, '').trim()
      if (text.length > 200) resumes.push({ category: file.category, text })
    } catch {
      // A PDF the extractor refuses is left out; the pool is built from the rest.
    }
  }
  return resumes
}

function slice(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end).trim()
}

/**
 * Sections and experience entries of each real resume, by category, and every education section, read with the
 * product's own parser.
 */
function collectPieces(
  resumes: readonly RealResume[],
  taxonomy: Taxonomy,
): { byCategory: Map<string, Pieces>; education: string[] } {
  const byCategory = new Map<string, Pieces>()
  const education: string[] = []
  for (const resume of resumes) {
    const profile = parseResume(resume.text, taxonomy, { referenceDate: READ_ON })
    let pieces = byCategory.get(resume.category)
    if (!pieces) {
      pieces = { summaries: [], experiences: [], skills: [] }
      byCategory.set(resume.category, pieces)
    }
    for (const section of profile.sections) {
      const body = slice(resume.text, section)
      if (section.name === 'education' && body.length >= 30) education.push(body)
      if (body.length < 40) continue
      if (section.name === 'summary') pieces.summaries.push(body)
      if (section.name === 'skills') pieces.skills.push(body)
    }
    for (const entry of profile.experiences) {
      const body = slice(resume.text, entry)
      if (body.length >= 80) pieces.experiences.push(body)
    }
  }
  return { byCategory, education }
}

/** A fixed reading date, so durations parse the same on every run. */
const READ_ON = new Date('2026-06-01T00:00:00Z')

const FIRST_NAMES = ['Ana', 'Bruno', 'Chen', 'Daniela', 'Emeka', 'Fatima', 'Gustavo', 'Hiro', 'Ines', 'Jonas']
const LAST_NAMES = ['Alves', 'Berg', 'Costa', 'Diaz', 'Eze', 'Fischer', 'Gomez', 'Haddad', 'Ivanova', 'Jones']

/** A composer over the given real resumes; `seed` picks a different pool of the same size. */
export function createResumeComposer(real: RealResume[], taxonomy: Taxonomy, seed: number): ResumeComposer {
  const { byCategory: pieces, education } = collectPieces(real, taxonomy)
  const categories = real
    .map((resume) => resume.category)
    .filter((category) => {
      const own = pieces.get(category)
      return own !== undefined && own.experiences.length > 0
    })
  if (categories.length === 0) throw new Error('no real resume with an experience entry to compose from')
  return {
    real,
    compose(index) {
      const random = createRandom(seed * 1_000_003 + index)
      // Categories in the proportions of the real set.
      const category = random.pick(categories)
      const own = pieces.get(category) as Pieces
      // One entry in ten from another category: careers change.
      const other = pieces.get(random.pick(categories)) as Pieces
      const entries = Array.from({ length: random.integer(2, 4) }, () =>
        random.pick(random.next() < 0.1 ? other.experiences : own.experiences),
      )
      const first = random.pick(FIRST_NAMES)
      const last = random.pick(LAST_NAMES)
      const lines = [
        `${first} ${last}`,
        `${first.toLowerCase()}.${last.toLowerCase()}.${index}@example.com`,
        '',
      ]
      if (own.summaries.length > 0) lines.push('Summary', random.pick(own.summaries), '')
      lines.push('Experience', ...entries.flatMap((entry) => [entry, '']))
      if (education.length > 0) lines.push('Education', random.pick(education), '')
      if (own.skills.length > 0) lines.push('Skills', random.pick(own.skills), '')
      return { category, text: lines.join('\n') }
    },
  }
}
