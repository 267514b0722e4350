import { describe, expect, it } from 'vitest'
import { tellsRecruiterContext } from './tells-recruiter-context'

describe('tellsRecruiterContext', () => {
  it('reads the steps of the hiring joined by arrows, in EN, PT and ES', () => {
    expect(
      tellsRecruiterContext('Phone screen (20 min) -> take-home task -> panel with two engineers -> offer'),
    ).toBe(true)
    expect(tellsRecruiterContext('Triagem por telefone → entrevista com a gestora → proposta')).toBe(true)
    expect(tellsRecruiterContext('Videollamada con RR. HH. → prueba técnica → visita a la planta')).toBe(true)
  })

  it('keeps a chain of tools or of work joined by arrows', () => {
    expect(tellsRecruiterContext('Kafka → Spark → Snowflake pipelines')).toBe(false)
    expect(tellsRecruiterContext('Receive pallets → check against the invoice → put away')).toBe(false)
  })

  it('reads how many seats the search fills, or the team grown by one more', () => {
    expect(tellsRecruiterContext('We have to fill three positions on the Bristol site before spring.')).toBe(
      true,
    )
    expect(tellsRecruiterContext('Precisamos preencher duas vagas na loja do shopping.')).toBe(true)
    expect(tellsRecruiterContext('Hay que cubrir cuatro plazas para la campaña de verano.')).toBe(true)
    expect(tellsRecruiterContext('Queremos reforzar el equipo de soporte con otro técnico este año.')).toBe(
      true,
    )
  })

  it('reads when the employer wants the hire in place, but keeps a start date asked of the candidate', () => {
    expect(tellsRecruiterContext('The client would like someone starting before the end of January.')).toBe(
      true,
    )
    expect(tellsRecruiterContext('Gostariam de alguém começando até o dia 10.')).toBe(true)
    expect(tellsRecruiterContext('Must be able to start by 5 January.')).toBe(false)
    expect(tellsRecruiterContext('Disponibilidade para início imediato')).toBe(false)
    expect(tellsRecruiterContext('Disponibilidad para incorporarse antes de marzo')).toBe(false)
  })
})
