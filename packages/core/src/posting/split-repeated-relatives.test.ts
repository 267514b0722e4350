import { describe, expect, it } from 'vitest'
import { splitRepeatedRelatives } from './split-repeated-relatives'

function pieces(text: string): string[] {
  return splitRepeatedRelatives(text, 0, text.length).map((span) => text.slice(span.start, span.end))
}

describe('splitRepeatedRelatives: a chain of relatives after a comma', () => {
  it('cuts each relative a comma opens into an ask of its own (ES, PT, EN)', () => {
    expect(
      pieces(
        'busco panadera con oficio, que sepa hornear pan de masa madre, que maneje la amasadora y que llegue temprano',
      ),
    ).toEqual([
      'busco panadera con oficio',
      'que sepa hornear pan de masa madre',
      'que maneje la amasadora',
      'que llegue temprano',
    ])
    expect(pieces('procuro alguém que tenha carro próprio, que saiba consertar bicicletas')).toEqual([
      'procuro alguém que tenha carro próprio',
      'que saiba consertar bicicletas',
    ])
    expect(pieces('we want a roofer, who holds a ticket for heights, and who can read a plan')).toEqual([
      'we want a roofer',
      'who holds a ticket for heights',
      'who can read a plan',
    ])
  })

  it('leaves one description whole when the relative is joined by a conjunction alone', () => {
    expect(pieces('someone who keeps the van clean and who greets every client')).toHaveLength(1)
    expect(pieces('una persona que escuche y que explique con calma')).toHaveLength(1)
  })

  it('does not take a relative about something else for a chain', () => {
    expect(pieces('necesito un pintor, lo que importa es la prolijidad')).toHaveLength(1)
    expect(pieces('tem peças que se perdem, que é normal')).toHaveLength(1)
    expect(pieces('traer las piezas, que se guardan en el depósito')).toHaveLength(1)
  })

  it('takes a reflexive relative as one more link of a chain that describes the person', () => {
    expect(
      pieces(
        'buscamos una cocinera con tres años en hoteles, que se maneje bien con masas y salsas, y que pueda cubrir feriados',
      ),
    ).toEqual([
      'buscamos una cocinera con tres años en hoteles',
      'que se maneje bien con masas y salsas',
      'que pueda cubrir feriados',
    ])
    expect(
      pieces(
        'procuramos eletricista com NR-10, que se sinta à vontade com quadros trifásicos, e que tenha CNH B',
      ),
    ).toHaveLength(3)
  })
})
