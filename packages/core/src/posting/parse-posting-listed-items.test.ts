import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

const labels = (text: string) =>
  parsePosting(text, taxonomy).requirements.map((requirement) => requirement.label)

describe('parsePosting: things listed after one frame that the taxonomy does not know', () => {
  it('asks for each thing of a list after "conhecimento em", "dominio de técnicas de", "working knowledge of"', () => {
    expect(labels('Requisitos:\n- Conhecimento em torneamento e fresagem\n')).toEqual([
      'torneamento',
      'fresagem',
    ])
    expect(labels('Requisitos:\n- Dominio de técnicas de injerto, poda y fertirrigación\n')).toEqual([
      'injerto',
      'poda',
      'fertirrigación',
    ])
    expect(labels('Requirements:\n- Working knowledge of HACCP and BRCGS\n')).toEqual(['HACCP', 'BRCGS'])
  })

  it('keeps an unknown item beside the skills the taxonomy names on the same line', () => {
    expect(labels('Requisitos:\n- Experiência com Excel, retífica e balanceamento\n')).toEqual(
      expect.arrayContaining(['retífica', 'balanceamento']),
    )
    expect(labels('Requisitos:\n- Conocimientos de Word y encuadernación\n')).toContain('encuadernación')
    expect(labels('Requirements:\n- Working knowledge of Excel and bookbinding\n')).toContain('bookbinding')
  })

  it('splits no list whose items share a head, an object or examples', () => {
    expect(labels('Requisitos:\n- Conhecimento em torneamento e fresagem\n')).toHaveLength(2)
    // An English modifier before the head noun it shares with the next item.
    expect(labels('Requirements:\n- Working knowledge of municipal and state zoning codes\n')).toHaveLength(1)
    // An English phrase of plain words after a name may be one field with the item beside it.
    expect(labels('Requirements:\n- Knowledge of the Irish grant system and bookkeeping\n')).toHaveLength(1)
    // A lone word completing the object of a preposition.
    expect(labels('Requisitos:\n- Conocimiento de cocina al horno y baja temperatura\n')).toHaveLength(1)
    // A lone number sharing the noun before it.
    expect(labels('Requisitos:\n- Conhecimento dos formulários 940 e 941\n')).toHaveLength(1)
  })
})

describe('parsePosting: a course in a field, and a bracket of examples', () => {
  const read = (text: string) =>
    parsePosting(text, taxonomy).requirements.map(
      (requirement) => `${requirement.type}: ${requirement.label}`,
    )

  it('reads a course in a field as a credential and keeps its own words in the label', () => {
    expect(read('Requisitos:\n- Curso de técnicas de vendas\n')).toEqual([
      'certification: Sales (Curso de técnicas de vendas)',
    ])
    expect(read('Requisitos:\n- Curso de contabilidad básica\n')).toEqual([
      'certification: Accounting (Curso de contabilidad básica)',
    ])
    expect(read('Requirements:\n- Course in bookkeeping\n')).toEqual([
      'certification: Bookkeeping (Course in bookkeeping)',
    ])
  })

  it('asks once for a bracket of examples, even with a word the taxonomy does not know among them', () => {
    expect(read('Requirements:\n- Familiarity with payment rails (SWIFT, wires, SEPA)\n')).toHaveLength(1)
    expect(read('Requisitos:\n- Experiencia con redes de datos (VLAN, cobre, VPN)\n')).toHaveLength(1)
  })
})

describe('parsePosting: what qualifies a listed thing rather than adds one', () => {
  const read = (text: string) =>
    parsePosting(text, taxonomy).requirements.map(
      (requirement) => `${requirement.type}: ${requirement.label}`,
    )

  it('reads a stressed instance ("especially", "sobretudo") as an example of the item before it', () => {
    expect(read('Requirements:\n- Microsoft Office, especially Excel (macros)\n')).toEqual([
      'skill: Microsoft Office / Microsoft Excel',
    ])
  })

  it('reads past what an item is for to the next item of the list', () => {
    expect(
      read(
        'Requisitos:\n- Conhecimentos em SAP, Excel intermediário para o controle de custos da obra, torneamento e fresagem\n',
      ),
    ).toEqual(expect.arrayContaining(['knowledge: torneamento', 'knowledge: fresagem']))
  })

  it('takes no skill from the body that issues a credential', () => {
    expect(read('Requirements:\n- Networking certificate issued by Cisco\n')).toEqual([
      'certification: Networking certificate issued by Cisco',
    ])
  })

  it('asks apart for a degree and the registration kept active with it', () => {
    expect(read('Requisitos:\n- Graduação em Enfermagem com COREN ativo\n')).toEqual([
      'degree: Nursing (Graduação em Enfermagem)',
      'certification: COREN ativo',
    ])
  })

  it('asks for each method a practice is done in (a binding method is a skill), and keeps a practice the taxonomy knows whole', () => {
    expect(read('Requisitos:\n- Encadernação em Wire-O e PUR\n')).toEqual(['skill: Wire-O', 'skill: PUR'])
    expect(read('Requisitos:\n- Soldagem em MIG e TIG\n')).toHaveLength(1)
  })

  it('keeps a practice named by a gerund after a field in the label ("anesthesia monitoring")', () => {
    expect(read('Requirements:\n- Experience with anesthesia monitoring\n')).toEqual([
      'skill: Anesthesia (anesthesia monitoring)',
    ])
  })
})

describe('parsePosting: codes, abbreviations and skill frames inside a list', () => {
  const read = (text: string) =>
    parsePosting(text, taxonomy).requirements.map(
      (requirement) => `${requirement.type}: ${requirement.label}`,
    )

  it('asks for each code the taxonomy files under one skill, unless they illustrate a class', () => {
    expect(read('Requisitos:\n- Conhecimento das normas NR-11 e NR-20\n')).toHaveLength(2)
    expect(read('Requisitos:\n- Conocimiento de NR-10 y NR-12\n')).toHaveLength(2)
    expect(
      read('Requisitos:\n- Conhecimento das normas de segurança, sobretudo NR-11 e NR-20\n'),
    ).toHaveLength(1)
  })

  it('reads a bracket spelling out an abbreviation as no list of examples', () => {
    expect(read('Requisitos:\n- Experiencia con torno CNC (Fanuc) y curso de metrología\n')).toContain(
      'certification: curso de metrología',
    )
  })

  it('reads "habilidades de" as a frame over the list after it', () => {
    expect(read('Requisitos:\n- Habilidades de Excel y redacción de informes\n')).toContain(
      'skill: redacción de informes',
    )
  })
})

describe('parsePosting: what a tool is used for', () => {
  const labels2 = (text: string) =>
    parsePosting(text, taxonomy).requirements.map((requirement) => requirement.label)

  it('asks for the tool alone, not for the use beside it', () => {
    expect(labels2('Requisitos:\n- Excel para controle de estoque\n')).toEqual(['Microsoft Excel'])
    expect(labels2('Requisitos:\n- SQL para relatórios financeiros\n')).toEqual(['SQL'])
    expect(labels2('Requirements:\n- Python for data analysis\n')).toEqual(['Python'])
  })

  it('asks for a language alone, not for what it is needed for', () => {
    expect(labels2('Requirements:\n- Conversational Spanish to handle customer service calls\n')).toEqual([
      'Spanish',
    ])
    expect(
      labels2('Requisitos:\n- Inglês para ler documentação e escrever relatórios de auditoria\n'),
    ).toEqual(['English'])
  })
})

describe('parsePosting: the type of a listed thing the taxonomy does not know', () => {
  const types = (text: string) =>
    parsePosting(text, taxonomy).requirements.map(
      (requirement) => `${requirement.type}: ${requirement.label}`,
    )

  it('reads a class of tools or a product name as a skill, a method after "técnicas de" too, a field as knowledge', () => {
    expect(types('Requisitos:\n- Experiencia con sistemas de reservas y Gastrosoft\n')).toEqual([
      'skill: sistemas de reservas',
      'skill: Gastrosoft',
    ])
    expect(types('Requisitos:\n- Dominio de técnicas de injerto, poda y fertirrigación\n')).toEqual([
      'skill: injerto',
      'skill: poda',
      'skill: fertirrigación',
    ])
    expect(types('Requisitos:\n- Conhecimento em torneamento e fresagem\n')).toEqual([
      'knowledge: torneamento',
      'knowledge: fresagem',
    ])
  })
})

describe('parsePosting: practices listed by their gerunds after "comfortable" or "confident"', () => {
  it('asks for each practice, examples in brackets staying with theirs', () => {
    expect(
      labels(
        'Requirements:\n- Comfortable splicing fibre cables and labelling patch panels (e.g. Panduit, Leviton)\n',
      ),
    ).toEqual(['splicing fibre cables', 'labelling patch panels (e.g. Panduit, Leviton)'])
    expect(labels('Requirements:\n- Confident using Excel and drafting cost reports\n')).toContain(
      'drafting cost reports',
    )
  })
})

describe('parsePosting: the words a listed thing is labelled with', () => {
  it('leaves out the article that opens a later item', () => {
    expect(labels('Requisitos:\n- Conocer la Ley de Contratos y el Reglamento de Obras\n')).toContain(
      'Reglamento de Obras',
    )
  })
})

describe('parsePosting: two product names the taxonomy does not know', () => {
  it('reads a choice of two names written as products are as one tool requirement', () => {
    expect(labels('Requisitos:\n- Manejo de Excel y de TeamViewer o AnyDesk\n')).toEqual([
      'Microsoft Excel',
      'TeamViewer / AnyDesk',
    ])
  })
})
