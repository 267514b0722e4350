import { describe, expect, it } from 'vitest'
import { statesHiringNotice } from './states-hiring-notice'

describe('statesHiringNotice', () => {
  it('reads a statute cited as the ground of what follows, in EN, PT and ES', () => {
    expect(
      statesHiringNotice(
        'In compliance with the State Wage Disclosure Act, the range shown above is our good-faith estimate.',
      ),
    ).toBe(true)
    expect(
      statesHiringNotice('Conforme a Lei 8.213, esta vaga também está aberta a pessoas com deficiência.'),
    ).toBe(true)
    expect(
      statesHiringNotice(
        'De acuerdo con la Ley 1581, el tratamiento de la información seguirá nuestra política.',
      ),
    ).toBe(true)
  })

  it('keeps what a statute makes the candidate do', () => {
    expect(statesHiringNotice('Under state law, you must hold a valid food handler card.')).toBe(false)
    expect(statesHiringNotice('Conforme a NR-35, é obrigatório o certificado de trabalho em altura.')).toBe(
      false,
    )
    expect(
      statesHiringNotice('In accordance with the Act, lock the pharmacy cabinet at the end of each shift.'),
    ).toBe(false)
  })

  it("reads how the applicants' data are kept", () => {
    expect(
      statesHiringNotice('Your personal data will be stored securely and deleted after six months.'),
    ).toBe(true)
    expect(statesHiringNotice('Seus dados pessoais serão tratados com sigilo.')).toBe(true)
    expect(statesHiringNotice('Respetamos la privacidad de los postulantes.')).toBe(true)
    expect(statesHiringNotice("Respect patients' privacy and keep records confidential.")).toBe(false)
    expect(statesHiringNotice('Must protect customers’ personal data at all times.')).toBe(false)
  })

  it('reads who alone will hear back, but keeps a criterion set for being called', () => {
    expect(statesHiringNotice('We regret that only shortlisted applicants will be notified.')).toBe(true)
    expect(
      statesHiringNotice('Somente os candidatos selecionados serão chamados para a próxima etapa.'),
    ).toBe(true)
    expect(statesHiringNotice('Solo nos pondremos en contacto con los preseleccionados.')).toBe(true)
    expect(statesHiringNotice('Only candidates with a Class A CDL will be contacted.')).toBe(false)
  })

  it('reads an offer of adjustments to the hiring, and where to read more', () => {
    expect(
      statesHiringNotice('If you need an adjustment at any stage of the interview process, just tell us.'),
    ).toBe(true)
    expect(statesHiringNotice('Se precisar de adaptações no processo seletivo, fale com a gente.')).toBe(true)
    expect(statesHiringNotice('Si necesitas algún ajuste para la entrevista, avísanos.')).toBe(true)
    expect(statesHiringNotice('More details about our pension plan are on the careers page.')).toBe(true)
    expect(statesHiringNotice('Más información sobre los beneficios en nuestra página web.')).toBe(true)
  })

  it('keeps near-misses that ask', () => {
    expect(statesHiringNotice('Must be able to pass a background check.')).toBe(false)
    expect(statesHiringNotice('Disponibilidade para entrevistas presenciais')).toBe(false)
    expect(statesHiringNotice('Disponibilidad para entrevistas presenciales en Madrid')).toBe(false)
    expect(statesHiringNotice('Experience handling personal data under the GDPR')).toBe(false)
  })
})
