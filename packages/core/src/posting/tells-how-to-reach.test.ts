import { describe, expect, it } from 'vitest'
import { tellsHowToReach } from './tells-how-to-reach'

describe('tellsHowToReach', () => {
  it('reads orders to contact the poster or send the application as how to apply', () => {
    expect(tellsHowToReach('Send your CV and a short note to hiring@bakery.example before Friday.')).toBe(
      true,
    )
    expect(tellsHowToReach('Interessadas mandar mensagem para a Dona Cida no zap.')).toBe(true)
    expect(tellsHowToReach('Cualquier duda me escribes.')).toBe(true)
    expect(tellsHowToReach('Interesados llamar al 611 222 333 por las tardes.')).toBe(true)
    expect(tellsHowToReach("We're happy to have a quick call before you apply.")).toBe(true)
  })

  it('leaves duties and asks that use the same verbs alone', () => {
    expect(tellsHowToReach('Call center experience in a bank.')).toBe(false)
    expect(tellsHowToReach('Contact suppliers by phone to chase late deliveries.')).toBe(false)
    expect(tellsHowToReach('Enviar relatórios semanais ao gerente.')).toBe(false)
    expect(tellsHowToReach('Envía tu portafolio con tres proyectos recientes.')).toBe(false)
    expect(tellsHowToReach('Must be able to call clients in English.')).toBe(false)
  })
})
