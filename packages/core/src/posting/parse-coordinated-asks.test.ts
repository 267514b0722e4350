import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedPosting } from '../types'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

function sources(posting: ParsedPosting): string[] {
  return posting.requirements.map((requirement) => requirement.source.text)
}

function labels(posting: ParsedPosting): string[] {
  return posting.requirements.map((requirement) => requirement.label)
}

describe('verb phrases joined in one ask are asked apart', () => {
  it('cuts infinitive phrases in a list item, each with its own object, and keeps verbs sharing one whole', () => {
    const portuguese = parsePosting(
      'Jardineiro\n\nRequisitos\n- Cuidar de canteiros e seguir o cronograma da equipe\n- Ser pontual, manter as ferramentas limpas e ter CNH B\n',
      taxonomy,
    )
    expect(sources(portuguese)).toEqual(
      expect.arrayContaining([
        'Cuidar de canteiros',
        'seguir o cronograma da equipe',
        'Ser pontual',
        'manter as ferramentas limpas',
      ]),
    )
    const spanish = parsePosting(
      'Jardinero\n\nRequisitos\n- Podar setos altos y cumplir las normas del parque\n- Ser ordenado, cuidar las herramientas y tener licencia B\n',
      taxonomy,
    )
    expect(sources(spanish)).toEqual(
      expect.arrayContaining([
        'Podar setos altos',
        'cumplir las normas del parque',
        'Ser ordenado',
        'cuidar las herramientas',
      ]),
    )
    const whole = parsePosting(
      'Técnico\n\nRequisitos\n- Montar e calibrar balanças industriais\n- Saber ler, redigir e revisar laudos\n- Saber usar ferramentas de medida, por exemplo paquímetro\n',
      taxonomy,
    )
    // Lone verbs sharing one object, and a comma before a preposition, stay whole.
    expect(sources(whole)).toEqual(
      expect.arrayContaining([
        'Montar e calibrar balanças industriais',
        'Saber ler, redigir e revisar laudos',
        'Saber usar ferramentas de medida, por exemplo paquímetro',
      ]),
    )
  })

  it('cuts the infinitives after a predicate of needing, the predicate’s own verb opening the list', () => {
    const portuguese = parsePosting(
      'Vendedor\nÉ importante ter ensino técnico completo, saber emitir notas no sistema da loja e ter boa letra.',
      taxonomy,
    )
    expect(sources(portuguese)).toEqual(expect.arrayContaining(['saber emitir notas no sistema da loja']))
  })

  it('cuts a second subjunctive verb with its own object in a clause about the reader', () => {
    const portuguese = parsePosting(
      'Garçom\nQueremos que você saiba abrir vinhos na mesa e organize a adega toda semana.',
      taxonomy,
    )
    expect(sources(portuguese)).toEqual(expect.arrayContaining(['organize a adega toda semana.']))
    const spanish = parsePosting(
      'Mesero\nNecesitamos que sepas abrir vinos en la mesa y ordenes la bodega cada semana.',
      taxonomy,
    )
    expect(sources(spanish)).toEqual(expect.arrayContaining(['ordenes la bodega cada semana.']))
  })

  it('cuts a second "que você" clause after a comma', () => {
    const portuguese = parsePosting(
      'Técnico de campo\nPedimos experiência de no mínimo 3 anos com manutenção de bombas, e que você conheça bem as estradas do interior.',
      taxonomy,
    )
    expect(sources(portuguese)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^que você conheça bem as estradas do interior/u)]),
    )
  })
})

describe('a bracket of examples closes the thing it illustrates', () => {
  it('asks apart what a conjunction names after the bracket, in EN, PT and ES', () => {
    const english = parsePosting(
      'Analyst\n\nRequirements\n- Window functions (ROW_NUMBER, LAG) and query tuning on large tables\n',
      taxonomy,
    )
    expect(sources(english)).toEqual(
      expect.arrayContaining(['Window functions (ROW_NUMBER, LAG)', 'query tuning on large tables']),
    )
    const portuguese = parsePosting(
      'Cozinheiro\n\nRequisitos\n- Domínio de cortes clássicos (julienne, brunoise) e molhos de base\n',
      taxonomy,
    )
    expect(sources(portuguese)).toEqual(
      expect.arrayContaining(['Domínio de cortes clássicos (julienne, brunoise)', 'molhos de base']),
    )
    const spanish = parsePosting(
      'Cocinero\n\nRequisitos\n- Manejo de cortes (juliana, brunoise) y salsas madre\n',
      taxonomy,
    )
    expect(sources(spanish)).toEqual(
      expect.arrayContaining(['Manejo de cortes (juliana, brunoise)', 'salsas madre']),
    )
    // A bracket that spells out an abbreviation lists no examples.
    const abbreviated = parsePosting(
      'Cozinheiro\n\nRequisitos\n- Conhecimento de análise de perigos (APPCC) e pontos críticos\n',
      taxonomy,
    )
    expect(sources(abbreviated)).toEqual(
      expect.arrayContaining(['Conhecimento de análise de perigos (APPCC) e pontos críticos']),
    )
  })
})

describe('things named as the subject of a cue are asked apart', () => {
  it('cuts "A and B are a plus" into A and B, each with the sentence’s kind', () => {
    const english = parsePosting('Baker\nCake stacking and sugar flower modelling are a plus.', taxonomy)
    expect(labels(english)).toEqual(expect.arrayContaining(['Cake stacking', 'sugar flower modelling']))
    expect(english.requirements.every((requirement) => requirement.kind === 'nice_to_have')).toBe(true)
    const portuguese = parsePosting(
      'Vitrinista\nCostura de couro e montagem de vitrines são um diferencial.',
      taxonomy,
    )
    expect(sources(portuguese)).toEqual(expect.arrayContaining(['Costura de couro', 'montagem de vitrines']))
    expect(portuguese.requirements.every((requirement) => requirement.kind === 'nice_to_have')).toBe(true)
    const spanish = parsePosting(
      'Limpieza\nEl pulido de pisos y la limpieza de alfombras suman puntos.',
      taxonomy,
    )
    expect(sources(spanish)).toEqual(
      expect.arrayContaining(['El pulido de pisos', 'la limpieza de alfombras']),
    )
    const shared = parsePosting('Developer\nBeing able to read and write Rust is essential.', taxonomy)
    expect(sources(shared).some((source) => source.startsWith('Being able to read and write'))).toBe(true)
  })
})

describe('a semicolon inside an item ends a clause', () => {
  it('asks a condition after a semicolon apart from a clause that named none', () => {
    const portuguese = parsePosting(
      'Marceneiro\n\nRequisitos\n- Não ter alergia a pó de madeira e verniz; trabalho em pé\n',
      taxonomy,
    )
    expect(sources(portuguese)).toEqual(expect.arrayContaining(['trabalho em pé']))
  })
})

describe('a registration kept active is a credential', () => {
  it('asks a degree and an active registration apart, whatever the council is called', () => {
    const portuguese = parsePosting(
      'Biólogo\n\nRequisitos\n- Graduação em Biologia e registro ativo no CRBio 3ª Região\n',
      taxonomy,
    )
    const registration = portuguese.requirements.find((requirement) =>
      requirement.source.text.startsWith('registro ativo'),
    )
    expect(registration?.type).toBe('certification')
  })
})

describe('a preposition or an article said again after a conjunction opens a second ask', () => {
  it('asks apart the phrases the repeated word opens, in PT, ES and EN, and keeps a comma list whole', () => {
    const portuguese = parsePosting(
      'Professor\nNão abrimos mão de boa letra e de uma postura cordial com os pais.\nEsperamos que você conheça o CDC e a legislação de crédito.',
      taxonomy,
    )
    expect(sources(portuguese)).toEqual(
      expect.arrayContaining([
        'Não abrimos mão de boa letra',
        'de uma postura cordial com os pais.',
        'Esperamos que você conheça o CDC',
        'a legislação de crédito.',
      ]),
    )
    const spanish = parsePosting(
      'Analista\n\nRequisitos\n- Dominio de la normativa de consumo y de la ley de protección de datos\n- Es clave que conozcas el pan de masa madre, las baguettes y las focaccias\n',
      taxonomy,
    )
    expect(sources(spanish)).toEqual(
      expect.arrayContaining([
        'Dominio de la normativa de consumo',
        'de la ley de protección de datos',
        'Es clave que conozcas el pan de masa madre, las baguettes y las focaccias',
      ]),
    )
    const english = parsePosting(
      'Payroll officer\n\nRequirements\n- Working knowledge of payroll law and of pension auto-enrolment rules\n',
      taxonomy,
    )
    expect(sources(english)).toEqual(
      expect.arrayContaining(['Working knowledge of payroll law', 'of pension auto-enrolment rules']),
    )
  })
})

describe('knowing how to do something is a qualification', () => {
  it('keeps "saber" with a verb cut from a sentence of asks', () => {
    const portuguese = parsePosting(
      'Atendente\nÉ importante conhecer o código de defesa do consumidor, e saber usar o sistema de senhas no balcão.',
      taxonomy,
    )
    expect(sources(portuguese)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^saber usar o sistema de senhas/u)]),
    )
  })
})

describe('a liking said in the future of a condition marks optional asks', () => {
  it('reads "vai ser ótimo se você tiver A ou tiver B" as two optional asks, in PT, ES and EN', () => {
    const portuguese = parsePosting(
      'Técnico\nVai ser ótimo se você tiver feito a formação de brigadista ou tiver atuado na CIPA de uma fábrica.',
      taxonomy,
    )
    expect(sources(portuguese)).toEqual(
      expect.arrayContaining([
        'Vai ser ótimo se você tiver feito a formação de brigadista',
        'tiver atuado na CIPA de uma fábrica.',
      ]),
    )
    expect(portuguese.requirements.every((requirement) => requirement.kind === 'nice_to_have')).toBe(true)
    const spanish = parsePosting(
      'Cocinero\nVa a ser genial si tuvieras experiencia en banquetes o tuvieras el carnet de manipulador.',
      taxonomy,
    )
    expect(spanish.requirements.length).toBeGreaterThanOrEqual(2)
    expect(spanish.requirements.every((requirement) => requirement.kind === 'nice_to_have')).toBe(true)
    const english = parsePosting(
      'Warehouse lead\nIt will be great if you have supervised a night crew or have a forklift ticket.',
      taxonomy,
    )
    expect(english.requirements.every((requirement) => requirement.kind === 'nice_to_have')).toBe(true)
  })
})

describe('an optional ask said with a frame of having', () => {
  it('reads what follows "Será um diferencial ter" / "Es un plus tener" as asks, cut where they join', () => {
    const portuguese = parsePosting(
      'Montador\nSerá um diferencial ter experiência com montagem de móveis planejados e curso de empilhadeira.',
      taxonomy,
    )
    expect(sources(portuguese)).toEqual(
      expect.arrayContaining(['experiência com montagem de móveis planejados', 'curso de empilhadeira.']),
    )
    const spanish = parsePosting(
      'Mudanzas\nEs un plus tener experiencia en mudanzas internacionales y curso de primeros auxilios.',
      taxonomy,
    )
    expect(sources(spanish)).toEqual(
      expect.arrayContaining(['experiencia en mudanzas internacionales', 'curso de primeros auxilios.']),
    )
    expect(spanish.requirements.every((requirement) => requirement.kind === 'nice_to_have')).toBe(true)
  })
})

describe('the person wanted, described with days in a quality', () => {
  it('reads each quality apart, the days staying inside theirs, in PT and ES', () => {
    const portuguese = parsePosting(
      'Vendedor\n\nRequisitos\n- Ensino médio\n\nQueremos uma pessoa paciente, cuidadosa com as peças e que aguente o movimento das sextas e sábados sem perder a calma.\n',
      taxonomy,
    )
    expect(labels(portuguese)).toEqual(
      expect.arrayContaining([
        'cuidadosa com as peças',
        'que aguente o movimento das sextas e sábados sem perder a calma',
      ]),
    )
    const spanish = parsePosting(
      'Vendedor\n\nRequisitos\n- Secundaria completa\n\nBuscamos una persona paciente, ordenada con el material y que aguante el ritmo de viernes y sábados sin perder la calma.\n',
      taxonomy,
    )
    expect(labels(spanish)).toEqual(
      expect.arrayContaining([
        'ordenada con el material',
        'que aguante el ritmo de viernes y sábados sin perder la calma',
      ]),
    )
  })
})

describe('a higher school level preferred in brackets', () => {
  it('asks the preferred level apart, as optional, in PT and EN', () => {
    const portuguese = parsePosting(
      'Auxiliar\n\nRequisitos\n1) Ensino médio completo (desejável ensino superior)\n',
      taxonomy,
    )
    expect(portuguese.requirements.map((requirement) => [requirement.source.text, requirement.kind])).toEqual(
      expect.arrayContaining([
        ['Ensino médio completo', 'required'],
        ['desejável ensino superior', 'nice_to_have'],
      ]),
    )
    const english = parsePosting(
      'Clerk\n\nRequirements\n- High school diploma (preferably an associate degree)\n',
      taxonomy,
    )
    expect(english.requirements.map((requirement) => [requirement.source.text, requirement.kind])).toEqual(
      expect.arrayContaining([
        ['High school diploma', 'required'],
        ['preferably an associate degree', 'nice_to_have'],
      ]),
    )
  })
})

describe('a predicate of needing said for the role', () => {
  it('reads "Para esta vaga é obrigatório ter" as asking, its complement cut into asks', () => {
    const portuguese = parsePosting(
      'Técnico\nPara esta vaga é obrigatório ter curso técnico em radiologia com registro ativo no conselho regional e pelo menos 2 anos de experiência em hospital.',
      taxonomy,
    )
    expect(sources(portuguese)).toEqual(
      expect.arrayContaining(['curso técnico em radiologia', 'registro ativo no conselho regional']),
    )
  })
})
