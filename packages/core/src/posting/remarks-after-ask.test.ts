import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { findMailFooter } from './find-mail-footer'
import { findPageFurniture, readPageLines } from './find-page-furniture'
import { parsePosting } from './parse-posting'
import { closesMessage } from './reads-as-mail-wrapping'
import { commentsUnderPost } from './reads-as-post-residue'
import { remarksAfterAsk } from './remarks-after-ask'
import { tellsHowToReach } from './tells-how-to-reach'

const taxonomy = loadTaxonomy()
const sources = (text: string) => parsePosting(text, taxonomy).requirements.map((item) => item.source.text)

/** Whether the clause after the line's semicolon only remarks on the ask before it. */
function remarks(line: string): boolean {
  const start = line.indexOf(';') + 1
  const offset = start + (/^\s*/u.exec(line.slice(start))?.[0].length ?? 0)
  return remarksAfterAsk(line, offset, line.length)
}

describe('remarksAfterAsk', () => {
  it('reads a clause with a subject of its own after the ask as a remark, in EN, PT and ES', () => {
    expect(remarks('- Own a valid passport; we are not able to sponsor permits this year.')).toBe(true)
    expect(remarks('- Night shifts twice a week; the oven room gets very hot in summer.')).toBe(true)
    expect(remarks('- Carteira de habilitação B; a gente não consegue oferecer transporte.')).toBe(true)
    expect(remarks('- Trabajo en altura; aquí los andamios se revisan cada mañana.')).toBe(true)
  })

  it('keeps what goes on asking after the semicolon', () => {
    // No subject of its own: the person still.
    expect(remarks('- Calm with customers; answers the phone politely.')).toBe(false)
    expect(remarks('- Weekend shifts; travel to the coast twice a month.')).toBe(false)
    // One more item of a list, opened by a bare noun.
    expect(remarks('- Ensino médio; curso técnico em enfermagem será bem visto.')).toBe(false)
    // The employer asking after all.
    expect(remarks('- Clear writing; we will ask for a sample of your reports.')).toBe(false)
    expect(remarks('- Inglés fluido; necesitamos que manejes también SAP.')).toBe(false)
  })

  it('leaves the remark out of the requirements read from a list', () => {
    const posting = [
      'Requirements:',
      "- Valid forklift licence; we can't pay for the course this season.",
      '- Two years in a cold store; the depot belongs to a fishing cooperative.',
    ].join('\n')
    const read = sources(posting).join(' | ')
    expect(read).toMatch(/forklift licence/u)
    expect(read).not.toMatch(/pay for the course/u)
    expect(read).not.toMatch(/belongs to/u)
  })
})

describe('closesMessage with the one thanked', () => {
  it('reads a thanks, a name and a few words of leave-taking as the closing', () => {
    expect(closesMessage('Thanks, Priya, speak soon.')).toBe(true)
    expect(closesMessage('Obrigado, Renata, fico no aguardo!')).toBe(true)
    expect(closesMessage('Muchas gracias, Lucía, quedo pendiente.')).toBe(true)
  })

  it('keeps a line that asks after the thanks', () => {
    expect(closesMessage('Thanks! A Class B licence is required.')).toBe(false)
    expect(closesMessage('Gracias. Se requiere experiencia en soldadura.')).toBe(false)
    expect(closesMessage('Thanks for applying to the warehouse role at our Reno depot.')).toBe(false)
  })

  it("takes the sender's company line under it, closed by a legal form's initials", () => {
    const lines = readPageLines(
      [
        'Forklift licence required.',
        '',
        'Obrigada, Renata, fico no aguardo.',
        '',
        'Carla Mendes',
        'Recrutamento | Frigorífico Sul S.A.',
      ].join('\n'),
    )
    expect([...findMailFooter(lines)].map((index) => lines[index]?.text)).toEqual([
      'Carla Mendes',
      'Recrutamento | Frigorífico Sul S.A.',
    ])
  })
})

describe('tellsHowToReach', () => {
  it("reads a call to tell of one's own experience as how to apply", () => {
    expect(tellsHowToReach('Send us a voice note telling your experience on WhatsApp 555 0101 222.')).toBe(
      true,
    )
    expect(tellsHowToReach('Manda uma mensagem contando sua experiência pro (11) 9 8888-0000')).toBe(true)
    expect(tellsHowToReach('Escríbenos contando tu experiencia a empleo@granja.example')).toBe(true)
    // The experience asked, not told of.
    expect(tellsHowToReach('Send your CV to jobs@mill.example; experience with lathes is required.')).toBe(
      false,
    )
  })

  it('reads an order not to reach the poster some way', () => {
    expect(tellsHowToReach("Please don't reply to this thread 🙏")).toBe(true)
    expect(tellsHowToReach('Não comentem no post, só no privado')).toBe(true)
    expect(tellsHowToReach('No contesten en el grupo por favor')).toBe(true)
    expect(tellsHowToReach("Don't apply if you can't lift 25 kg")).toBe(false)
  })
})

describe('commentsUnderPost', () => {
  const post = [
    'granja.los.olmos',
    'granja.los.olmos Buscamos ordeñador con experiencia en sala rotativa.',
    'Ver los 12 comentarios',
    'pedro_tambero Yo tengo 3 años en tambo, te escribo',
    'granja.los.olmos @pedro_tambero dale, esperamos tu mensaje',
  ].map((text) => ({ text }))

  it("reads another account's comment and the poster's reply to one", () => {
    expect(commentsUnderPost(post, 3)).toBe(true)
    expect(commentsUnderPost(post, 4)).toBe(true)
  })

  it("keeps the poster's own post and lines with no handle", () => {
    expect(commentsUnderPost(post, 1)).toBe(false)
    expect(commentsUnderPost(post, 2)).toBe(false)
    // No handle stands alone over the post: a dotted word opening a line is no account.
    const plain = [{ text: 'node.js services in production' }, { text: 'vue.js a plus' }]
    expect(commentsUnderPost(plain, 1)).toBe(false)
  })
})

describe("a board widget's title", () => {
  it('is set aside with the rows under it', () => {
    const text = [
      'Skills:',
      '• Pipe welding',
      '',
      'Save job',
      'Applicant activity',
      'Posted 5 days ago',
      'Recruiter status',
      '12 applicants',
      '',
    ].join('\n')
    const lines = readPageLines(text)
    const reasons = findPageFurniture(lines, taxonomy, text)
    const title = lines.findIndex((line) => line.text === 'Applicant activity')
    expect(reasons.has(title)).toBe(true)
  })
})
