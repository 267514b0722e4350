import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import {
  comparesReaderProfile,
  linksBoardIndex,
  listsLabelledFields,
  notesHiringTerms,
  notesListingByBoard,
  statesApplicationHandling,
  statesHiringStatus,
  tellsFounding,
  warnsOfFraud,
} from './find-recruiting-clutter'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

function requirementSources(text: string): string[] {
  return parsePosting(text, taxonomy).requirements.map((requirement) => requirement.source.text)
}

describe('warnsOfFraud', () => {
  it('reads a warning against fraud in EN, PT and ES, whatever its wording', () => {
    expect(warnsOfFraud('Northgate Logistics will never request a payment from applicants.')).toBe(true)
    expect(warnsOfFraud('We do not charge candidates any fees at any stage.')).toBe(true)
    expect(warnsOfFraud('Zero placement fees.')).toBe(true)
    expect(warnsOfFraud('Watch out for fake recruiters using our name!')).toBe(true)
    expect(warnsOfFraud('Stay alert!')).toBe(true)
    expect(warnsOfFraud('Never send money or your card details to get an interview.')).toBe(true)
    expect(warnsOfFraud('A Padaria Trigal não cobra nenhuma taxa dos candidatos.')).toBe(true)
    expect(warnsOfFraud('Cuidado com golpes: não envie dinheiro a ninguém.')).toBe(true)
    expect(warnsOfFraud('O processo seletivo é totalmente gratuito.')).toBe(true)
    expect(warnsOfFraud('La empresa nunca solicita pagos a los postulantes.')).toBe(true)
    expect(warnsOfFraud('No compartas tus datos bancarios durante la postulación.')).toBe(true)
  })

  it('keeps what asks about money, cards or fees of the candidate', () => {
    expect(warnsOfFraud('Experience handling cash and card payments at a till')).toBe(false)
    expect(warnsOfFraud('You must not share client data with third parties')).toBe(false)
    expect(warnsOfFraud('Conhecimento de cobrança e conciliação bancária')).toBe(false)
    expect(warnsOfFraud('Manejo de caja y pagos con tarjeta')).toBe(false)
    expect(warnsOfFraud('Free parking on site')).toBe(false)
    expect(warnsOfFraud('Not afraid to ask overdue customers for payment')).toBe(false)
    expect(warnsOfFraud('Atenção aos prazos')).toBe(false)
    expect(warnsOfFraud('Cuidado con el detalle')).toBe(false)
    expect(warnsOfFraud('Caution around live equipment')).toBe(false)
  })
})

describe('statesApplicationHandling', () => {
  it('reads how applications are handled in EN, PT and ES', () => {
    expect(statesApplicationHandling('CVs screened daily until the post is filled.')).toBe(true)
    expect(statesApplicationHandling('We read every application ourselves.')).toBe(true)
    expect(statesApplicationHandling('Os currículos serão avaliados por ordem de chegada.')).toBe(true)
    expect(statesApplicationHandling('Revisamos todas las postulaciones en una semana.')).toBe(true)
  })

  it('keeps a condition set on applications, and an ask about reviewing', () => {
    expect(statesApplicationHandling('Applications without a cover letter will not be considered.')).toBe(
      false,
    )
    expect(statesApplicationHandling('Resume screening experience in a busy agency')).toBe(false)
    expect(statesApplicationHandling('Valoramos CVs con experiencia en hostelería')).toBe(false)
  })
})

describe('comparesReaderProfile', () => {
  it("reads the board comparing the reader's record with the listing", () => {
    expect(comparesReaderProfile('See how your résumé stacks up against this job.')).toBe(true)
    expect(comparesReaderProfile('Veja como o seu perfil combina com esta vaga')).toBe(true)
    expect(comparesReaderProfile('Descubre si tu perfil encaja con la oferta')).toBe(true)
  })

  it('keeps a condition or an obligation put on the reader', () => {
    expect(comparesReaderProfile('Apply if your background matches at least half of this list')).toBe(false)
    expect(comparesReaderProfile('Your skills should match our stack: Go and Postgres')).toBe(false)
  })
})

describe('linksBoardIndex and listsLabelledFields', () => {
  it("reads the board's link rows and its record of the listing", () => {
    expect(linksBoardIndex('Electrician jobs in Porto · Electrician salaries · Jobs at Voltra')).toBe(true)
    expect(linksBoardIndex('Empleos de Chofer en Rosario | Sueldos de Chofer')).toBe(true)
    expect(listsLabelledFields('Function: Sales   Sector: Retail   Work Mode: On-site   Shift: Day')).toBe(
      true,
    )
  })

  it('keeps a row of skills and a row of labelled asks', () => {
    expect(linksBoardIndex('Python · Airflow · dbt')).toBe(false)
    expect(linksBoardIndex('Experiência com vendas · Atendimento a empresas')).toBe(false)
    expect(
      listsLabelledFields('Experience: 2 years   Education: Technical course   Languages: English'),
    ).toBe(false)
    expect(
      listsLabelledFields('Estudios: Técnico   Idiomas: Francés A2   Carné: C1   Vehículo: Propio'),
    ).toBe(false)
  })
})

describe('statesHiringStatus, notesListingByBoard and notesHiringTerms', () => {
  it("reads the listing's status, the board's alerts and the terms of the hiring in EN, PT and ES", () => {
    expect(statesHiringStatus('Urgently recruiting')).toBe(true)
    expect(statesHiringStatus('Contratando agora')).toBe(true)
    expect(statesHiringStatus('Reclutando 3 personas')).toBe(true)
    expect(notesListingByBoard('Get notified about new welder jobs in Ohio')).toBe(true)
    expect(notesListingByBoard('Receba alertas de vagas parecidas')).toBe(true)
    expect(notesListingByBoard('Publicado por Talento Humano')).toBe(true)
    expect(notesListingByBoard('Serás redirigido a la web de la empresa')).toBe(true)
    expect(notesListingByBoard('This listing was sourced from a partner board')).toBe(true)
    expect(statesApplicationHandling('Esta empresa costuma responder em 3 dias')).toBe(true)
    expect(notesHiringTerms('Owing to the number of applicants we cannot reply to each one.')).toBe(true)
    expect(
      notesHiringTerms('Se não tiver retorno em duas semanas, o seu perfil não avançou no processo.'),
    ).toBe(true)
    expect(notesHiringTerms('Únicamente contactaremos a los postulantes preseleccionados.')).toBe(true)
    expect(notesHiringTerms('This posting has expired.')).toBe(true)
    expect(notesHiringTerms('Este anuncio ha caducado.')).toBe(true)
    expect(notesHiringTerms('Keystone Talent is acting as an employment business for this role.')).toBe(true)
    expect(notesHiringTerms('By applying you agree to the handling of your personal data.')).toBe(true)
    expect(notesHiringTerms('Todos os perfis são bem-vindos.')).toBe(true)
  })

  it('keeps asks about hiring, replying and data', () => {
    expect(statesHiringStatus('Hiring and onboarding seasonal staff')).toBe(false)
    expect(notesHiringTerms('Experience replying to customer complaints by email')).toBe(false)
    expect(notesHiringTerms('Knowledge of GDPR and personal data handling')).toBe(false)
    expect(notesHiringTerms('You must contact the site supervisor before each visit')).toBe(false)
    expect(notesHiringTerms('Saber responder candidatos e agendar entrevistas')).toBe(false)
    expect(notesHiringTerms('Answering applicant queries by phone')).toBe(false)
  })
})

describe('tellsFounding', () => {
  it("reads the employer's founding in EN, PT and ES", () => {
    expect(tellsFounding('Founded in 1971 by two pharmacists, Alder Health runs nine clinics.')).toBe(true)
    expect(tellsFounding('Padaria com 35 anos de tradição, fundada em 1989 pelo Sr. Antunes.')).toBe(true)
    expect(tellsFounding('Taller mecánico fundado por dos hermanos en 1995.')).toBe(true)
  })

  it('keeps a founding asked of the candidate', () => {
    expect(tellsFounding('You have founded or run a small business')).toBe(false)
    expect(tellsFounding('Experience at a start-up founded in the last five years')).toBe(false)
  })
})

describe('parsePosting: recruiting clutter', () => {
  it('sets aside fraud warnings and notes on applications, and keeps the asks around them', () => {
    const sources = requirementSources(
      [
        'Warehouse Picker',
        '',
        'Requirements:',
        '- Forklift licence',
        '- Able to lift 20 kg',
        '',
        'We review applications every Friday. Stay alert! Northgate never asks applicants for a deposit.',
        'No placement fee.',
      ].join('\n'),
    )
    expect(sources).toEqual(['Forklift licence', 'Able to lift 20 kg'])
  })

  it("sets aside the listing's status, the board's alerts and the terms of the hiring", () => {
    const sources = requirementSources(
      [
        'Line Cook',
        '',
        'Requirements:',
        '- Two years on a busy grill',
        '- Food hygiene certificate',
        'Urgently recruiting',
        'Get notified about new cook jobs near Bristol',
        'Owing to the number of applicants we cannot reply to each one.',
        'Este anuncio ha caducado.',
        'Todos os perfis são bem-vindos.',
      ].join('\n'),
    )
    expect(sources).toEqual(['Two years on a busy grill', 'Food hygiene certificate'])
  })

  it("sets aside the board's labelled record of the listing and the table rows under it", () => {
    const sources = requirementSources(
      [
        'Pharmacy Assistant',
        '',
        'Requirements:',
        '- Two years in a community pharmacy',
        '- Registered with the pharmacy council',
        'Function: Retail Pharmacy   Sector: Healthcare   Work Mode: On-site   Shift: Rotating',
        'Schooling   Grad: Any Diploma, Any Certificate',
        'Tagged Skills   Starred skills are preferred',
      ].join('\n'),
    )
    expect(sources).toEqual(['Two years in a community pharmacy', 'Registered with the pharmacy council'])
  })

  it("sets aside the board's link rows in PT and ES", () => {
    const sources = requirementSources(
      [
        'Eletricista Predial',
        '',
        'Requisitos:',
        '- NR-10 em dia',
        'Vagas de Eletricista em Sorocaba · Salários de Eletricista · Vagas na Voltra',
        'Búsquedas relacionadas: electricista · técnico electromecánico · instalador',
      ].join('\n'),
    )
    expect(sources).toEqual(['NR-10 em dia'])
  })

  it("sets aside the page's title named by a role WordNet knows, even when it names a credential", () => {
    const sources = requirementSources(
      [
        'jobsite   Find work   Sign in',
        'Where: Denver, CO   [Search]',
        'Commercial Glazier - Curtain Wall (Certified)',
        'Peak Glass Co',
        'Requirements:',
        '- Three years fitting curtain walls',
      ].join('\n'),
    )
    expect(sources).toEqual(['Three years fitting curtain walls'])
  })

  it("does not end a sentence at a title's stop, so the founding is read whole", () => {
    const sources = requirementSources(
      [
        'Asistente contable',
        '',
        'Consultora con más de 30 años en el mercado, fundada por la Dra. Inés Vidal en 1992. Atendemos a pymes.',
        '',
        'Requisitos:',
        '- Técnico en contabilidad',
      ].join('\n'),
    )
    expect(sources).toEqual(['Técnico en contabilidad'])
  })

  it('sets aside a role announced after a phrase of place', () => {
    const sources = requirementSources(
      [
        'Vendedor/a',
        '',
        'Requisitos:',
        '- Experiencia en atención al público',
        '',
        'Descripción',
        'Modas Sol, fundada en 1990, tiene doce tiendas en Valencia. Para nuestra tienda del centro buscamos vendedores/as para la campaña de Navidad, con posibilidad de continuidad.',
      ].join('\n'),
    )
    expect(sources).toEqual(['Experiencia en atención al público'])
  })

  it('sets aside a perk named without an ask, wherever it is listed', () => {
    const sources = requirementSources(
      [
        'Analista de Compras',
        '',
        'Requisitos:',
        '- Excel avançado',
        'Diferenciais:',
        '- Vivência com SAP',
        '- Day off no aniversário',
        '',
        'Requirements:',
        '- Forklift licence',
        '- Your birthday off',
        '- 25 days off plus bank holidays',
      ].join('\n'),
    )
    expect(sources).toEqual(['Excel avançado', 'Vivência com SAP', 'Forklift licence'])
  })
})

describe("parsePosting: the work told in the reader's future by the verb's ending", () => {
  it('sets aside ES "-arás" and PT "você …-ará" duties, and keeps the futures that ask', () => {
    const sources = requirementSources(
      [
        'Recepcionista',
        '',
        'Requisitos:',
        '- Dos años en recepción de hotel',
        '- Tendrás carné de conducir B',
        'Atenderás el mostrador y gestionarás las reservas de grupos.',
        'Você organizará a agenda e conferirá as notas fiscais.',
        'Sumarás puntos si conoces Opera PMS.',
        'Trabajarás en turnos rotativos, también en festivos.',
        'Viajarás a los otros hoteles de la cadena.',
      ].join('\n'),
    )
    expect(sources).toEqual([
      'Dos años en recepción de hotel',
      'Tendrás carné de conducir B',
      'Sumarás puntos si conoces Opera PMS.',
      'Trabajarás en turnos rotativos, también en festivos.',
      'Viajarás a los otros hoteles de la cadena.',
    ])
  })
})

describe("parsePosting: the board's truncated tags and an employer named by a noun phrase", () => {
  it('sets them aside, and keeps asks that name a company', () => {
    const sources = requirementSources(
      [
        'Técnico de Manutenção',
        '',
        'Requisitos:',
        '- Curso técnico em Eletromecânica',
        '- Experiência em empresa de grande porte',
        '- Empresa própria ou MEI ativo',
        'Competências: Manutenção preventiva, Pneumática, +5 mais',
        'Empresa multinacional do setor de embalagens.',
        'Compañía líder en distribución de bebidas',
      ].join('\n'),
    )
    expect(sources).toEqual([
      'Curso técnico em Eletromecânica',
      'Experiência em empresa de grande porte',
      'Empresa própria ou MEI ativo',
    ])
  })
})
