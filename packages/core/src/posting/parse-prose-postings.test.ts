import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedPosting } from '../types'
import { parsePosting } from './parse-posting'
import { isDutyLike } from './posting-cues'

const taxonomy = loadTaxonomy()

function kindsOf(posting: ParsedPosting, skillId: string): string[] {
  return posting.requirements
    .filter((requirement) => requirement.skillIds.includes(skillId))
    .map((requirement) => requirement.kind)
}

// Postings written as paragraphs, with no headings: every sentence may ask for its own thing.
const EN = `Warehouse Systems Analyst

Northpine ships garden furniture across Ohio and runs three distribution centres near Columbus.
You'll be tuning our slotting rules in SQL Server, writing Python scripts for pick-path reports and training supervisors.
You must have two years of SQL reporting work in a warehouse setting. Experience with Tableau dashboards is also expected.
Knowing Kubernetes would be a plus, and so would a lean six sigma belt.
`

const PT = `Analista de Suprimentos

A Ventobrás fabrica peças para tratores e tem duas fábricas no interior de Goiás.
Você vai acompanhar pedidos no SAP, negociar prazos com fornecedores e montar relatórios semanais.
Precisamos que você tenha experiência com compras industriais e Excel avançado. Conhecer Power BI é um diferencial.
`

const ES = `Coordinador de Logística

Rutafría distribuye alimentos congelados en todo Chile desde hace quince años.
Vas a planificar rutas de reparto, coordinar a los choferes y controlar el inventario en SAP.
Buscamos a alguien con experiencia en logística de frío y manejo de Excel avanzado. Saber Python suma puntos para automatizar reportes.
`

describe('parsePosting: prose postings without headings', () => {
  it('reads each sentence of a paragraph as its own requirement, with its own kind (EN)', () => {
    const posting = parsePosting(EN, taxonomy)
    expect(kindsOf(posting, 'sql')).toEqual(['required'])
    expect(kindsOf(posting, 'tableau')).toEqual(['required'])
    expect(kindsOf(posting, 'kubernetes')).toEqual(['nice_to_have'])
    // The duty sentence names Python, but only as part of the work: it asks nothing of the candidate.
    expect(kindsOf(posting, 'python')).toEqual([])
  })

  it('reads each sentence of a paragraph as its own requirement, with its own kind (PT)', () => {
    const posting = parsePosting(PT, taxonomy)
    expect(kindsOf(posting, 'microsoft-excel')).toEqual(['required'])
    expect(kindsOf(posting, 'power-bi')).toEqual(['nice_to_have'])
    expect(kindsOf(posting, 'sap')).toEqual([])
  })

  it('reads each sentence of a paragraph as its own requirement, with its own kind (ES)', () => {
    const posting = parsePosting(ES, taxonomy)
    expect(kindsOf(posting, 'microsoft-excel')).toEqual(['required'])
    expect(kindsOf(posting, 'python')).toEqual(['nice_to_have'])
    expect(kindsOf(posting, 'sap')).toEqual([])
  })

  it('lets one cue at the end of a prose line speak for every sentence on it', () => {
    const text =
      'Role\n\nRequirements\nMonitoring with Grafana for large fleets. Alert routing with PagerDuty would make you stand out.\n'
    const posting = parsePosting(text, taxonomy)
    expect(posting.requirements.length).toBeGreaterThan(0)
    expect(posting.requirements.every((requirement) => requirement.kind === 'nice_to_have')).toBe(true)
  })
})

describe('parsePosting: the opening paragraph of a posting without headings', () => {
  it.each([
    ['EN', EN, 'Northpine ships'],
    ['PT', PT, 'A Ventobrás'],
    ['ES', ES, 'Rutafría distribuye'],
  ])('sets the employer describing itself aside (%s)', (_language, text, opening) => {
    const posting = parsePosting(text, taxonomy)
    expect(posting.setAside.some((item) => item.reason === 'company' && item.text.startsWith(opening))).toBe(
      true,
    )
    expect(posting.requirements.some((requirement) => requirement.source.text.startsWith(opening))).toBe(
      false,
    )
  })

  it('keeps an opening paragraph that already asks for something', () => {
    const text =
      'Payroll Clerk\n\nSeasoned payroll clerk with 3 years of ADP payroll work needed for a busy clinic.\n'
    const posting = parsePosting(text, taxonomy)
    expect(posting.requirements.length).toBeGreaterThan(0)
  })
})

describe('isDutyLike: the reader future', () => {
  it.each([
    ["You'll review pull requests and run incident drills", true],
    ["You'd be reconciling supplier statements every month", true],
    ["You'll need a valid forklift certificate", false],
    ["You'd be a great fit if you know Rust", false],
    ['Você vai cuidar das campanhas de mídia paga', true],
    ['Você vai precisar de CNH categoria B', false],
    ['Vas a construir tableros para el área comercial', true],
    ['Vas a necesitar inglés avanzado', false],
  ])('reads "%s" as a duty: %s', (text, duty) => {
    expect(isDutyLike(text)).toBe(duty)
  })
})

describe('parsePosting: one sentence, two predicates', () => {
  function sources(text: string): string[] {
    return parsePosting(text, taxonomy).requirements.map((requirement) => requirement.source.text)
  }

  it.each([
    [
      'EN',
      'Crane Operator\n\nYou must hold a valid NCCCO crane certificate and have three years of tower crane work on high-rise sites.\n',
      'hold a valid NCCCO',
      'three years of tower crane',
    ],
    [
      'PT',
      'Operador de Empilhadeira\n\nÉ preciso ter curso de operador de empilhadeira válido e saber conferir notas fiscais no recebimento.\n',
      'curso de operador',
      'conferir notas fiscais',
    ],
    [
      'ES',
      'Panadero\n\nBuscamos a alguien que sepa elaborar masa madre y pan de molde, con al menos tres años en obradores de producción.\n',
      'masa madre',
      'tres años en obradores',
    ],
  ])('reads each predicate as its own requirement (%s)', (_language, text, first, second) => {
    const found = sources(text)
    expect(found.some((source) => source.includes(first) && !source.includes(second))).toBe(true)
    expect(found.some((source) => source.includes(second) && !source.includes(first))).toBe(true)
  })

  it('gives a predicate with no cue of its own the cue of its sentence', () => {
    const posting = parsePosting(
      'Site Electrician\n\nA forklift ticket is a plus, and so is experience with solar panel installs on farms.\n',
      taxonomy,
    )
    expect(posting.requirements.length).toBeGreaterThanOrEqual(2)
    expect(posting.requirements.every((requirement) => requirement.kind === 'nice_to_have')).toBe(true)
  })

  it('keeps a narrower tenure with the tenure it narrows', () => {
    const found = sources(
      'Sales Lead\n\nRequirements\n- 6+ years in B2B sales, with at least 2 selling to hospitals\n',
    )
    expect(found.filter((source) => source.includes('hospitals'))).toHaveLength(found.length)
  })
})

describe('parsePosting: page details', () => {
  it('reads an emoji-led line over a list marked otherwise as the list heading', () => {
    const text =
      'Barista\n\n🔥 O que você vai fazer\n• Preparar cafés especiais\n🔥 O que esperamos de você\n• Experiência com espresso e latte art\n'
    const posting = parsePosting(text, taxonomy)
    expect(posting.sections.map((section) => section.name)).toContain('required')
    expect(posting.requirements.some((requirement) => requirement.source.text.includes('latte art'))).toBe(
      true,
    )
  })

  it.each([
    'Harbor Labs is an equal opportunity employer and values diverse, curious and kind people.',
    'Somos uma empresa comprometida com a igualdade de oportunidades e valorizamos pessoas criativas.',
    'Promovemos la igualdad de oportunidades y buscamos personas proactivas y organizadas.',
  ])('sets an equal-opportunity statement aside: %s', (statement) => {
    const posting = parsePosting(`Role\n\nRequirements\n- Python\n\n${statement}\n`, taxonomy)
    expect(posting.requirements.some((requirement) => requirement.source.text === statement)).toBe(false)
    expect(posting.setAside.some((item) => item.text === statement)).toBe(true)
  })
})

describe('parsePosting: headings that lost their markup', () => {
  it.each([
    [
      'EN',
      'Line Cook\nOur bistro seats forty guests and opens for dinner six nights a week in Leeds.\nWhat you will need\nFood hygiene level 2 certificate\nTwo years on a busy grill section\nIt would be lovely if\nPastry background\n',
      'Pastry',
    ],
    [
      'PT',
      'Cozinheiro\nNosso bistrô recebe quarenta clientes e abre para o jantar seis noites por semana.\nO que você precisa ter\nCurso de manipulação de alimentos\nDois anos em praça quente\nSe tiver, ótimo\nExperiência com confeitaria\n',
      'confeitaria',
    ],
    [
      'ES',
      'Cocinero\nNuestro bistró recibe cuarenta comensales y abre para la cena seis noches por semana.\nLo que necesitas\nCarnet de manipulador de alimentos\nDos años en partida caliente\nSi además tienes, mejor\nExperiencia en pastelería\n',
      'pastelería',
    ],
  ])(
    'reads a short line of section words over unmarked items as a heading (%s)',
    (_language, text, optional) => {
      const posting = parsePosting(text, taxonomy)
      const names = posting.sections.map((section) => section.name)
      expect(names).toContain('required')
      expect(names).toContain('nice_to_have')
      const item = posting.requirements.find((requirement) => requirement.source.text.includes(optional))
      expect(item?.kind).toBe('nice_to_have')
    },
  )

  it('reads the first short line of a run sharing one emoji as the run heading', () => {
    const text =
      'Barista 🚀\n🛠️ What you will do\n👉 Pull espresso shots\n✅ You bring\n✅ Two years of specialty coffee work\n✅ Latte art\n🎁 Perks\n🏝️ 25 days off\n💻 Free coffee\n'
    const posting = parsePosting(text, taxonomy)
    expect(posting.sections.map((section) => section.name)).toEqual([
      'title',
      'responsibilities',
      'required',
      'benefits',
    ])
    expect(
      posting.requirements.some((requirement) => requirement.source.text.includes('specialty coffee')),
    ).toBe(true)
  })
})

describe('parsePosting: tenure joined to another requirement', () => {
  it.each([
    [
      'EN',
      'We want a diploma in veterinary nursing and at least three years of small animal clinic work.',
      'diploma',
      'three years',
    ],
    [
      'PT',
      'Pedimos graduação em medicina veterinária e pelo menos três anos de clínica de pequenos animais.',
      'graduação',
      'três anos',
    ],
    [
      'ES',
      'Pedimos título de técnico veterinario y al menos tres años en clínica de pequeños animales.',
      'título',
      'tres años',
    ],
  ])('reads the tenure as its own requirement (%s)', (_language, sentence, first, second) => {
    const found = parsePosting(`Vet Nurse\n\nRequirements\n${sentence}\n`, taxonomy).requirements.map(
      (requirement) => requirement.source.text,
    )
    expect(found.some((source) => source.includes(first) && !source.includes(second))).toBe(true)
    expect(found.some((source) => source.includes(second) && !source.includes(first))).toBe(true)
  })

  it('cuts a tenure glued to the sentence before it', () => {
    const found = parsePosting(
      'Vet Nurse\n\nRequirements\n- Diploma in veterinary nursing or equivalent training.3+ years of clinic work with small animals.\n',
      taxonomy,
    ).requirements.map((requirement) => requirement.source.text)
    expect(found.some((source) => source.startsWith('3+ years'))).toBe(true)
  })
})

describe('parsePosting: obligations and tenures in Spanish and Portuguese prose', () => {
  it('reads "tienes que" and "tem que" as asking, and cuts a tenure of one year off the sentence before it', () => {
    const posting = parsePosting(
      [
        'Administrativo/a de obra',
        'Constructora Levante levanta viviendas en Murcia desde 1985.',
        'Tienes que dominar Excel y el programa Presto.',
        'Buscamos a alguien con formación profesional en Administración y al menos un año de experiencia en obra.',
        'Você tem que ter domínio de AutoCAD.',
      ].join('\n'),
      taxonomy,
    )
    expect(kindsOf(posting, 'microsoft-excel')).toEqual(['required'])
    expect(kindsOf(posting, 'autocad')).toEqual(['required'])
    const degree = posting.requirements.find((requirement) => requirement.type === 'degree')
    expect(degree?.source.text).not.toContain('un año')
    expect(posting.requirements.some((requirement) => requirement.minYears === 1)).toBe(true)
  })
})

describe('parsePosting: a sentence that asks for several things in one breath', () => {
  const PROSE = [
    'Técnico(a) de segurança do trabalho',
    'A Usina Boa Vista produz açúcar e etanol no interior paulista desde 1962.',
    'Procuramos um técnico com registro no MTE, que já tenha atuado em usinas por pelo menos 2 anos.',
    'É necessário ter curso técnico em Segurança do Trabalho, além de experiência com brigada de incêndio.',
    'Esperamos que você conheça as normas regulamentadoras, e que tenha vivência em investigação de acidentes.',
    'Valorizamos quem já tenha trabalhado com auditorias ISO 45001.',
  ].join('\n')

  it('reads each predicate as its own requirement, with the kind and the asking of the sentence', () => {
    const posting = parsePosting(PROSE, taxonomy)
    const sources = posting.requirements.map((requirement) => requirement.source.text)
    // A relative clause about the candidate ("que já tenha atuado ...") asks for a tenure of its own.
    expect(sources).toContain('que já tenha atuado em usinas por pelo menos 2 anos.')
    // Naming the role, then "com" what it needs, asks for that.
    expect(sources).toContain('Procuramos um técnico com registro no MTE')
    // "além de" adds a second ask to the first.
    expect(sources.some((source) => source.startsWith('experiência com brigada'))).toBe(true)
    // A predicate with no qualification word of its own asks as its sentence does.
    expect(sources.some((source) => source.includes('investigação de acidentes'))).toBe(true)
    // "Valorizamos" values what follows: an extra, not a must.
    const valued = posting.requirements.filter((requirement) => requirement.source.text.includes('ISO 45001'))
    expect(valued.map((requirement) => requirement.kind)).toEqual(['nice_to_have'])
  })
})

// A paragraph that opens with the employer and goes on to what the job asks: the opening rule must not set the asks
// aside with the company's sentences.
describe('parsePosting: a paragraph that mixes the company, the job and its asks', () => {
  const sources = (text: string) => parsePosting(text, taxonomy).requirements.map((r) => r.source.text)
  const asides = (text: string) => parsePosting(text, taxonomy).setAside.map((item) => item.text)

  it.each([
    [
      'EN',
      "Mover\n\nBayside Movers has packed and shipped households around Tampa since 1996. You'll need a commercial driver's licence and two years of moving work. Our trucks are serviced every month.\n",
      ['licence', 'two years of moving work'],
      ['Bayside Movers has packed', 'Our trucks are serviced'],
    ],
    [
      'PT',
      'Recepcionista\n\nA Clínica Aurora cuida da saúde bucal de famílias em Niterói. Precisamos de alguém com ensino médio completo e experiência com agenda de consultas. O consultório fica perto do metrô.\n',
      ['ensino médio completo', 'agenda de consultas'],
      ['A Clínica Aurora cuida', 'O consultório fica'],
    ],
    [
      'ES',
      'Ayudante de panadería\n\nHorno Serrano hornea pan de masa madre para tres barrios de Zaragoza. Buscamos alguien que tenga experiencia en obrador y carnet de manipulador de alimentos. La tienda abre a las siete.\n',
      ['experiencia en obrador', 'carnet de manipulador'],
      ['Horno Serrano hornea', 'La tienda abre'],
    ],
    [
      'ES obligation',
      'Mecánico\n\nTaller Ruiz repara motos en Murcia desde 1995. Tienes que tener carnet de conducir A2 y dos años de experiencia en mecánica. El taller cierra en agosto.\n',
      ['carnet de conducir A2', 'dos años de experiencia'],
      ['Taller Ruiz repara', 'El taller cierra'],
    ],
  ])(
    'yields the asks and sets aside only the sentences that ask nothing (%s)',
    (_language, text, asks, aside) => {
      const found = sources(text)
      for (const ask of asks) expect(found.filter((source) => source.includes(ask))).toHaveLength(1)
      // Each ask is its own requirement, not one line holding both.
      expect(found.some((source) => asks.every((ask) => source.includes(ask)))).toBe(false)
      const setAside = asides(text)
      for (const sentence of aside) expect(setAside.some((item) => item.startsWith(sentence))).toBe(true)
      expect(setAside.some((item) => asks.some((ask) => item.includes(ask)))).toBe(false)
    },
  )

  it('sets the work described to the reader aside with the company, and cuts a degree from the experience beside it', () => {
    const text =
      'Vendedora\n\nA Loja Flor vende roupas femininas no centro de Belo Horizonte desde 2001. Você vai atender clientes e organizar a vitrine. É importante ter experiência com vendas no varejo e ensino médio completo. Trabalhamos de segunda a sábado.\n'
    const found = sources(text)
    expect(found.filter((source) => source.includes('vendas no varejo'))).toHaveLength(1)
    expect(found.filter((source) => source.includes('ensino médio completo'))).toHaveLength(1)
    expect(found.some((source) => source.includes('vendas') && source.includes('ensino'))).toBe(false)
    expect(found.some((source) => /vitrine|Trabalhamos/.test(source))).toBe(false)
  })

  it('reads the asks after the company and none from sentences that only deny a need or announce the role', () => {
    const text =
      "Driver\n\nPinecrest Logistics has run refrigerated trucks from Boise for 40 years. No experience is needed to ride along on a trial day. We are looking for a driver to join the Boise depot. You'll need a CDL and a clean record.\n"
    const found = sources(text)
    expect(found.some((source) => source.includes('CDL'))).toBe(true)
    expect(found.some((source) => /Pinecrest|trial day|Boise depot/.test(source))).toBe(false)
  })
})
