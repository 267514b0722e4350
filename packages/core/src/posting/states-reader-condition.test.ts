import { describe, expect, it } from 'vitest'
import { statesReaderCondition } from './states-reader-condition'

describe('statesReaderCondition', () => {
  it.each([
    ['EN', "Big smiles from the panel if you've run a night audit before"],
    ['EN', 'If you hold a food hygiene level 2, bring the certificate along'],
    ['PT', 'Se você tiver curso de NR-10, traga o comprovante no primeiro dia'],
    ['PT', 'Vai ser uma alegria se você já usou o SAP B1'],
    ['ES', 'Te ganás un aplauso si manejás Revit'],
    ['ES', 'Si hiciste el curso de autoelevadores, traé la constancia'],
  ])('reads a condition on the reader having it as optional (%s): %s', (_language, line) => {
    expect(statesReaderCondition(line)).toBe(true)
  })

  it.each([
    ['EN', 'If you have three years on a busy bar, send us your CV today'],
    ['EN', 'If you have a moment, help the front desk with deliveries'],
    ['EN', "If you've used Sage you'll settle in faster, but Xero you must know from day one"],
    ['PT', 'Se você tem experiência com vendas, candidate-se já'],
    ['PT', 'Se não tiver CNH, a empresa ajuda'],
    ['ES', 'Si tenés ganas de crecer, postulate acá'],
    ['ES', 'Si tienes dudas, escríbenos'],
  ])('leaves a call to apply, a lack or a contrasted need alone (%s): %s', (_language, line) => {
    expect(statesReaderCondition(line)).toBe(false)
  })
})
