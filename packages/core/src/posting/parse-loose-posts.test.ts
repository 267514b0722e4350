import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'
import { readInlineKind } from './posting-cues'
import { readListedItems } from './read-listed-items'
import { asksOutsideAsides } from './read-question-line'
import { splitRepeatedRelatives } from './split-repeated-relatives'

const taxonomy = loadTaxonomy()

function asked(text: string): Array<[string, string]> {
  return parsePosting(text, taxonomy).requirements.map((requirement) => [
    requirement.source.text,
    requirement.kind,
  ])
}

function listed(sentence: string): string[] | null {
  const found = readListedItems(sentence, [])
  return found ? found.items.map((item) => sentence.slice(item.start, item.end)) : null
}

function cut(text: string): string[] {
  return splitRepeatedRelatives(text, 0, text.length).map((span) => text.slice(span.start, span.end))
}

describe('posts written loosely, as on a phone', () => {
  it('reads the lines under a line pointing down at them as what is asked', () => {
    const portuguese = asked(
      'padaria.docemel\n\nVAGA PRA CONFEITEIRA 🎂 a gente cresceu e precisa de mais mãos aqui na Vila Nova!!\n\no que eu quero de vc 👇\ncurso de confeitaria (certificado na mão, viu? a gente confere)\nno mínimo 2 anos em confeitaria ou padaria\nsaber fazer massa folhada e pão de ló\nter disponibilidade aos domingos\n\nmanda o currículo no direct 📲\n\n#vagas #confeitaria',
    )
    const sources = portuguese.map(([source]) => source)
    expect(sources.some((source) => source.startsWith('curso de confeitaria'))).toBe(true)
    expect(sources.some((source) => source.includes('2 anos em confeitaria'))).toBe(true)
    expect(sources.some((source) => source.includes('domingos'))).toBe(true)
    const spanish = asked(
      'Taller Ruiz\n\nBUSCAMOS CHAPISTA 🚗 se nos llenó el taller y necesitamos refuerzo\n\nlo que pedimos ⬇️\nmínimo 3 años en chapa y pintura\ncarnet de conducir B\nser prolijo con las terminaciones\n\nescribinos al privado',
    )
    expect(spanish.some(([source]) => source.includes('3 años en chapa'))).toBe(true)
    expect(spanish.some(([source]) => source.includes('carnet de conducir'))).toBe(true)
  })

  it('gives nothing for a promotional caption that asks nothing', () => {
    const caption = asked(
      'studio.bellaflor\n\nAGENDA ABERTA 🌸 limpeza de pele com 20% off essa semana!!\n\nos horários que ainda temos 👇\nterça às 14h\nquinta às 10h\n\nchama no direct pra agendar 📲\n\n#limpezadepele #estetica #promo',
    )
    expect(caption).toEqual([])
  })

  it('keeps a line whose aside ends in a tag question, but not a question put to the reader', () => {
    expect(asksOutsideAsides('curso técnico em enfermagem (diploma na mão, tá? a gente confere)')).toBe(false)
    expect(asksOutsideAsides('Licencia de conducir (al día, ¿no?)')).toBe(false)
    expect(asksOutsideAsides('Forklift licence (do you have a valid one?)')).toBe(true)
    expect(asksOutsideAsides('Ready to join the crew?')).toBe(true)
  })

  it('cuts the things a verb of mastering lists after "que", one ask each', () => {
    expect(listed('que domine solda MIG, caldeiraria, pintura e montagem')).toEqual([
      'solda MIG',
      'caldeiraria',
      'pintura',
      'montagem',
    ])
    expect(listed('que maneje torno, fresadora y soldadura con electrodo')).toEqual([
      'torno',
      'fresadora',
      'soldadura con electrodo',
    ])
    // A "with" after the verb's objects tells how the last one is done: no item of its own.
    expect(listed('que domine lijado, masillado y pulido a mano y con máquina')).toEqual([
      'lijado',
      'masillado',
      'pulido a mano',
    ])
    // Each object with its own article is one repertoire, as the marker reader takes it.
    expect(listed('que domines el asado, las achuras y los embutidos')).toBeNull()
  })

  it('reads a condition added to the others, or praised in a word, as an extra', () => {
    expect(readInlineKind('Si además sabés inglés técnico, suma mucho.')).toBe('nice_to_have')
    expect(readInlineKind('Se você também tiver curso de NR-35, melhor.')).toBe('nice_to_have')
    expect(readInlineKind('If you also hold a first aid certificate, great.')).toBe('nice_to_have')
    expect(readInlineKind('first aid cert too if u have it')).toBe('nice_to_have')
    expect(readInlineKind('carnet de manipulador, si lo tenés')).toBe('nice_to_have')
    // A wish of the reader's asks nothing, and a consequence that says more is no praise.
    expect(readInlineKind('If you also want to grow with us, apply today')).toBeNull()
    expect(readInlineKind('Si tenés moto, te pagamos la nafta')).toBeNull()
    expect(readInlineKind('if you have a car, better routes open up')).toBeNull()
  })

  it('reads "none of this bars you" as making the things before it optional', () => {
    expect(readInlineKind('Nada disso é obrigatório, mas ajuda.')).toBe('nice_to_have')
    expect(readInlineKind('none of these are required to apply')).toBe('nice_to_have')
    expect(readInlineKind('ninguno de estos es excluyente')).toBe('nice_to_have')
    expect(readInlineKind('mas nada disso impede sua inscrição')).toBe('nice_to_have')
    expect(readInlineKind("it won't stop you from applying")).toBe('nice_to_have')
    expect(readInlineKind('Nothing stops you from growing here')).toBeNull()
  })

  it('cuts the one wanted, named again and again by a relative, into one ask each', () => {
    expect(
      cut('vai ser ótimo conversar com quem já usou o SAP, com quem tem CNH e com quem mora perto'),
    ).toEqual(['vai ser ótimo conversar com quem já usou o SAP', 'com quem tem CNH', 'com quem mora perto'])
    expect(cut('nos encantaría hablar con quien sepa inglés y con quien tenga moto')).toEqual([
      'nos encantaría hablar con quien sepa inglés',
      'con quien tenga moto',
    ])
    expect(cut("we'd love to hear from anyone who has run a bar, anyone who has a van")).toEqual([
      "we'd love to hear from anyone who has run a bar",
      'anyone who has a van',
    ])
    // A relative said once is one ask, whatever its commas list.
    expect(cut('buscamos a quien sepa Excel, Word y PowerPoint')).toHaveLength(1)
  })

  it('reads a post typed without capitals sentence by sentence, fragments after an ask asked too', () => {
    const english = asked(
      'Van driver\n\nright folks, busy season again, we need a hand at the depot from next week\n\nneed someone with a full clean licence and at least 2 yrs multi-drop. smartphone obviously. forklift ticket too if u have it\n',
    )
    const sources = english.map(([source]) => source)
    expect(sources.some((source) => source.includes('full clean licence'))).toBe(true)
    expect(english.find(([source]) => source.startsWith('smartphone'))?.[1]).toBe('required')
    expect(english.find(([source]) => source.startsWith('forklift ticket'))?.[1]).toBe('nice_to_have')
    const portuguese = asked(
      'Motorista\n\nbom dia pessoal, a transportadora tá contratando de novo pra rota do litoral\n\npreciso de alguém com CNH categoria D. curso MOPP em dia. disponibilidade pra dormir fora\n',
    )
    expect(portuguese.some(([source]) => source.startsWith('curso MOPP'))).toBe(true)
    expect(portuguese.some(([source]) => source.startsWith('disponibilidade pra dormir fora'))).toBe(true)
    const spanish = asked(
      'Repartidor\n\nbuenas gente, en la pizzería estamos con mucho laburo los findes\n\nbusco alguien con moto propia y libreta al día. casco propio. conocer bien la zona sur\n',
    )
    expect(spanish.some(([source]) => source.startsWith('casco propio'))).toBe(true)
  })
})
