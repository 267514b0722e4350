import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

function sources(text: string): string[] {
  return parsePosting(text, taxonomy).requirements.map((requirement) => requirement.source.text)
}

// Two credentials joined in one line are two things held and checked: each is asked apart, while what only qualifies
// a credential, alternatives, examples and ranges stay with it.
describe('parsePosting: credentials joined in one line', () => {
  it('asks apart numbered units of one scheme joined by "and"', () => {
    const asked = sources(
      'Welder\nRequirements:\n- Welding tickets MW15 and MW16 (pipe and plate)\n- Own PPE',
    )
    expect(asked).toEqual(expect.arrayContaining(['Welding tickets MW15', 'MW16 (pipe and plate)']))
  })

  it('asks apart two credentials named by their class nouns, in EN, PT and ES', () => {
    expect(
      sources(
        'Nail Technician\nRequirements:\nA state cosmetology license and a current CPR card are required for this role.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'A state cosmetology license',
        'a current CPR card are required for this role.',
      ]),
    )
    expect(
      sources('Técnico de enfermagem\nRequisitos:\n- Curso técnico em Enfermagem e registro ativo no COREN'),
    ).toEqual(expect.arrayContaining(['Curso técnico em Enfermagem', 'registro ativo no COREN']))
    expect(
      sources(
        'Electricista\nRequisitos:\n- Título de técnico en electricidad y carnet de instalador vigente',
      ),
    ).toEqual(expect.arrayContaining(['Título de técnico en electricidad', 'carnet de instalador vigente']))
  })

  it('asks apart a second credential held "with" an article, not a qualifier of the first', () => {
    expect(
      sources('Electrician\nRequirements:\n- Journeyman electrician license with a current OSHA 30 card'),
    ).toEqual(expect.arrayContaining(['Journeyman electrician license', 'a current OSHA 30 card']))
    // A person of some standing with a credential is one ask; a qualifier without an article stays too.
    for (const source of sources('Nurse\nRequirements:\n- A registered nurse with a current BLS card'))
      expect(source).toBe('A registered nurse with a current BLS card')
  })

  it('asks apart a list of credentials alone, but not alternatives, examples or a range of codes', () => {
    expect(
      sources(
        'Vigia\nÉ preciso ter o certificado de brigadista ou de socorrista válido, ensino médio completo.',
      ),
    ).toEqual(expect.arrayContaining(['ensino médio completo.']))
    expect(sources('Welder\nRequirements:\n- One of MW15, MW16 or MW17')).toEqual([
      'One of MW15, MW16 or MW17',
    ])
    expect(
      sources('Adjuster\nRequirements:\n- Knowledge of policy forms such as AB-2 and AB-7'),
    ).toHaveLength(1)
  })

  it('asks apart a record the candidate must not have, beside the licence held', () => {
    expect(
      sources('Chofer\nRequisitos:\n- Licencia de conducir tipo B y sin multas graves en el último año'),
    ).toEqual(expect.arrayContaining(['Licencia de conducir tipo B', 'sin multas graves en el último año']))
  })
})

describe('parsePosting: a readiness joined to another condition', () => {
  it('asks the readiness apart however long its complement runs', () => {
    expect(
      sources(
        'Home Care Aide\nRequirements:\n- A clean driving record and willingness to drive between client homes across the county',
      ),
    ).toEqual(
      expect.arrayContaining([
        'A clean driving record',
        'willingness to drive between client homes across the county',
      ]),
    )
  })
})

describe('parsePosting: a school level closed by a semicolon in a run-together list', () => {
  it('asks for it in two words, as a bulleted item would', () => {
    const asked = sources(
      'ALMACENISTA - Distribuidora Puebla - Puebla, Pue.Distribuidora Puebla abastece a tiendas de abarrotes en todo el estado desde hace veinte años; empezamos con una camioneta y hoy tenemos tres bodegas.Requisitos: mínimo un año en bodega o centro de distribución (con constancia);manejo de montacargas y patín eléctrico;bachillerato completo;disponibilidad de horario de lunes a sábado con descanso entre semana;conocimiento de inventarios cíclicos, deseable pero no indispensable;trato respetuoso con el equipo.Ofrecemos: sueldo base y vales.',
    )
    expect(asked).toEqual(expect.arrayContaining(['bachillerato completo']))
  })
})
