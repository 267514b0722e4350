import { describe, expect, it } from 'vitest'
import { invitesToJoin } from './invites-to-join'

describe('invitesToJoin', () => {
  it("reads an invitation to join the employer as the employer's pitch", () => {
    expect(invitesToJoin('Join our small bakery team in the heart of Leeds!')).toBe(true)
    expect(invitesToJoin('Venha fazer parte do nosso time de enfermagem.')).toBe(true)
    expect(invitesToJoin('Únete al equipo de cocina de un hotel con vistas al mar.')).toBe(true)
  })

  it('leaves asks and duties alone', () => {
    expect(invitesToJoin('Join us if you have three years of pastry experience.')).toBe(false)
    expect(invitesToJoin('Joinery skills and own hand tools.')).toBe(false)
    expect(invitesToJoin('Unir piezas de madera con espigas y cola.')).toBe(false)
  })
})
