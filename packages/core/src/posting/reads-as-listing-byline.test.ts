import { describe, expect, it } from 'vitest'
import { findOtherAds } from './find-other-ads'
import { readPageLines } from './find-page-furniture'
import { readsAsListingByline } from './reads-as-listing-byline'

describe('readsAsListingByline', () => {
  it("reads a board's line of place, age and views under a listing as its byline", () => {
    expect(readsAsListingByline('Salamanca · hace 4 días · 👁 97')).toBe(true)
    expect(readsAsListingByline('Sorocaba · há 1 semana · 230 visualizações')).toBe(true)
    expect(readsAsListingByline('Norwich · 6 days ago')).toBe(true)
  })

  it('leaves a line that asks or tells something alone', () => {
    expect(readsAsListingByline('Excel · Word · Outlook')).toBe(false)
    expect(readsAsListingByline('Inglés avanzado · hace falta hablarlo a diario')).toBe(false)
    expect(readsAsListingByline('Two years in a warehouse · forklift licence')).toBe(false)
  })
})

describe('findOtherAds with dated blocks', () => {
  it('sets aside the other dated ads, whatever their first words, and keeps the one that says the most', () => {
    const page = [
      '— Oferta destacada —',
      'BUSCAMOS PANADERO/A para obrador en Salamanca. Imprescindible experiencia de tres años con masa madre y carné de manipulador. Turno de madrugada de lunes a sábado.',
      'Salamanca · hace 4 días · 👁 97',
      '',
      'Ofrezco mis servicios como repartidor con furgoneta propia. Zona centro.',
      'Salamanca · hace 6 días',
      '',
      'Procura-se ajudante de pedreiro com disponibilidade imediata.',
      'Sorocaba · ontem',
    ].join('\n')
    const lines = readPageLines(page)
    const found = [...findOtherAds(lines)].map((index) => lines[index]?.text.slice(0, 12))
    expect(found).toEqual(['Ofrezco mis ', 'Salamanca · ', 'Procura-se a', 'Sorocaba · o'])
  })

  it('leaves a single dated posting whole', () => {
    const page = ['Warehouse operative wanted. Forklift licence required.', 'Norwich · 6 days ago'].join('\n')
    expect(findOtherAds(readPageLines(page)).size).toBe(0)
  })
})

describe("findOtherAds after the board's last dated ad", () => {
  it("sets aside the board's own lines below the last dated ad", () => {
    const page = [
      'AJUDANTE DE COZINHA para restaurante em Pinheiros. Experiência de um ano em cozinha industrial e curso de boas práticas. Escala 6x1.',
      'São Paulo · há 2 dias · 👁 180',
      '',
      'GARÇOM extra para eventos aos sábados. Tratar por mensagem.',
      'São Paulo · ontem',
      '',
      'Atenção: o site não confere os anúncios. Desconfie de quem pede dinheiro para contratar.',
    ].join('\n')
    const lines = readPageLines(page)
    const found = [...findOtherAds(lines)].map((index) => lines[index]?.text.slice(0, 8))
    expect(found).toEqual(['GARÇOM e', 'São Paul', 'Atenção:'])
  })

  it('keeps the lines after a page whose ads carry no byline', () => {
    const page = [
      'PINTOR para obra em Moema, com experiência em textura.',
      '',
      'ELETRICISTA predial com NR-10 em dia.',
      '',
      'Requisitos gerais: ensino fundamental completo.',
    ].join('\n')
    const lines = readPageLines(page)
    const found = [...findOtherAds(lines)].map((index) => lines[index]?.text.slice(0, 8))
    expect(found).not.toContain('Requisit')
  })
})
