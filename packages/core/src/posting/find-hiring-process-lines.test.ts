import { describe, expect, it } from 'vitest'
import { describesClient, isBoardWidget, runsHiringProcess, statesPay } from './find-hiring-process-lines'

describe('statesPay', () => {
  it.each([
    '£31,000 base plus quarterly commission',
    'Remuneração entre R$ 3.800 e R$ 4.500 conforme experiência, contratação CLT.',
    'Tarifa: USD 25 por hora, pago quincenal por transferencia.',
    'The salary is $52,000 a year with a 5% bonus and 20 days of vacation',
    'a 401(k) matched up to 5%',
    'Compensation: $95,000–$110,000 plus equity',
    'Salario de 9.000 pesos mensuales más prestaciones de ley',
  ])('reads what the job pays: %s', (line) => {
    expect(statesPay(line)).toBe(true)
  })

  it.each([
    'Experience handling cash drawers of $5,000 or more',
    'Must accept a base salary of $40,000 during training',
    'Conocimiento de liquidación de comisiones y sueldos en pesos (ARS 1.000.000+)',
  ])('keeps a line that asks something: %s', (line) => {
    expect(statesPay(line)).toBe(false)
  })
})

describe('runsHiringProcess', () => {
  it.each([
    'Documents to bring: ID, proof of address and two references',
    'Entrevistas los martes de 9:00 a 13:00 en nuestra oficina de Zapopan',
    'Nunca cobramos taxas para participar do processo seletivo.',
    'Call or text 555-201-7788 to book a trial shift',
    'No phone calls, please.',
    '★ 4.1 rating from 230 employee reviews',
    'Please bring your ID and two references to the interview.',
    'Selection process: online test, group dynamic and an interview with the manager',
    'Contato: (21) 98888-1234',
    'Recruiter: Dana Whitfield',
    'Inscrições até 15/12 pelo site',
    'Applications close on 30 June.',
  ])('reads a line about the hiring process: %s', (line) => {
    expect(runsHiringProcess(line)).toBe(true)
  })

  it.each([
    'Experience conducting interviews with patients and families',
    'Interviewing skills for user research',
    'Send invoices to 40+ clients a month without errors',
    'Must pass a background check',
    'Etapas do processo',
    'Experience as a recruiter in a staffing agency',
    'Documentos:',
  ])('keeps a line about the candidate, and a label alone, which heads its block: %s', (line) => {
    expect(runsHiringProcess(line)).toBe(false)
  })
})

describe('isBoardWidget', () => {
  it.each([
    'Share this job with a friend',
    'Comparte esta vacante con quien la necesite',
    'Indique um colega',
    'Refer a friend · See who you know',
    'Get jobs like this by email',
    'Ver todas las ofertas de Panadería Sol',
  ])('reads a widget of the job board: %s', (line) => {
    expect(isBoardWidget(line)).toBe(true)
  })

  it.each([
    'Share knowledge with junior analysts through code reviews',
    'Refer patients to specialists when needed',
  ])('keeps a line about the work: %s', (line) => {
    expect(isBoardWidget(line)).toBe(false)
  })
})

describe('describesClient', () => {
  it('reads a label describing the person served', () => {
    expect(describesClient('👴 Client: retired couple in their 80s, both with limited mobility')).toBe(true)
    expect(describesClient('Residente: señor de 90 años con movilidad reducida')).toBe(true)
  })

  it('keeps a line about experience with clients', () => {
    expect(describesClient('Client service experience in retail')).toBe(false)
  })
})
