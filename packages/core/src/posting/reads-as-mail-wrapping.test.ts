import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'
import { readsAsMailWrapping } from './reads-as-mail-wrapping'

const taxonomy = loadTaxonomy()

describe('readsAsMailWrapping', () => {
  it('reads a greeting to the recipient, with or without their name, in EN, PT and ES', () => {
    expect(readsAsMailWrapping('Hi Priya,')).toBe(true)
    expect(readsAsMailWrapping('Dear hiring team')).toBe(true)
    expect(readsAsMailWrapping('Olá, Joana! Tudo bem?')).toBe(true)
    expect(readsAsMailWrapping('Boa tarde, pessoal.')).toBe(true)
    expect(readsAsMailWrapping('Marta, buenos días.')).toBe(true)
    expect(readsAsMailWrapping('Buenas noches, estimados')).toBe(true)
  })

  it('keeps a greeting that goes on to ask, and lines that only look like one', () => {
    expect(readsAsMailWrapping('Hola! Buscamos cocinero con experiencia en parrilla.')).toBe(false)
    expect(readsAsMailWrapping('Hi-vis clothing and safety boots')).toBe(false)
    expect(readsAsMailWrapping('Good communication skills with clients')).toBe(false)
  })

  it('reads the sender recalling an earlier talk, unless the sentence asks', () => {
    expect(readsAsMailWrapping('As we discussed on Friday, here is the brief for the Leeds depot.')).toBe(
      true,
    )
    expect(readsAsMailWrapping('Conforme conversamos, segue a descrição da vaga da loja nova.')).toBe(true)
    expect(readsAsMailWrapping('Como le comenté, abrimos la sucursal de Quilmes en marzo.')).toBe(true)
    expect(
      readsAsMailWrapping("As discussed, you'll need a forklift licence and two years in a warehouse."),
    ).toBe(false)
    expect(readsAsMailWrapping('Como te comenté, debe tener licencia de conducir clase B.')).toBe(false)
  })

  it('reads the sender wishing the recipient well or telling how their profile was found, in EN, PT and ES', () => {
    expect(readsAsMailWrapping('I hope this message finds you well!')).toBe(true)
    expect(readsAsMailWrapping('Espero que você esteja bem.')).toBe(true)
    expect(readsAsMailWrapping('Espero que te encuentres muy bien.')).toBe(true)
    expect(
      readsAsMailWrapping('Saw your profile on a jobs portal and felt the opening below might interest you.'),
    ).toBe(true)
    expect(readsAsMailWrapping('Vi seu currículo no banco de talentos e lembrei desta vaga.')).toBe(true)
    expect(readsAsMailWrapping('Revisé tu hoja de vida en el portal y creo que encajas en la vacante.')).toBe(
      true,
    )
  })

  it('keeps a wish or a profile that the candidate is asked for', () => {
    expect(readsAsMailWrapping('We hope you have good knowledge of payroll software.')).toBe(false)
    expect(readsAsMailWrapping('Your profile must show at least two years of field sales.')).toBe(false)
    expect(readsAsMailWrapping('Send your CV and portfolio to the studio.')).toBe(false)
    expect(readsAsMailWrapping('Revisamos tu perfil: debe tener licencia de conducir.')).toBe(false)
  })

  it('reads a closing, a signature and the mail footer', () => {
    expect(readsAsMailWrapping('Kind regards,')).toBe(true)
    expect(readsAsMailWrapping('Un saludo')).toBe(true)
    expect(readsAsMailWrapping('Atenciosamente,')).toBe(true)
    expect(readsAsMailWrapping('Priya Natarajan | Talent Partner, Logistics')).toBe(true)
    expect(readsAsMailWrapping('Joana Prates – Coordenadora de Recrutamento')).toBe(true)
    expect(
      readsAsMailWrapping(
        'This message and its attachments are confidential and meant only for the named recipient.',
      ),
    ).toBe(true)
    expect(
      readsAsMailWrapping('Se você recebeu esta mensagem por engano, apague-a e avise o remetente.'),
    ).toBe(true)
    expect(
      readsAsMailWrapping('Este correo es confidencial y está dirigido únicamente a su destinatario.'),
    ).toBe(true)
    expect(readsAsMailWrapping('Enviado desde mi Android')).toBe(true)
  })

  it('keeps a role with its level, and a confidentiality the candidate must keep', () => {
    expect(readsAsMailWrapping('Forklift Operator – Class B licence')).toBe(false)
    expect(readsAsMailWrapping('Must keep client e-mail correspondence confidential')).toBe(false)
    expect(readsAsMailWrapping('Best practices in food hygiene')).toBe(false)
  })
})

describe('parsePosting on a forwarded e-mail', () => {
  it('reads the asks and leaves the greeting, the sign-off and the footer out', () => {
    const text = [
      'Hi Tomasz,',
      '',
      'As promised, here is the spec for the night shift.',
      '',
      'Warehouse Team Leader (nights)',
      'Requirements:',
      '- 2+ years leading a team in a warehouse',
      '- Counterbalance forklift licence',
      '',
      'Kind regards,',
      'Priya Natarajan | Talent Partner, Logistics',
      'This message and its attachments are confidential and meant only for the named recipient.',
    ].join('\n')
    const sources = parsePosting(text, taxonomy).requirements.map((requirement) => requirement.source.text)
    expect(sources.some((source) => /forklift/u.test(source))).toBe(true)
    expect(sources.some((source) => /Tomasz|promised|regards|Priya|confidential/u.test(source))).toBe(false)
  })
  it('leaves out a cover note wishing the recipient well and telling how their profile was found', () => {
    const text = [
      '---------- Forwarded message ---------',
      'From: Lee Park <lee@agency.example>',
      'Subject: Fwd: Payroll Officer | Leeds',
      '',
      'Hi Sam,',
      '',
      'Trust you are well. Came across your resume on Monster and thought this could be a good match. Please go through the brief below from our client and revert with your updated CV.',
      '',
      'Regards,',
      'Lee',
      '',
      '---------- Brief ----------',
      '',
      'Role: Payroll Officer',
      'Must have:',
      '- 3 years of payroll processing',
      '- Advanced Excel',
    ].join('\n')
    const sources = parsePosting(text, taxonomy).requirements.map((requirement) => requirement.source.text)
    expect(sources.some((source) => /payroll processing/u.test(source))).toBe(true)
    expect(sources.some((source) => /Trust|resume|thought|match/u.test(source))).toBe(false)
  })
})
