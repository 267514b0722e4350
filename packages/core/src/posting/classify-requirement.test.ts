import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { classifyRequirement, isScreenedType } from './classify-requirement'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()
const typeOf = (text: string) => {
  const parsed = parsePosting(`Requirements:\n- ${text}`, taxonomy)
  return parsed.requirements.map((requirement) => requirement.type)
}

describe('classifyRequirement', () => {
  it('types requirements by what they ask for', () => {
    expect(typeOf('Experience with Kubernetes and Docker')).toContain('skill')
    expect(typeOf('Fluent English and Portuguese')).toEqual(['language', 'language'])
    expect(typeOf("Bachelor's degree in Accounting or equivalent experience")[0]).toBe('degree')
    expect(typeOf('Current CPR certification')[0]).toBe('certification')
    expect(typeOf('Able to work weekends and night shifts')).toEqual(['logistics'])
    expect(typeOf('A practical mindset, you know when to patch and when to fix')).toEqual(['trait'])
    expect(typeOf('5+ years in a customer-facing finance role')).toEqual(['experience'])
    expect(typeOf('Experience training new employees on store procedures')).toEqual(['activity'])
  })

  it('reads a condition of taking the job as logistics by what it asks about, with no cue word needed', () => {
    for (const line of [
      'Must be at least 21 years of age',
      'Ser maior de idade',
      'Tener mayoría de edad: mayores de 18',
      'Clean criminal record',
      'Must clear a drug test before hire',
      'Apresentar certidão de antecedentes criminais',
      'Valid work permit for Germany',
      'Contar con permiso de residencia',
      'Able to start in early February',
      'Disponibilidade imediata',
      'Weekday mornings from 7am, plus alternate Saturdays',
      'Trabajo de jueves a domingo',
      'Plantões de quinta a domingo',
      'Overlap with the CET time zone',
    ])
      expect(typeOf(line), line).toEqual(['logistics'])
    // Numbers and days that are not the job's conditions stay what they are.
    expect(typeOf('5+ years of payroll experience')).toEqual(['experience'])
    expect(typeOf('Fluência em inglês como segunda língua')).toEqual(['language'])
    expect(typeOf('Experience running Black Friday campaigns')).not.toContain('logistics')
  })

  it('reads a vehicle of one’s own, a home time zone, a place of residence and a work permit as logistics', () => {
    for (const line of [
      'A dependable car of your own',
      'Carro próprio para visitas',
      'Camioneta propia en buen estado',
      'Work Mountain Time hours',
      'Residencia en Rancagua o alrededores',
      'Permission to work in Ireland; we are unable to sponsor visas',
    ])
      expect(typeOf(line), line).toEqual(['logistics'])
  })

  it('reads an age as a condition to confirm, never as years of experience', () => {
    const readOf = (text: string) =>
      parsePosting(`Requirements:\n- ${text}`, taxonomy).requirements.map((requirement) => [
        requirement.type,
        requirement.minYears,
      ])
    for (const line of [
      'Applicants must be 19 years of age or above',
      'Must be 20+',
      'Ter mais de 19 anos',
      'Idade mínima de 20 anos',
      'Ser mayor de 21 años',
      'Tener 19 años cumplidos',
      'Must be of legal working age',
      'Faixa etária: 20 a 40 anos',
    ])
      expect(readOf(line), line).toEqual([['logistics', null]])
  })

  it('reads conditions of the body and the workplace as logistics, by what they ask about', () => {
    // Two things joined by "and" may be asked apart ("a broadband line", "a headset"); each is a condition.
    for (const line of [
      'Able to haul sacks of up to 40 lb across the yard',
      'Comfortable kneeling for hours and crawling under decks',
      'Happy climbing scaffolds in a hard hat',
      'Must pass an eyesight test',
      'Ficar em pé durante toda a jornada',
      'Boa forma física',
      'Carregar caixas de até 15 kg',
      'Saber nadar pelo menos 200 metros',
      'Não fumante',
      'Trabajo al aire libre bajo sol y lluvia',
      'Estatura mínima 1,60 m',
      'Buena condición física',
      'No fumador',
      'Happy working in chilled storage rooms all shift',
      'Heavy lifting every day',
      'Be on your feet for a full shift',
      'Sin miedo a las alturas',
      'Okay with working on a loading dock that gets freezing in January and hot in July',
      'Trabajar en una nave que en verano hace mucho calor',
      'Trabalhar em câmaras frias',
      'A reliable broadband line and a headset for calls',
      'Computador próprio e internet estável',
      'Espacio tranquilo para dar clases en línea',
    ])
      expect(new Set(typeOf(line)), line).toEqual(new Set(['logistics']))
    // Skills named with the same words stay skills.
    expect(typeOf('Computer vision pipelines in PyTorch')).not.toContain('logistics')
    expect(typeOf('Outside sales to hardware stores')).not.toContain('logistics')
  })

  it('reads a willingness to go where or when the job needs as logistics, not as a trait', () => {
    for (const line of [
      'Willingness to be sent to flood zones at short notice',
      'Prepared to rotate between our three depots',
      'Disposição para se deslocar entre obras',
      'Disponibilidade para plantões noturnos',
      'Disposición para trasladarse entre sucursales',
      'Dispuesto a rotar horarios',
    ])
      expect(typeOf(line), line).toEqual(['logistics'])
    expect(typeOf('Willingness to learn and to be coached')).toEqual(['trait'])
    // Shown as asked, not by the name of the quality it mentions.
    const [shifts] = parsePosting(
      'Requirements:\n- Flexibility to cover rotating shifts',
      taxonomy,
    ).requirements
    expect(shifts).toMatchObject({ type: 'logistics', label: 'Flexibility to cover rotating shifts' })
  })

  it('reads vocational and technical levels as degrees', () => {
    expect(typeOf('Ciclo formativo de grado medio en Electricidad')).toEqual(['degree'])
    expect(typeOf('Tecnólogo em Logística')[0]).toBe('degree')
    expect(typeOf('Curso técnico em Mecânica concluído')[0]).toBe('degree')
    // School-leaving levels are degrees too.
    expect(typeOf('Bachillerato concluido')).toEqual(['degree'])
    expect(typeOf('Preparatoria terminada')).toEqual(['degree'])
  })

  it('keeps traits and logistics out of screening', () => {
    expect(isScreenedType('trait')).toBe(false)
    expect(isScreenedType('logistics')).toBe(false)
    expect(isScreenedType('skill')).toBe(true)
    expect(isScreenedType('certification')).toBe(true)
  })

  it('reads a line of character words as a trait, by what the words mean rather than a list of them', () => {
    // None of these adjectives is in the trait cue pattern: WordNet says each names a quality of character.
    expect(typeOf('Friendly, patient manner')).toEqual(['trait'])
    expect(typeOf('Courteous and dependable')).toEqual(['trait', 'trait'])
    expect(typeOf('Diligent, meticulous and polite')).toEqual(['trait', 'trait', 'trait'])
    // Sizes and intensities are not character: "Big Four" stays a screened item, and so does a domain.
    expect(typeOf('Big Four')).not.toContain('trait')
    expect(typeOf('Understanding of patient privacy rules')).not.toContain('trait')
  })

  it('reads the kind of person wanted as one trait per quality, in Portuguese and Spanish too', () => {
    const traitsOf = (text: string) =>
      parsePosting(`Requisitos:\n- ${text}`, taxonomy).requirements.map((requirement) => [
        requirement.type,
        requirement.label,
      ])
    expect(traitsOf('Alguém comunicativo, paciente e cuidadoso')).toEqual([
      ['trait', 'comunicativo'],
      ['trait', 'paciente'],
      ['trait', 'cuidadoso'],
    ])
    // A clause after the qualities describes the last of them; it is not a quality of its own.
    expect(traitsOf('Buscamos una persona amable y dinámica, que disfrute del trato con la gente')).toEqual([
      ['trait', 'amable'],
      ['trait', 'dinámica, que disfrute del trato con la gente'],
    ])
    expect(traitsOf('Someone upbeat who can keep a queue moving')).toEqual([
      ['trait', 'upbeat who can keep a queue moving'],
    ])
    // With no person word, a list of adjectives of character still reads as qualities, by their endings.
    expect(traitsOf('Cuidadosa, criativa e pontual').map(([type]) => type)).toEqual([
      'trait',
      'trait',
      'trait',
    ])
    // A person word followed by a complement asks for something else; levels and states are not character.
    expect(typeOf('Alguém com experiência em folha de pagamento')).not.toContain('trait')
    expect(typeOf('Ensino médio completo')).not.toContain('trait')
    expect(typeOf('Registro ativo e atualizado')).not.toContain('trait')
  })

  it('finds a described person in prose with no headings', () => {
    const parsed = parsePosting(
      'Auxiliar de farmácia em Sorocaba\nA farmácia abre 24 horas e atende pelo convênio.\nProcuramos alguém organizado e gentil com os clientes.',
      taxonomy,
    )
    expect(parsed.requirements.map((requirement) => [requirement.type, requirement.label])).toEqual([
      ['trait', 'organizado'],
      ['trait', 'gentil com os clientes'],
    ])
  })

  it('reads a skill-less domain as knowledge', () => {
    expect(
      classifyRequirement({
        text: 'Knowledge of payment industry regulations',
        skillIds: [],
        minYears: null,
        taxonomy,
      }),
    ).toBe('knowledge')
  })
})

describe('classifyRequirement: credentials kept valid (parser 10)', () => {
  it('a code kept valid is a credential even when the taxonomy files it under a field', () => {
    expect(typeOf('OSHA 30 card, valid')).toEqual(['certification'])
    expect(typeOf('Certificações NR-12 e NR-33')).toEqual(['certification', 'certification'])
  })

  it('a word of validity inside a tool name does not make a credential', () => {
    expect(typeOf('Active Directory and GPO administration')).not.toContain('certification')
  })
})

describe('classifyRequirement: command of a subject (parser 10)', () => {
  it('command of a domain is knowledge, command of a tool a skill', () => {
    expect(typeOf('Dominio de la contabilidad de costos')).toEqual(['knowledge'])
    expect(typeOf('A solid command of payroll')).toEqual(['knowledge'])
    expect(typeOf('Domínio de Excel')).toEqual(['skill'])
  })
})

describe('classifyRequirement: nouns of quality, conditions and credentials (parser 14)', () => {
  const read = (text: string) =>
    parsePosting(`Requisitos:\n- ${text}`, taxonomy).requirements.map((r) => `${r.type}:${r.label}`)

  it('reads a Portuguese or Spanish list of quality nouns as one trait per quality', () => {
    expect(read('Honestidad, puntualidad y buen trato con los clientes')).toEqual([
      'trait:Honestidad',
      'trait:puntualidad',
      'trait:buen trato con los clientes',
    ])
    expect(read('Pontualidade, discrição profissional e senso de responsabilidade')).toEqual([
      'trait:Pontualidade',
      'trait:discrição profissional',
      'trait:senso de responsabilidade',
    ])
    expect(read('Gran sentido de la responsabilidad y capacidad de escucha')).toEqual([
      'trait:Gran sentido de la responsabilidad',
      'trait:capacidad de escucha',
    ])
    expect(typeOf('Atenção a detalhes')).toEqual(['trait'])
    expect(typeOf('Curiosidad y creatividad')).toEqual(['trait', 'trait'])
    // Fields and conditions whose nouns end like qualities stay out of the traits.
    expect(typeOf('Disponibilidad horaria')).not.toContain('trait')
    expect(typeOf('Capacidad para operar autoelevadores')).not.toContain('trait')
  })

  it('reads the body in good shape as logistics, a course as a certification and a school level as a degree', () => {
    expect(typeOf('Buen estado físico general')).toEqual(['logistics'])
    expect(typeOf('Curso de primeros auxilios aprobado')).toEqual(['certification'])
    expect(typeOf('Curso de formação de brigadista')).toEqual(['certification'])
    expect(typeOf('Estudios secundarios completos')).toEqual(['degree'])
    expect(typeOf('Ensino fundamental completo')).toEqual(['degree'])
    // One word is enough for a school level or a quality.
    expect(typeOf('Preparatoria')).toEqual(['degree'])
    expect(typeOf('Honestidade')).toEqual(['trait'])
    // A level of schooling named "curso" stays a degree.
    expect(typeOf('Curso técnico em eletrotécnica')).toEqual(['degree'])
  })

  it('reads a verb with no object before "or" as sharing the object after it: one ask', () => {
    expect(read('Deve estar cursando ou ter concluído graduação em Direito')).toHaveLength(1)
    expect(typeOf('Must be pursuing or have completed a degree in Nursing')).toEqual(['degree'])
  })

  it('asks for each numbered safety norm of a series apart, in its own words', () => {
    const labels = read('NR-33 e NR-20 (certificados em dia)')
    expect(labels).toHaveLength(2)
    expect(labels[0]).toMatch(/^certification:.*NR-33/)
    expect(labels[1]).toMatch(/^certification:.*NR-20/)
  })
})

describe('classifyRequirement: standing in law, the body, a paper and a tenure', () => {
  it('reads standing in law and a place of residence as logistics (EN/PT/ES)', () => {
    expect(typeOf('Lawfully entitled to work in Canada')).toEqual(['logistics'])
    expect(
      classifyRequirement({
        text: 'Cidadania portuguesa ou autorização de residência',
        skillIds: [],
        minYears: null,
        taxonomy,
      }),
    ).toBe('logistics')
    expect(
      classifyRequirement({
        text: 'Nacionalidad chilena o residencia definitiva',
        skillIds: [],
        minYears: null,
        taxonomy,
      }),
    ).toBe('logistics')
    expect(typeOf('Living in the Algarve or nearby')).toEqual(['logistics'])
  })

  it('reads a load borne, a bent posture held and being fit enough as logistics (EN/PT/ES)', () => {
    expect(typeOf('Aguantar peso durante la jornada')).toEqual(['logistics'])
    expect(typeOf('Suportar peso de sacos de ração')).toEqual(['logistics'])
    expect(typeOf('Able to stay bent over engine bays for hours')).toEqual(['logistics'])
    expect(typeOf('Fit enough for long ladder climbs')).toEqual(['logistics'])
  })

  it('reads a paper that closes the phrase as a credential, not the condition it names', () => {
    expect(
      classifyRequirement({ text: 'Confined space entry ticket', skillIds: [], minYears: null, taxonomy }),
    ).toBe('certification')
    expect(
      classifyRequirement({ text: 'Resolving support tickets', skillIds: [], minYears: null, taxonomy }),
    ).not.toBe('certification')
    expect(typeOf('Forklift cert')).toEqual(['certification'])
  })

  it('keeps a tenure or a past that names a place or a time of work screened (EN/PT/ES)', () => {
    expect(typeOf('Three years of on-site installation work')).not.toContain('logistics')
    expect(typeOf('Experience being on call for a payments platform')).not.toContain('logistics')
    expect(typeOf('Haber organizado turnos de un equipo de cocina')).not.toContain('logistics')
    expect(typeOf('Ter coordenado turnos de uma equipe de limpeza')).not.toContain('logistics')
  })
})
