import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { announcesBareSearch } from './announces-bare-search'
import { commentsOnPreviousAsk } from './comments-on-previous-ask'
import { describesOnboarding } from './describes-onboarding'
import { describesTheWork } from './describes-the-work'
import { sentenceFurniture } from './find-page-furniture'
import { givesApplicationLogistics } from './gives-application-logistics'
import { listsPerks } from './lists-perks'
import { namesPerk } from './names-perk'
import { offersFlexibleTime } from './offers-flexible-time'
import { parsePosting } from './parse-posting'
import { placesTheWork } from './places-the-work'
import { statesPayBasis } from './states-pay-basis'
import { tellsOfOthers } from './tells-of-others'

const taxonomy = loadTaxonomy()

function texts(posting: string): string[] {
  return parsePosting(posting, taxonomy).requirements.map((requirement) => requirement.source.text)
}

describe('perks stated outside a benefits section', () => {
  it('reads a run whose items mostly name what the employer gives', () => {
    expect(
      listsPerks('Works ute for site visits, phone allowance, paid overtime, pension after six months.'),
    ).toBe(true)
    expect(listsPerks('Seguro de vida, vale-refeição, bolsa de 50% na faculdade e um café muito bom.')).toBe(
      true,
    )
    expect(listsPerks('Aguinaldo de 30 días, vales de despensa, seguro de gastos médicos y comedor.')).toBe(
      true,
    )
    expect(
      listsPerks('Group pension, extended health and vision, and ten days of paid study leave a year.'),
    ).toBe(true)
  })

  it('names a perk item by its noun or by the company giving it', () => {
    expect(namesPerk('company van for work use')).toBe(true)
    expect(namesPerk('carro da empresa')).toBe(true)
    expect(namesPerk('formación pagada por la empresa')).toBe(true)
    expect(namesPerk('plano de saúde')).toBe(true)
    expect(namesPerk('Own transport')).toBe(false)
    expect(namesPerk('Spanish a bonus')).toBe(false)
    expect(namesPerk('seguro de sí mismo')).toBe(false)
  })

  it('keeps asks that name a few of the same words', () => {
    expect(listsPerks('Own transport and a valid licence')).toBe(false)
    expect(listsPerks('Background in insurance, banking or pensions')).toBe(false)
    expect(listsPerks('Escala 5x2 com folga rotativa, trabalhando sábados e feriados')).toBe(false)
    expect(listsPerks('Experience with payroll, pension schemes and health insurance claims')).toBe(false)
  })

  it('reads what the pay depends on as the employer terms', () => {
    expect(statesPayBasis('The final offer will depend on your certifications and experience.')).toBe(true)
    expect(statesPayBasis('A remuneração será definida conforme a experiência.')).toBe(true)
    expect(statesPayBasis('El sueldo se fijará según el perfil y la formación.')).toBe(true)
    expect(statesPayBasis('Pay is negotiable.')).toBe(true)
    expect(statesPayBasis('Salary depends on a degree, which is required.')).toBe(false)
    expect(statesPayBasis('Experience with payroll software.')).toBe(false)
  })

  it('offers flexible working time as a perk, not a schedule', () => {
    expect(offersFlexibleTime('Flexible hours with a core time of 10:00 to 15:00')).toBe(true)
    expect(offersFlexibleTime('Horário flexível de entrada entre 7h e 9h')).toBe(true)
    expect(offersFlexibleTime('Horario flexible con viernes intensivo')).toBe(true)
    expect(offersFlexibleTime('Monday to Friday, 8 to 4')).toBe(false)
    expect(offersFlexibleTime('Flexible hours, must be available weekends')).toBe(false)
  })
})

describe('the employer speaking of the job, its people or its training', () => {
  it('reads an activity said to be the bulk of the job as the work', () => {
    expect(describesTheWork('Talking to suppliers is most of this role.')).toBe(true)
    expect(describesTheWork('Atender o telefone é metade do trabalho.')).toBe(true)
    expect(describesTheWork('Las visitas a obra son gran parte del puesto.')).toBe(true)
    expect(
      describesTheWork('a escuta atenta e paciente com as famílias dos alunos é parte central do dia a dia'),
    ).toBe(false)
  })

  it('reads what other people in the job do as a description', () => {
    expect(tellsOfOthers('Customers change their orders at the last minute, and drivers run late.')).toBe(
      true,
    )
    expect(tellsOfOthers('Os pacientes chegam ansiosos e com pressa.')).toBe(true)
    expect(tellsOfOthers('Los huéspedes piden mucho en temporada alta.')).toBe(true)
    expect(tellsOfOthers('Clients expect you to reply within an hour.')).toBe(false)
    expect(tellsOfOthers('Clientes deben poder contactarte por teléfono.')).toBe(false)
  })

  it('reads where the work is done as the setting, unless it is a hardship', () => {
    expect(placesTheWork('Work is performed in a quiet, air-conditioned office.')).toBe(true)
    expect(placesTheWork('O trabalho é realizado em escritório climatizado.')).toBe(true)
    expect(placesTheWork('El trabajo se desarrolla en una oficina céntrica.')).toBe(true)
    expect(placesTheWork('Work is performed outdoors in all weather.')).toBe(false)
    expect(placesTheWork('El trabajo se realiza en altura.')).toBe(false)
  })

  it('reads the training new hires get as what the job provides', () => {
    expect(describesOnboarding('New technicians complete a six-week paid course with a mentor.')).toBe(true)
    expect(describesOnboarding('Os novos colaboradores passam por duas semanas de integração.')).toBe(true)
    expect(describesOnboarding('Los nuevos agentes reciben un curso de capacitación de un mes.')).toBe(true)
    expect(describesOnboarding('New hires must pass a drug screen before training.')).toBe(false)
    expect(describesOnboarding('New hires complete a background check.')).toBe(false)
  })

  it('reads a search that names only the role as its announcement', () => {
    expect(announcesBareSearch('For the new depot in Hull we are hiring a picker to start in May.')).toBe(
      true,
    )
    expect(
      announcesBareSearch('Para a loja nova do shopping procuramos vendedor para início imediato.'),
    ).toBe(true)
    expect(
      announcesBareSearch('Para la reforma del hotel buscamos fontanero para incorporación inmediata.'),
    ).toBe(true)
    expect(
      announcesBareSearch('We are looking for someone who loves watching a garden come back to life.'),
    ).toBe(true)
    expect(announcesBareSearch('Buscamos alguien con 3 años de experiencia en obra.')).toBe(false)
    expect(announcesBareSearch('Procuramos motorista com CNH D para o turno da noite.')).toBe(false)
    expect(
      announcesBareSearch('The person we are looking for has run a kitchen for at least two years.'),
    ).toBe(false)
    expect(announcesBareSearch('Buscamos a alguien responsable y puntual.')).toBe(false)
  })
})

describe('how to apply or be interviewed', () => {
  it('reads contact orders, interview dates and papers to bring as the hiring process', () => {
    expect(
      givesApplicationLogistics('Não telefonem, só mensagem! Entrevistas na sexta às 9h, levar RG e CPF.'),
    ).toBe(true)
    expect(
      givesApplicationLogistics('Please do not call. Interviews on Tuesday at the depot, bring photo ID.'),
    ).toBe(true)
    expect(
      givesApplicationLogistics('No llamar, solo WhatsApp. Entrevistas el lunes en la obra, traer DNI.'),
    ).toBe(true)
  })

  it('reads an office address with its hours or a deadline as where to apply', () => {
    expect(
      givesApplicationLogistics('Recepção: Rua das Palmeiras 220, de segunda a sexta das 9h às 17h'),
    ).toBe(true)
    expect(
      givesApplicationLogistics('Oficina de personal: Calle Mayor 14, de lunes a jueves de 9:00 a 13:00'),
    ).toBe(true)
    expect(givesApplicationLogistics('de 15:00 a 19:00, hasta el lunes 12 de abril de 2027.')).toBe(true)
  })

  it('keeps the asks that look like logistics', () => {
    expect(givesApplicationLogistics('Must be able to pass a background check')).toBe(false)
    expect(givesApplicationLogistics('Disponibilidade para viajar')).toBe(false)
    expect(givesApplicationLogistics('Turnos de lunes a viernes de 8:30 a 17:30')).toBe(false)
    expect(givesApplicationLogistics('Bring your own hand tools')).toBe(false)
    expect(givesApplicationLogistics('Must live within 10 km of 12 High Street')).toBe(false)
  })

  it('reads a comment on the ask before it, and how it counts', () => {
    expect(commentsOnPreviousAsk('It is not a deal-breaker.')).toBe('nice_to_have')
    expect(commentsOnPreviousAsk('Isso não é eliminatório.')).toBe('nice_to_have')
    expect(commentsOnPreviousAsk('Esto no es excluyente.')).toBe('nice_to_have')
    expect(commentsOnPreviousAsk('This will be tested at the interview.')).toBe('same')
    expect(commentsOnPreviousAsk('será avaliado na entrevista;')).toBe('same')
    expect(commentsOnPreviousAsk('se evaluará en la prueba técnica')).toBe('same')
    expect(commentsOnPreviousAsk('It is a must.')).toBe('required')
    expect(commentsOnPreviousAsk('Knowledge of SAP is not a deal-breaker.')).toBeNull()
  })
})

describe('sentences that ask nothing, in a posting', () => {
  it('sets them aside and keeps the asks around them', () => {
    const found = texts(`Warehouse Supervisor

For our new depot in Wakefield we are hiring a shift supervisor to start in March.
You need two years supervising a warehouse team and a counterbalance forklift licence.
Customers change their delivery slots, and hauliers turn up early.
New supervisors complete a two-week paid induction with a site manager.
Work is performed in a heated, well-lit warehouse.
Final pay depends on experience and certifications.
Company van for site visits, phone allowance, paid overtime, pension after probation.
Please do not call. Interviews on 4 March at the depot, bring photo ID.`)
    expect(found.some((text) => /forklift/u.test(text))).toBe(true)
    for (const gone of [
      'hiring a shift',
      'Customers',
      'induction',
      'heated',
      'Final pay',
      'phone allowance',
      'Interviews',
    ])
      expect(
        found.some((text) => text.includes(gone)),
        gone,
      ).toBe(false)
  })

  it('makes the ask before a comment optional, and drops the comment', () => {
    const posting = parsePosting(
      `Analista de Dados

Requisitos
- Experiência com SQL. Não é eliminatório.
- Inglês intermediário`,
      taxonomy,
    )
    const sql = posting.requirements.find((requirement) => /SQL/u.test(requirement.source.text))
    expect(sql?.kind).toBe('nice_to_have')
    expect(posting.requirements.some((requirement) => /eliminat/u.test(requirement.label))).toBe(false)
  })

  it('furnishes these sentences with their reason', () => {
    expect(sentenceFurniture('El sueldo dependerá de la experiencia.')).toBe('salary')
    expect(sentenceFurniture('Los nuevos cajeros reciben una semana de formación pagada.')).toBe('benefits')
    expect(sentenceFurniture('Os clientes mudam de ideia o tempo todo.')).toBe('narrative')
  })
})
