import { describe, expect, it } from 'vitest'
import { describesTheWork, splitWorkConsequence } from './describes-the-work'
import { readChatMessage, readsAsChatReply } from './reads-as-chat-reply'
import { readsAsListingHeadline } from './reads-as-listing-headline'

describe('readsAsListingHeadline', () => {
  it('reads the fields of a listing joined by separators, with pay or a contract among them', () => {
    expect(
      readsAsListingHeadline('DENTAL HYGIENIST - Bright Smile Dental - Tulsa, OK - Full-time - $38/hr'),
    ).toBe(true)
    expect(readsAsListingHeadline('Auxiliar de Cozinha | Bistrô Central | Curitiba | CLT')).toBe(true)
    expect(readsAsListingHeadline('Puesto: Chofer repartidor – Sucursal Norte, Monterrey')).toBe(true)
  })

  it('leaves lists of skills, conditions and sentences alone', () => {
    expect(readsAsListingHeadline('Excel - Word - PowerPoint')).toBe(false)
    expect(readsAsListingHeadline('Availability - weekends - full-time - nights')).toBe(false)
    expect(readsAsListingHeadline('We pay $20/hr - you must have a CDL - Full-time')).toBe(false)
  })
})

describe('readsAsChatReply', () => {
  const lines = (...texts: string[]) => texts.map((text) => ({ text }))

  it('reads the header of a pasted chat message', () => {
    expect(readChatMessage('[08:02, 17/06] Rui: Bom dia')).toBe('Bom dia')
    expect(readChatMessage('17/06/2026, 08:02 - Rui: Bom dia')).toBe('Bom dia')
    expect(readChatMessage('Bom dia')).toBeNull()
  })

  it('takes a short reply after the first message, not the posting nor a message that asks', () => {
    const chat = lines(
      '[08:02, 17/06] Rui: Vaga de ajudante de obra na Construtora Lima',
      'Requisitos: ensino fundamental; disponibilidade imediata.',
      '[08:05, 17/06] Célia: Vou mandar pro meu sobrinho',
      '[08:06, 17/06] Rui: Precisa ter CNH B também',
    )
    expect(readsAsChatReply(chat, 0)).toBe(false)
    expect(readsAsChatReply(chat, 2)).toBe(true)
    expect(readsAsChatReply(chat, 3)).toBe(false)
  })
})

describe('describesTheWork', () => {
  it('reads the work as the subject of a verb of including', () => {
    expect(describesTheWork('A rotina envolve receber mercadoria e conferir notas')).toBe(true)
    expect(describesTheWork('El puesto implica visitar obras en toda la región')).toBe(true)
    expect(describesTheWork('The role requires a forklift licence')).toBe(false)
    expect(describesTheWork('Experience includes two years of retail')).toBe(false)
  })

  it('cuts the work described from what it makes necessary', () => {
    const text = 'Your day includes loading trucks and scanning pallets, so steel-toe boots are essential.'
    expect(
      splitWorkConsequence(text, 0, text.length).map((span) => text.slice(span.start, span.end)),
    ).toEqual(['Your day includes loading trucks and scanning pallets', 'steel-toe boots are essential.'])
  })
})
