import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'
import { classifyHeading, readInlineKind } from './posting-cues'

const taxonomy = loadTaxonomy()

const parse = (text: string) => parsePosting(text, taxonomy)
const find = (text: string, words: string) =>
  parse(text).requirements.find((requirement) =>
    `${requirement.label} ${requirement.source.text}`.toLowerCase().includes(words.toLowerCase()),
  )

describe('parsePosting: a page whose line breaks became wide gaps', () => {
  const en = [
    'Jobs board  Sign in  Upholsterer – Furniture Workshop  Oakridge Interiors  Leeds  Full time',
    'Oakridge has restored antique chairs and sofas for hotels and museums across Yorkshire since 1998.',
    'What you bring  Four years of hand upholstery in a workshop  Confident with traditional stuffing and springing',
    'A careful eye for pattern matching on fabric  Extras that would be lovely but are not essential',
    'Experience with leather hides  Gilding or French polishing  Perks  Staff discount  Apply now',
  ].join('  ')

  it('cuts a long line at its wide gaps, so each item is read on its own (EN)', () => {
    const posting = parse(en)
    expect(find(en, 'stuffing')?.source.text).toBe('Confident with traditional stuffing and springing')
    expect(find(en, 'pattern matching')?.kind).toBe('required')
    expect(find(en, 'leather')?.kind).toBe('nice_to_have')
    expect(posting.requirements.some((requirement) => /Oakridge|Sign in/.test(requirement.label))).toBe(false)
  })

  it('cuts a long line at its wide gaps, so each item is read on its own (PT)', () => {
    const pt = [
      'Portal de vagas  Entrar  Marceneiro(a) – Móveis sob medida  Atelier Ipê  Curitiba / PR',
      'O Atelier Ipê fabrica móveis planejados para apartamentos e escritórios desde 2005.',
      'Requisitos  Três anos de experiência em marcenaria fina  Leitura de projetos técnicos',
      'Domínio de serra esquadrejadeira e tupia  Benefícios  Vale-transporte  Plano odontológico',
    ].join('  ')
    expect(find(pt, 'projetos técnicos')?.source.text).toBe('Leitura de projetos técnicos')
    expect(find(pt, 'esquadrejadeira')?.source.text).toBe('Domínio de serra esquadrejadeira e tupia')
    expect(find(pt, 'odontol')).toBeUndefined()
  })
})

describe('parsePosting: questions and answers', () => {
  it('an FAQ entry written "Q. … A. …" on one line asks nothing (EN)', () => {
    const text = [
      'Requirements:',
      '- Two years driving a refuse truck',
      'Q. Is there a probation period? A. Three months, with a review at the end.',
      'Q. Do I need my own boots? A. No, safety boots and gloves are supplied on day one.',
    ].join('\n')
    const sources = parse(text).requirements.map((requirement) => requirement.source.text)
    expect(sources).toEqual(['Two years driving a refuse truck'])
  })

  it('an FAQ entry written "P. … R. …" on one line asks nothing (ES)', () => {
    const text = [
      'Requisitos:',
      '- Licencia de conducir clase B',
      'P. ¿Se necesita experiencia en cocina? R. No, basta con ganas de aprender y disponibilidad los fines de semana.',
    ].join('\n')
    expect(find(text, 'cocina')).toBeUndefined()
    expect(find(text, 'fines de semana')).toBeUndefined()
  })

  it('an answer stops at the next section heading, so duties are not read as requirements', () => {
    const text = [
      'Forklift Operator',
      'Do you hold a counterbalance forklift licence?  Yes  No',
      'Job details',
      'Pay',
      '$21 an hour',
      'Night shift',
      'Duties:',
      '- Load trailers at the dock',
      '- Scan incoming pallets into the stock system',
      'Requirements:',
      '- Counterbalance forklift licence',
    ].join('\n')
    const posting = parse(text)
    expect(posting.sections.some((section) => section.name === 'responsibilities')).toBe(true)
    expect(posting.requirements.some((requirement) => /trailers|pallets/.test(requirement.source.text))).toBe(
      false,
    )
  })
})

describe('parsePosting: optional lists in new wordings', () => {
  it('a denied need reads optional whatever its verb form (EN, PT, ES)', () => {
    expect(readInlineKind('Forklift tickets won’t be mandatory, but they help us shortlist.')).toBe(
      'nice_to_have',
    )
    expect(readInlineKind('Libras e primeiros socorros não são obrigatórios, mas contam muito.')).toBe(
      'nice_to_have',
    )
    expect(readInlineKind('Las certificaciones no son excluyentes, aunque ayudan.')).toBe('nice_to_have')
    // The reader's own need denied names what is not asked, not an option.
    expect(readInlineKind("You don't need a degree, but you will need a clean driving record")).toBe(
      'required',
    )
  })

  it('a heading that concedes the need away is an optional heading, however it goes on (EN, PT, ES)', () => {
    expect(classifyHeading('Not mandatory, but we would be thrilled to see:', true)).toBe('nice_to_have')
    expect(classifyHeading('Não é obrigatório, mas chama nossa atenção:', true)).toBe('nice_to_have')
    expect(classifyHeading('No es obligatorio, pero nos alegra mucho verlo:', true)).toBe('nice_to_have')
  })

  it('a heading whose bracket says one may apply without it is optional (ES)', () => {
    const text = [
      'Requisitos',
      '- Experiencia de un año en panadería',
      'Conocimientos que sumarían (sin ellos igual puedes postular)',
      '- Manejo de horno de piso',
      '- Decoración con manga pastelera',
    ].join('\n')
    expect(find(text, 'horno de piso')?.kind).toBe('nice_to_have')
    expect(find(text, 'sumarían')).toBeUndefined()
  })

  it('a marked line over a list marked otherwise heads it, whatever its words (EN, ES)', () => {
    const en = [
      '✔️ Must have',
      '👉 Three years fitting kitchens',
      '👉 Own van and tools',
      '🍒 Cherry on top',
      '⭐ Experience with quartz worktops',
      '⭐ Tiling',
    ].join('\n')
    expect(find(en, 'Cherry on top')).toBeUndefined()
    expect(find(en, 'quartz')?.kind).toBe('nice_to_have')
    const es = [
      '✔️ Requisitos',
      '👉 Dos años como jardinero',
      '👉 Manejo de desbrozadora',
      '🌈 Y para rematar',
      '⭐ Conocimiento de riego por goteo',
      '⭐ Poda de frutales',
    ].join('\n')
    expect(find(es, 'para rematar')).toBeUndefined()
    expect(find(es, 'riego por goteo')?.kind).toBe('nice_to_have')
  })

  it('a neutral heading between two lists closes the optional one (EN, PT)', () => {
    const en = [
      'Requirements',
      '- Two years as a dental nurse',
      'Nice to have',
      '- Radiography certificate',
      'Practical details',
      '- Free parking behind the surgery',
    ].join('\n')
    expect(find(en, 'parking')).toBeUndefined()
    const pt = [
      'Requisitos',
      '- Dois anos como auxiliar de farmácia',
      'Diferenciais',
      '- Curso de aplicação de injetáveis',
      'Detalhes práticos',
      '- Estacionamento gratuito para funcionários',
    ].join('\n')
    expect(find(pt, 'Estacionamento')).toBeUndefined()
  })
})

describe('parsePosting: asks inside sections that hold none', () => {
  it('a need put to the reader under the perks is still asked (EN)', () => {
    const text = [
      'Requirements',
      '- Two years repairing HVAC units',
      '🎁 Perks',
      '🚐 Company van',
      '📍 You will need a home base no more than 30 minutes from the depot for emergency call-outs',
    ].join('\n')
    expect(find(text, 'home base')?.kind).toBe('required')
    expect(find(text, 'Company van')).toBeUndefined()
  })

  it('when and where the work is done, under the terms of the job, is asked (PT, ES)', () => {
    const pt = [
      'Requisitos',
      '- Curso técnico em enfermagem',
      'Condições',
      '- Presencial de segunda a sábado, das 7h às 13h',
      '- Vale-alimentação',
    ].join('\n')
    expect(find(pt, 'segunda a sábado')?.type).toBe('logistics')
    expect(find(pt, 'alimentação')).toBeUndefined()
    const es =
      'Requisitos:\n- Título de técnico en refrigeración\nCondiciones: turno de martes a sábado de 8 a 17 h.\n'
    expect(find(es, 'martes a sábado')?.type).toBe('logistics')
  })

  it('a one-word tool the taxonomy does not know stays an item of its list', () => {
    const text = 'Nice to have:\n- Grafana\n- pgBouncer\n- sqlfluff\n'
    expect(find(text, 'pgBouncer')?.kind).toBe('nice_to_have')
    expect(find(text, 'sqlfluff')).toBeDefined()
  })
})

describe('parsePosting: a heading with an aside in brackets', () => {
  it('opens its section, whatever the aside says about applying, in PT, ES and EN', () => {
    const asked = (text: string) =>
      parsePosting(text, loadTaxonomy()).requirements.map((requirement) => [
        requirement.kind,
        requirement.label,
      ])
    const pt = asked(
      'Auxiliar de Farmácia\n\nAtividades:\nAtender clientes no balcão.\nRequisitos (confira antes de se inscrever):\n1) Ensino médio completo.\n2) Curso de balconista de farmácia.\n',
    )
    expect(pt.map(([, label]) => label)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Curso de balconista/u)]),
    )
    const es = asked(
      'Recepcionista\n\nFunciones:\nAtender llamadas.\nRequisitos (léelos antes de postularte):\n- Inglés intermedio\n- Manejo de Excel\n',
    )
    expect(es.length).toBeGreaterThanOrEqual(2)
    const en = asked(
      'Barista\n\nWhat you will do:\nServe guests.\nNice to have (mention them when you apply):\n- Latte art\n',
    )
    expect(en).toEqual([['nice_to_have', 'Latte art']])
  })
})
