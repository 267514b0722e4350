import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedPosting } from '../types'
import { parsePosting } from './parse-posting'
import { tellsWithoutAsking } from './tells-without-asking'

const taxonomy = loadTaxonomy()

function sources(posting: ParsedPosting): string[] {
  return posting.requirements.map((requirement) => requirement.source.text)
}

describe('tellsWithoutAsking', () => {
  it('reads the employer, the work or other people told as the subject, in EN, PT and ES', () => {
    expect(tellsWithoutAsking('The bakery opens at dawn and closes after the lunch rush.')).toBe(true)
    expect(tellsWithoutAsking('Harvest week gets loud and the foreman remembers who kept smiling.')).toBe(
      true,
    )
    expect(tellsWithoutAsking('Most of our orders are wedding cakes for hotels around the bay.')).toBe(true)
    expect(tellsWithoutAsking('O movimento da oficina é grande no fim do ano.')).toBe(true)
    expect(tellsWithoutAsking('Los lunes hay mucho trabajo en el almacén.')).toBe(true)
  })

  it('keeps a sentence whose subject is the reader, or that states an obligation', () => {
    expect(tellsWithoutAsking('The main thing is you show up sober and on time.')).toBe(false)
    expect(tellsWithoutAsking('A forklift ticket is needed because the yard is large.')).toBe(false)
    expect(tellsWithoutAsking('É importante ser paciente com os idosos.')).toBe(false)
    expect(tellsWithoutAsking('Tiene que ser fino con las terminaciones.')).toBe(false)
  })

  it('keeps a line with no finite verb in its main clause: an item, not a statement', () => {
    expect(tellsWithoutAsking('Exposure to a museum catalogue system.')).toBe(false)
    expect(tellsWithoutAsking('The nerve to halt the line when a guard is missing.')).toBe(false)
    expect(tellsWithoutAsking('Manejo de montacargas en bodega.')).toBe(false)
  })

  it('keeps a quality leading the sentence, something to own, a person described, or a reference back', () => {
    expect(tellsWithoutAsking('Gentle, careful handling of the older dogs counts for more than speed.')).toBe(
      false,
    )
    expect(tellsWithoutAsking('Pack your own knives for the first day.')).toBe(false)
    expect(tellsWithoutAsking('What we value most is someone who keeps the bench tidy.')).toBe(false)
    expect(tellsWithoutAsking('Lo mismo vale para quien haya trabajado con cámaras térmicas.')).toBe(false)
    expect(tellsWithoutAsking('The same goes for Figma: nice to see, not required.')).toBe(false)
  })

  it('reads the reader named only as an owner or inside a clause of condition as told, not asked', () => {
    expect(tellsWithoutAsking('A photo of your finished work helps a lot.')).toBe(true)
    expect(tellsWithoutAsking('If you trained abroad, we can still hire you on a trial basis.')).toBe(true)
  })
})

describe('prose that tells, among asks', () => {
  it('drops what the employer tells of itself and the work, and keeps the asks around it (EN)', () => {
    const posting = parsePosting(
      'Pastry cook wanted – harbour hotel – full time\n\n' +
        'Most of our orders are wedding cakes for hotels around the bay. The bakery opens at dawn and closes after the lunch rush. ' +
        'You need at least two years of laminated dough work in a hotel or bakery. You should be able to temper chocolate by hand.\n\n' +
        'Harvest week gets loud and the foreman remembers who kept smiling. You must bring your own set of knives.',
      taxonomy,
    )
    const read = sources(posting).join('\n')
    expect(read).not.toContain('wedding cakes')
    expect(read).not.toContain('bakery opens')
    expect(read).not.toContain('foreman remembers')
    expect(read).toContain('laminated dough')
    expect(read).toContain('temper chocolate')
    expect(read).toContain('own set of knives')
  })

  it('drops what the employer tells of itself and the work, and keeps the asks around it (PT)', () => {
    const posting = parsePosting(
      'Vaga de mecânico de motos – centro\n\n' +
        'O movimento da oficina é grande no fim do ano e a equipe toda trabalha junto. ' +
        'Você precisa ter pelo menos três anos de experiência com injeção eletrônica. Tem que saber regular carburador sem ajuda. ' +
        'Nossa oficina fica ao lado da estação de metrô.',
      taxonomy,
    )
    const read = sources(posting).join('\n')
    expect(read).not.toContain('movimento da oficina')
    expect(read).toContain('injeção eletrônica')
    expect(read).toContain('carburador')
  })

  it('drops what the employer tells of itself and the work, and keeps the asks around it (ES)', () => {
    const posting = parsePosting(
      'Buscamos cocinero/a de línea – Valencia\n\n' +
        'Los lunes hay mucho trabajo en el almacén y los repartos llegan temprano. ' +
        'Necesitas al menos dos años de experiencia en cocina de producción. Tienes que manejar la plancha y el horno mixto sin supervisión. ' +
        'También valoramos que sepas trabajar con abatidores de temperatura.',
      taxonomy,
    )
    const read = sources(posting).join('\n')
    expect(read).not.toContain('repartos llegan')
    expect(read).toContain('cocina de producción')
    expect(read).toContain('abatidores')
  })
})
