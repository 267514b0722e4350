import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { findPageFurniture, readPageLines, sentenceFurniture } from './find-page-furniture'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

function reasonsOf(text: string): Array<[string, string]> {
  const lines = readPageLines(text)
  const reasons = findPageFurniture(lines, taxonomy)
  return [...reasons.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, reason]) => [lines[index]?.text.trim() ?? '', reason])
}

describe('findPageFurniture', () => {
  it('sets aside navigation, figures, salary rows and glued buttons', () => {
    const reasons = reasonsOf(
      [
        'JOBBOARDX',
        'Home > Careers > Backend Developer',
        'Backend Developer',
        'SaveShare Job',
        '2027-01-15',
        'Argentina (ARS) $ 1.200.000 – 2.400.000',
        'Requirements',
        '- Python/Django/PostgreSQL in production',
      ].join('\n'),
    )
    expect(reasons).toEqual([
      ['JOBBOARDX', 'navigation'],
      ['Home > Careers > Backend Developer', 'navigation'],
      ['SaveShare Job', 'interface'],
      ['2027-01-15', 'numbers'],
      ['Argentina (ARS) $ 1.200.000 – 2.400.000', 'salary'],
    ])
  })

  it("sets aside a board's count of the listing's audience, but not a team's size", () => {
    const reasons = reasonsOf(
      [
        'Support Engineer',
        '⭐ 31 people applied in the last week',
        'Até 80 candidatos',
        'Requirements',
        '- Led a team of 6 people on the night desk',
        '- Supervised 12 technicians',
      ].join('\n'),
    )
    expect(reasons).toEqual([
      ['⭐ 31 people applied in the last week', 'metadata'],
      ['Até 80 candidatos', 'metadata'],
    ])
  })

  it('keeps a slash-separated list of skills and camel-cased tool names', () => {
    expect(reasonsOf('Role\n\nSkills\nPython / Scala / Java\nGitHub and JavaScript\n')).toEqual([])
  })

  it('sets aside a career ladder but not a list of skills', () => {
    const ladder = reasonsOf(
      'Career path\n\nJunior Data Analyst\nData Analyst\nSenior Data Analyst\nLead Data Analyst\n',
    )
    expect(ladder.map(([, reason]) => reason)).toEqual([
      'title-list',
      'title-list',
      'title-list',
      'title-list',
    ])
    expect(reasonsOf('Tools\n\nPython\nKubernetes\nTerraform\n')).toEqual([])
  })

  it('sets aside questions, their heading and the prose answering them, up to the next standalone label', () => {
    const reasons = reasonsOf(
      [
        'Common questions',
        '',
        'Is a degree required for this job?',
        '',
        'Not at all. Many of our best analysts came from bootcamps.',
        '',
        'Requirements',
        '',
        '- SQL',
      ].join('\n'),
    )
    expect(reasons).toEqual([
      ['Common questions', 'question'],
      ['Is a degree required for this job?', 'question'],
      ['Not at all. Many of our best analysts came from bootcamps.', 'answer'],
    ])
  })
})

describe('findPageFurniture: the end of an answer on a page with no blank lines', () => {
  it.each([
    [
      'EN',
      'Do I need my own truck?',
      'No, every driver gets a company tractor.',
      'What we look for:',
      'A class A CDL.',
    ],
    [
      'PT',
      // A question about the employer ("Quem somos?") heads the company's section instead, which parsePosting sets
      // aside as 'company'; these ask about the job, as an FAQ does.
      'Preciso ter caminhão próprio?',
      'Não, cada motorista recebe um caminhão da empresa.',
      'O que você precisa ter:',
      'CNH categoria E.',
    ],
    [
      'ES',
      '¿Necesito camión propio?',
      'No, cada chofer recibe un tractor de la empresa.',
      'Lo que buscamos:',
      'Licencia A-IIIc vigente.',
    ],
  ])(
    'a label with a colon that opens a section of the posting ends it (%s)',
    (_language, question, answer, heading, item) => {
      const reasons = new Map(reasonsOf([question, answer, heading, item].join('\n')))
      expect(reasons.has(answer)).toBe(true)
      expect(reasons.has(heading)).toBe(false)
      expect(reasons.has(item)).toBe(false)
    },
  )
})

describe('findPageFurniture: job-board search links', () => {
  it.each([
    ['EN', 'night shift nurse jobs', 'Experience with night shift rotations'],
    ['PT', 'vagas de recepcionista em Curitiba', 'Experiência com atendimento ao público'],
    ['ES', 'empleos de cajero en Lima', 'Experiencia en manejo de caja'],
  ])('sets a search link aside but keeps the requirement beside it (%s)', (_language, link, requirement) => {
    const reasons = new Map(reasonsOf(['Receptionist', 'Requirements', `- ${requirement}`, link].join('\n')))
    expect(reasons.get(link)).toBe('navigation')
    expect(reasons.has(`- ${requirement}`)).toBe(false)
  })
})

describe("sentenceFurniture: the employer's own years", () => {
  it("sets the company's history aside, in EN, PT and ES, and keeps a tenure asked of the reader", () => {
    expect(sentenceFurniture('Kestrel Paving has operated across the county for 24 years.')).toBe('company')
    expect(sentenceFurniture('Somos uma rede de farmácias com 40 anos de tradição')).toBe('company')
    expect(sentenceFurniture('Con más de 50 años de trayectoria, nuestra firma asesora a pymes')).toBe(
      'company',
    )
    expect(sentenceFurniture('A Serralheria Ponte está há 19 anos em Contagem')).toBe('company')
    expect(sentenceFurniture('For nearly 30 years, we have fitted windows in Kent')).toBe('company')
    expect(sentenceFurniture('Con casi 30 años llevando hoteles rurales, buscamos recepcionistas')).toBe(
      'company',
    )
    expect(sentenceFurniture('With 3+ years in hospitality, you will run the front desk')).toBeNull()
    expect(sentenceFurniture('At least 4 years of experience in asphalt paving')).toBeNull()
  })

  it('shows the set-aside line to the recruiter instead of asking for it', () => {
    const parsed = parsePosting(
      'Requisitos\n- A empresa atua no setor elétrico há 18 anos\n- Experiência com manutenção predial\n',
      taxonomy,
    )
    expect(parsed.requirements.some((requirement) => requirement.minYears === 18)).toBe(false)
    expect(parsed.setAside.map((aside) => [aside.text, aside.reason])).toContainEqual([
      'A empresa atua no setor elétrico há 18 anos',
      'company',
    ])
  })
})

describe('sentenceFurniture', () => {
  it('sets aside the employer offering something, by its verb of giving', () => {
    expect(sentenceFurniture('We offer a permanent contract, a laptop and a training budget.')).toBe(
      'benefits',
    )
    expect(sentenceFurniture('Te ofrecemos jornada intensiva los viernes y formación continua.')).toBe(
      'benefits',
    )
    expect(sentenceFurniture('Oferecemos plano odontológico e auxílio creche.')).toBe('benefits')
    expect(sentenceFurniture('Training in our systems is offered, but SQL is required.')).toBeNull()
  })

  it('sets aside what the employer states of itself, told by the sentence subject', () => {
    expect(sentenceFurniture('Unfortunately, we are not able to sponsor work permits for this role.')).toBe(
      'company',
    )
    expect(sentenceFurniture('The company does not pay relocation or visa costs.')).toBe('company')
    expect(sentenceFurniture('Lamentablemente no podemos patrocinar permisos de trabajo.')).toBe('company')
    expect(sentenceFurniture('Infelizmente não oferecemos ajuda com vistos.')).toBe('company')
    expect(sentenceFurniture("We're a proudly inclusive employer of every background.")).toBe('company')
    expect(sentenceFurniture('Somos una compañía que apuesta por la igualdad.')).toBe('company')
    expect(sentenceFurniture('Birch Harbor Logistics is committed to pay equity.')).toBe('company')
    // The employer asking, insisting or addressing the reader is still stating a requirement.
    expect(sentenceFurniture('We need someone fluent in SQL who can sponsor change.')).toBeNull()
    expect(sentenceFurniture("We won't compromise on this: a valid CPA licence.")).toBeNull()
    expect(sentenceFurniture('Não abrimos mão de experiência com folha de pagamento.')).toBeNull()
    expect(sentenceFurniture('We are looking for a welder with TIG experience.')).toBeNull()
    expect(sentenceFurniture('We do not offer training, so you must already know AutoCAD.')).toBeNull()
    expect(sentenceFurniture('Our stack is written in Go, and you will work on it daily.')).toBeNull()
  })
})

// What the employer gives, listed without a verb: the offer, not something asked of the candidate.
describe('sentenceFurniture: employment terms', () => {
  it.each([
    'Regime CLT, vale-refeição e plano de saúde',
    'Permanent contract, competitive salary and a pension plan',
    'Contrato temporal, sueldo según convenio',
    'Jornada de 40 horas semanais',
    'Full-time, Monday to Friday, health insurance',
  ])('sets aside "%s" as the offer', (line) => {
    expect(sentenceFurniture(line)).toBe('benefits')
  })

  it('sets the offer aside in a posting, where the reader can restore it, and keeps what asks', () => {
    // A schedule the candidate must accept, a domain, HR work and a plus name something asked of the candidate.
    for (const line of [
      'Must be available on weekends',
      'Disponibilidad para trabajar sábados',
      'Knowledge of CLT labour law',
      'Payroll, benefits and PTO tracking',
      'Spanish is a bonus',
    ])
      expect(sentenceFurniture(line)).toBe(null)
    const posting = parsePosting(
      'Caixa\n\nRequisitos\n- Ensino médio completo\n- Contratação CLT, bônus semestral, VA e VT\n',
      taxonomy,
    )
    expect(posting.requirements.some((r) => r.source.text.includes('CLT'))).toBe(false)
    expect(posting.setAside.some((item) => item.reason === 'benefits' && item.text.includes('CLT'))).toBe(
      true,
    )
  })
})

describe('findPageFurniture: other listings, invitations to the interface, equal opportunity, listing age (parser 14)', () => {
  it('sets aside a label of other listings with the titles after it', () => {
    expect(
      reasonsOf(
        [
          'Requirements',
          '- Two years of retail experience',
          'More jobs like this: Store Supervisor, Cashier, Stock Associate',
          'Vagas relacionadas',
          'Auxiliar Administrativo',
          'Recepcionista Bilíngue',
        ].join('\n'),
      ),
    ).toEqual([
      ['More jobs like this: Store Supervisor, Cashier, Stock Associate', 'title-list'],
      ['Vagas relacionadas', 'title-list'],
      ['Auxiliar Administrativo', 'title-list'],
      ['Recepcionista Bilíngue', 'title-list'],
    ])
  })

  it.each([
    'Talk to our virtual assistant to book an interview',
    'Crie um alerta de vagas por e-mail',
    'Descarga nuestra app para postularte más rápido',
  ])('sets aside "%s" as an invitation to the interface', (line) => {
    expect(sentenceFurniture(line)).toBe('call-to-action')
  })

  it.each([
    'No discriminamos por origen, religión ni orientación sexual.',
    'A companhia não faz distinção e não discrimina ninguém por raça ou gênero.',
    'All applicants are considered without regard to race, religion or disability.',
  ])('sets aside "%s" as the employer speaking', (line) => {
    expect(sentenceFurniture(line)).toBe('company')
  })

  it.each(['Publicada há 5 horas', 'Posted 2 weeks ago', 'Actualizado hace una semana'])(
    'sets aside "%s" as the listing age',
    (line) => {
      expect(sentenceFurniture(line)).toBe('metadata')
    },
  )

  it('sets aside the statements, and keeps the asks that share their words', () => {
    expect(sentenceFurniture('Chat with our hiring assistant on WhatsApp')).toBe('call-to-action')
    for (const line of [
      'Experience with chat support and help desk tools',
      'Knowledge of anti-discrimination and equal employment opportunity law',
      'Download and analyse sensor logs',
    ])
      expect(sentenceFurniture(line)).toBe(null)
  })
})

describe('findPageFurniture: board listings, index labels and invitations (parser 18)', () => {
  it('sets aside lists of other listings that a board labels by who viewed them or what you may like', () => {
    const reasons = reasonsOf(
      [
        'Stock Clerk – Night Shift',
        'Requirements',
        '- Forklift certificate',
        'Jobs you might like: Barista · Bean Co | Cashier · MegaMart',
        'Pessoas também se candidataram',
        'Repositor de Mercadorias · Supermercado Bom Preço',
        'Conferente – Atacadão Sul · há 3 dias',
      ].join('\n'),
    )
    expect(reasons).toEqual([
      ['Jobs you might like: Barista · Bean Co | Cashier · MegaMart', 'title-list'],
      ['Pessoas também se candidataram', 'title-list'],
      ['Repositor de Mercadorias · Supermercado Bom Preço', 'title-list'],
      ['Conferente – Atacadão Sul · há 3 dias', 'title-list'],
    ])
  })

  it("sets aside the board's index of the listing and an invitation after a one-word question", () => {
    const reasons = reasonsOf(
      [
        'Warehouse Associate',
        'Requirements',
        '- Forklift certificate',
        'Keywords: logistics, warehouse, forklift',
        'Sectores: Logística y transporte',
        'Other jobs at Harlow Foods',
        'Questions? Message our hiring assistant',
      ].join('\n'),
    )
    expect(reasons).toEqual([
      ['Keywords: logistics, warehouse, forklift', 'metadata'],
      ['Sectores: Logística y transporte', 'metadata'],
      ['Other jobs at Harlow Foods', 'title-list'],
      ['Questions? Message our hiring assistant', 'call-to-action'],
    ])
  })
})

describe('sentenceFurniture: company text, offers and the workday (parser 18)', () => {
  it.each([
    ['Conheça a equipe de recrutamento', 'call-to-action'],
    ['Most mornings you will be stocking shelves and unloading the bread van.', 'narrative'],
    ['No dia a dia você vai organizar o estoque e conferir as notas de entrada.', 'narrative'],
    ['Te encargarás de abrir el local, cuadrar la caja y hacer los pedidos.', 'narrative'],
    ['Você vai atender clientes no balcão e repor a vitrine.', 'narrative'],
    ["You'll open the store and count the till before nine.", 'narrative'],
    ["Here you'll get two paid training weeks a year.", 'benefits'],
    ['Si te gusta la repostería, aquí tendrás un plan de carrera y formación pagada.', 'benefits'],
    ['This role does not offer visa sponsorship.', 'company'],
    ['Esta vaga não oferece patrocínio de visto.', 'company'],
    ['Warehouse Supervisor at Northgate Foods', 'title'],
    ["We bake everything in-house every morning, and we'd love you to learn our sourdough too.", 'company'],
    ['Unfortunately we cannot reply to every application.', 'company'],
    ['Não respondemos mensagens pelo Instagram.', 'company'],
    ['Ferretería Los Andes abrió en 1972 y hoy tiene 14 sucursales en el norte del país.', 'company'],
    [
      'Salário R$ 2.100 + vale-transporte + refeição no local + plano odontológico + folga no mês do aniversário',
      'salary',
    ],
  ])('sets aside "%s"', (sentence, reason) => {
    expect(sentenceFurniture(sentence)).toBe(reason)
  })

  it('sets aside the wish, the workday and the refusal, and keeps the sentences of the same shape that ask', () => {
    expect(sentenceFurniture("We knead every loaf by hand, and we'd love you to learn how.")).toBe('company')
    expect(sentenceFurniture('Every shift you will be restocking the cold room.')).toBe('narrative')
    expect(sentenceFurniture('This position cannot sponsor work visas.')).toBe('company')
    for (const sentence of [
      "We'd love it if you have experience with sourdough.",
      'Most mornings you will need a forklift licence.',
      "You'll have at least two years of retail experience.",
      'Our ideal candidate has run a shop floor of 20 people.',
      "You'll build our booking app in React; React Native is a plus.",
      'Comfortable handling cash up to $5,000 per shift',
      'We have 14 stores, so you should be willing to travel between them.',
      'Our technicians rely on a dispatcher who can juggle priorities.',
      'Founded in 2010, we look for engineers who write clean Python.',
      'With 25 years in the market, we are looking for a bilingual assistant.',
      'Tenemos 9 tiendas y buscamos a alguien que sepa manejar inventarios.',
      'Nuestro candidato ideal ha coordinado un almacén.',
      'You will get certified in food safety within 30 days.',
      'This role requires a valid visa for Canada.',
      // Travel told as part of the workday is a condition confirmed with the candidate, not set aside.
      'Most weeks you will travel out to clinics across two districts.',
      'Você vai viajar para as filiais do interior duas vezes por mês.',
      'Te encargarás de viajar a las obras del norte una semana al mes.',
    ])
      expect(sentenceFurniture(sentence)).toBe(null)
  })

  it('reads the list under a company paragraph that ends by requiring, however long the paragraph', () => {
    const parsed = parsePosting(
      [
        'Motorista Carreteiro',
        'Transportes Serra Verde Ltda., com 30 anos de estrada no transporte de cargas pesadas em todo o Sul, contrata:',
        '- CNH categoria E',
        '- Curso MOPP atualizado',
        '- Responsável e pontual',
      ].join('\n'),
      taxonomy,
    )
    expect(new Set(parsed.requirements.map((requirement) => requirement.source.text))).toEqual(
      new Set(['CNH categoria E', 'Curso MOPP atualizado', 'Responsável e pontual']),
    )
    expect(parsed.requirements.every((requirement) => requirement.kind === 'required')).toBe(true)
  })
})

describe('sentenceFurniture on equal-opportunity grounds closed by the law', () => {
  it('reads the grounds "protected by law" as the statement, and keeps knowledge of a law asked', () => {
    expect(
      sentenceFurniture(
        'We hire without regard to age, religion, disability or any other status protected by applicable law.',
      ),
    ).toBe('company')
    expect(
      sentenceFurniture(
        'Contratamos sem distinção de gênero, idade ou origem, ou outra condição protegida pela lei.',
      ),
    ).toBe('company')
    expect(sentenceFurniture('Knowledge of equal opportunity law and workplace investigations')).toBe(null)
  })
})
