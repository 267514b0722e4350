import { describe, expect, it } from 'vitest'
import { setsWorkingTerms } from './sets-working-terms'

describe('setsWorkingTerms', () => {
  it.each([
    ['EN', 'Carry crates of up to 25 kg up and down the cellar stairs'],
    ['EN', 'Tuesday to Saturday, 7 am to 3:30 pm, with a late shift every other week'],
    ['EN', 'Travel up to three weeks a quarter to the northern depots'],
    ['PT', 'Escala 12x36 com plantões noturnos alternados'],
    ['PT', 'Viagens de até 4 dias por mês para as filiais do interior'],
    ['ES', 'Trabajar a la intemperie en invierno y en verano con calor extremo'],
    ['ES', 'Guardias de fin de semana una vez al mes'],
  ])('reads a term of the work itself (%s): %s', (_language, line) => {
    expect(setsWorkingTerms(line)).toBe(true)
  })

  it.each([
    ['EN', 'Living within 20 minutes of the Eastgate depot'],
    ['EN', 'A heavy goods vehicle licence'],
    ['PT', 'Morar perto da unidade de Contagem'],
    ['PT', 'Experiência com Power BI'],
    ['ES', 'Carnet de conducir tipo C'],
    ['ES', 'Conocimientos de AutoCAD 3D'],
  ])('leaves what a candidate brings or knows alone (%s): %s', (_language, line) => {
    expect(setsWorkingTerms(line)).toBe(false)
  })
})

describe('setsWorkingTerms: travel', () => {
  it.each([
    ['EN', 'Ability to travel up to 40% of the time'],
    ['PT', 'Disponibilidade para viajar até 10 dias por mês'],
    ['ES', 'Capacidad de viajar hasta un 25% del tiempo'],
  ])('leaves a readiness to travel to the list it stands in (%s): %s', (_language, line) => {
    expect(setsWorkingTerms(line)).toBe(false)
  })
})
