import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

const labels = (text: string) =>
  parsePosting(text, taxonomy).requirements.map((requirement) => requirement.label)

describe('parsePosting: things listed after a topic label on the line', () => {
  it('asks for each thing after a short label and its colon, in ES, PT and EN', () => {
    expect(labels('Requisitos:\n- Técnicas de pastelería: templado, glaseado y laminado\n')).toEqual([
      'templado',
      'glaseado',
      'laminado',
    ])
    expect(labels('Requisitos:\n- Acabamentos: massa corrida, textura e grafiato\n')).toEqual([
      'massa corrida',
      'textura',
      'grafiato',
    ])
    expect(labels('Requirements:\n- Hand tools: chisels, spokeshaves and card scrapers\n')).toEqual([
      'chisels',
      'spokeshaves',
      'card scrapers',
    ])
    // A label that addresses the reader, or a clause after the colon, lists nothing.
    expect(labels('Requirements:\n- Please send us: cover letter, two references and a portfolio\n')).toEqual(
      [],
    )
    expect(labels('Requisitos:\n- Atendimento: você recebe, orienta e acompanha os clientes\n')).toHaveLength(
      1,
    )
  })

  it('reads a field the label names as the kind of the things listed, not one more ask', () => {
    expect(labels('Requisitos:\n- Contabilidade de custos: rateio e custeio por absorção\n')).toEqual([
      'rateio',
      'custeio por absorção',
    ])
  })
})

describe('parsePosting: things listed in prose after a verb or an adjective of knowing', () => {
  it('asks for each tool or practice the reader is said to know or be confident on', () => {
    expect(
      labels('About you\nYou should be comfortable on the band saw, jointer and spindle moulder.\n'),
    ).toEqual(['band saw', 'jointer', 'spindle moulder'])
    expect(
      labels(
        'About you\nYou understand load calculations, duct sizing for small offices and homes, and airflow ' +
          'balancing with a hood or a similar tool.\n',
      ),
    ).toEqual([
      'load calculations',
      'duct sizing for small offices and homes',
      'airflow balancing with a hood or a similar tool',
    ])
    // Commas set items off, but an adjective joined to the last item shares its head, and an infinitive's objects or
    // alternatives opened by "or" are no list of asks.
    expect(
      labels(
        'Requirements:\n- Familiarity with sampling plans, survey weighting, qualitative and quantitative methods\n',
      ),
    ).toEqual(['sampling plans', 'survey weighting', 'qualitative and quantitative methods'])
    expect(
      labels('Requirements:\n- Experience in fleet dispatch, route planning, or yard coordination\n'),
    ).not.toContain('or yard coordination')
    expect(
      labels(
        'Requirements:\n- Strong planning skills with the ability to liaise with Finance, Legal and vendor teams\n',
      ),
    ).not.toContain('vendor teams')
    // A pair after "both" is one item's.
    expect(
      labels('Requirements:\n- Comfortable with field interviews both indoors and outdoors\n'),
    ).toHaveLength(1)
  })

  it('ends the list where a clause says it is optional or only weighs it', () => {
    const optional = parsePosting(
      'Requisitos:\n- Conocimiento básico de tapicería y carpintería, deseable pero no excluyente\n',
      taxonomy,
    ).requirements
    expect(optional.map((requirement) => requirement.label)).not.toContain('deseable pero no excluyente')
    expect(optional.every((requirement) => requirement.kind === 'nice_to_have')).toBe(true)
    expect(labels('Requisitos:\n- Conhecimento de serigrafia e sublimação, melhor ainda\n')).toEqual([
      'serigrafia',
      'sublimação',
    ])
  })

  it('measures an item offering a choice by its longest choice', () => {
    expect(
      labels(
        'Requisitos:\n- Conhecimento de conferência de mercadorias na doca ou recebimento em loja, inventário e ' +
          'etiquetagem\n',
      ),
    ).toEqual(['conferência de mercadorias na doca ou recebimento em loja', 'inventário', 'etiquetagem'])
  })
})

describe('parsePosting: a tenure spent in things named after it', () => {
  it('gives each named thing the tenure, and leaves fields after a tenure one ask', () => {
    const named = parsePosting(
      'Requisitos:\n- Experiência de quatro anos ou mais programando em Progress e Uniface\n',
      taxonomy,
    ).requirements
    expect(named.map((requirement) => [requirement.label, requirement.type, requirement.minYears])).toEqual([
      ['Progress (4+ years)', 'experience', 4],
      ['Uniface (4+ years)', 'experience', 4],
    ])
    expect(labels('Requisitos:\n- Experiencia de 3 años en obra civil y reformas\n')).toHaveLength(1)
  })
})

describe('parsePosting: the fields a tenure was spent in', () => {
  it('keeps a tenure and the fields it was spent in as one requirement, with "and/or" read as a choice', () => {
    const read = (text: string) =>
      parsePosting(text, taxonomy).requirements.map((requirement) => [requirement.type, requirement.minYears])
    expect(
      read('Requirements:\n- 5 years of experience in hospitality, events, tourism and/or retail.\n'),
    ).toEqual([['experience', 5]])
    expect(
      read('Requirements:\n- 3 years of experience in nonprofit, grant-funded and community programs.\n'),
    ).toHaveLength(1)
    expect(read('Requisitos:\n- 4 anos de experiência em varejo, atacado e/ou distribuição.\n')).toHaveLength(
      1,
    )
  })
})
