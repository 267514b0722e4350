import { describe, expect, it } from 'vitest'
import { statesNoticeProcedure } from './states-notice-procedure'

describe('statesNoticeProcedure', () => {
  it('takes the clauses that rule the selection for the process, in EN, PT and ES', () => {
    expect(
      statesNoticeProcedure('7.1 The written test will consist of forty multiple-choice questions.'),
    ).toBe(true)
    expect(
      statesNoticeProcedure('Applications will be received at the district office until noon on Friday.'),
    ).toBe(true)
    expect(
      statesNoticeProcedure('9.2 Any matter not covered by this notice shall be settled by the panel.'),
    ).toBe(true)
    expect(statesNoticeProcedure('In the event of a tie, the older applicant is ranked first.')).toBe(true)
    expect(statesNoticeProcedure('3.1. As inscrições serão feitas apenas no balcão da Secretaria.')).toBe(
      true,
    )
    expect(statesNoticeProcedure('Serão oferecidas 3 (três) vagas para a zona rural.')).toBe(true)
    expect(statesNoticeProcedure('Número de vagas: 02 (duas)')).toBe(true)
    expect(statesNoticeProcedure('8.4. Os casos omissos ficam a cargo da banca examinadora.')).toBe(true)
    expect(statesNoticeProcedure('5.1 La prueba práctica durará dos horas y se hará en el taller.')).toBe(
      true,
    )
    expect(
      statesNoticeProcedure('En caso de empate se elegirá a quien tenga más puntos en la entrevista.'),
    ).toBe(true)
    expect(statesNoticeProcedure('Por favor, divulgue esta convocatoria entre el personal.')).toBe(true)
  })

  it('keeps the clauses that ask of the candidate, and what a test will assess', () => {
    expect(statesNoticeProcedure('The candidate must hold a valid class B licence.')).toBe(false)
    expect(statesNoticeProcedure('The interview will assess your tact with the public.')).toBe(false)
    expect(statesNoticeProcedure('5.3. Será avaliada a capacidade de liderar equipes de campo.')).toBe(false)
    expect(statesNoticeProcedure('c) residir no município desde a publicação deste edital;')).toBe(false)
    expect(statesNoticeProcedure('Pruebas en taller: primera costura a mano y segunda a máquina.')).toBe(
      false,
    )
    expect(statesNoticeProcedure('Experiencia mínima de dos años en carpintería.')).toBe(false)
  })
})
