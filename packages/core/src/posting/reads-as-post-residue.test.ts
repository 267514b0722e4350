import { describe, expect, it } from 'vitest'
import { readsAsPostResidue } from './reads-as-post-residue'

describe('readsAsPostResidue', () => {
  it("reads a post's reaction counts, in EN, PT and ES", () => {
    expect(readsAsPostResidue('👍 1,4 mil · 212 comentários · 40 compartilhamentos')).toBe(true)
    expect(readsAsPostResidue('86 · 23 comments · 9 shares')).toBe(true)
    expect(readsAsPostResidue('😮❤️ 330 · 71 comentarios · 15 veces compartido')).toBe(true)
  })

  it('keeps a line that counts something of the job', () => {
    expect(readsAsPostResidue('2 years · 3 shifts a week')).toBe(false)
    expect(readsAsPostResidue('Grow the page past 5,000 comments a month')).toBe(false)
  })

  it("reads the page's name alone and a reply to a commenter", () => {
    expect(readsAsPostResidue('Panificadora Trigo de Ouro Ltda.')).toBe(true)
    expect(readsAsPostResidue('Transportes del Norte S.A. de C.V.')).toBe(true)
    expect(readsAsPostResidue('Harbor Line Movers LLC')).toBe(true)
    expect(readsAsPostResidue('@Lucía Pérez te mandamos mensaje privado')).toBe(true)
    expect(readsAsPostResidue('@Rafael sim, ainda está aberta!')).toBe(true)
  })

  it('keeps a sentence that names a company, and a name without a legal form', () => {
    expect(readsAsPostResidue('Experience at a logistics LLC')).toBe(false)
    expect(readsAsPostResidue('Microsoft Office Suite')).toBe(false)
    expect(readsAsPostResidue('Call Me Back Service')).toBe(false)
  })
})
