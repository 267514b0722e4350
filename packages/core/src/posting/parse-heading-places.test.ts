import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { announcesWhatFollows } from './announces-what-follows'
import { readPageLines } from './find-page-furniture'
import { findRunningFurniture, isPageCounter } from './find-running-furniture'
import { headsFollowingLines } from './heads-following-lines'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()
const sources = (text: string) => parsePosting(text, taxonomy).requirements.map((r) => r.source.text)
const asks = (text: string, words: string) =>
  parsePosting(text, taxonomy).requirements.some((requirement) =>
    `${requirement.label} ${requirement.source.text}`.toLowerCase().includes(words.toLowerCase()),
  )
const kindOf = (text: string, words: string) =>
  parsePosting(text, taxonomy).requirements.find((requirement) =>
    requirement.source.text.toLowerCase().includes(words.toLowerCase()),
  )?.kind

describe('headsFollowingLines: a label heads the lines below it by its place', () => {
  const headsAt = (text: string, line: string) => {
    const lines = readPageLines(text)
    return headsFollowingLines(
      lines,
      lines.findIndex((l) => l.text.trim() === line),
    )
  }

  it('takes a short label after a blank line over a paragraph, in EN, PT and ES', () => {
    expect(
      headsAt(
        'Intro line here.\n\nShift Patterns & Site Access\nThe warehouse runs around the clock and badges are issued on your first morning.\n',
        'Shift Patterns & Site Access',
      ),
    ).toBe(true)
    expect(
      headsAt(
        'Texto.\n\nCultura e Convivência\nA equipe almoça junta às sextas e cada pessoa escolhe o seu horário de entrada.\n',
        'Cultura e Convivência',
      ),
    ).toBe(true)
    expect(
      headsAt(
        'Texto.\n\nVida en la bodega\nEl turno empieza temprano y los sábados rotamos entre los tres equipos de carga.\n',
        'Vida en la bodega',
      ),
    ).toBe(true)
  })

  it('takes a numbered clause over its sub-clauses or text, and a clause titled in capitals', () => {
    expect(
      headsAt('Texto.\n3. REQUISITOS DEL PUESTO\n3.1 Estudios\nTécnico en electricidad.\n', '3.1 Estudios'),
    ).toBe(false)
    expect(headsAt('Texto.\n3. CONDIÇÕES\n3.1 Jornada\n', '3. CONDIÇÕES')).toBe(true)
    expect(
      headsAt(
        'Texto.\n\n5.2 Idiomas\nSe exige inglés avanzado para redactar informes a los socios de la región.\n',
        '5.2 Idiomas',
      ),
    ).toBe(true)
    expect(
      headsAt('Texto.\n\n2. OBJETO DEL CONTRATO\nAsistir al jefe de obra.\n', '2. OBJETO DEL CONTRATO'),
    ).toBe(true)
  })

  it('keeps short items of a list, numbered or not, and the item right after a list', () => {
    const list =
      "Requirements\nValid driver's licence\nThree years driving rigid trucks between depots, with a clean record.\n"
    expect(headsAt(list, "Valid driver's licence")).toBe(false)
    expect(headsAt('Requisitos:\n1. Inglés avanzado\n2. Excel intermedio\n', '1. Inglés avanzado')).toBe(
      false,
    )
    // The last item of a numbered list, followed by prose, is still an item.
    expect(
      headsAt(
        'Requisitos:\n1. Excel intermedio\n2. Inglés avanzado\nOfrecemos contrato indefinido, comedor y transporte desde la estación.\n',
        '2. Inglés avanzado',
      ),
    ).toBe(false)
    // An emoji list gives each item an emoji of its own: the next emoji is a sibling, not a list below.
    expect(
      headsAt('✅ Que precisamos\n🚗 CNH categoria B\n🧰 Ferramentas próprias\n', '🚗 CNH categoria B'),
    ).toBe(false)
    // A line that goes on below (a wrap, in lower case) heads nothing.
    expect(
      headsAt(
        'Texto.\n\nCarteira de motorista e\nveículo próprio para visitar os clientes da região sul.\n',
        'Carteira de motorista e',
      ),
    ).toBe(false)
  })
})

describe('parsePosting: headings by place are no requirements, and their lines are still read', () => {
  it('drops a heading of unknown words over prose, and keeps the list above it, in EN', () => {
    const text =
      'Forklift Operator\n\nWhat you need\n- Counterbalance forklift licence\n- Two years in a busy distribution centre\n\nShift Patterns & Site Access\nThe site is open all week and rosters are posted on Fridays.\n'
    expect(sources(text)).not.toContain('Shift Patterns & Site Access')
    expect(asks(text, 'forklift licence')).toBe(true)
  })

  it('drops clause titles of a notice and reads the clauses under them, in PT and ES', () => {
    const pt =
      'EDITAL DE SELEÇÃO\n\n1. OBJETO\nContratação de técnico de laboratório.\n\n2. PERFIL DO CANDIDATO\n2.1 Escolaridade\nCurso técnico em Química concluído.\n\n2.2 Experiência\nMínimo de 2 anos em laboratório de análises de água.\n'
    expect(sources(pt).some((source) => /PERFIL DO CANDIDATO|Escolaridade/u.test(source))).toBe(false)
    expect(asks(pt, 'Química')).toBe(true)
    expect(asks(pt, '2 anos')).toBe(true)
    const es =
      'CONVOCATORIA\n\n1. OBJETO DEL CARGO\nApoyar la gestión de almacenes.\n\n2. REQUISITOS MÍNIMOS\nCriterio Detalle\nEstudios Técnico medio en logística\nIdiomas Inglés avanzado\n'
    expect(sources(es)).not.toContain('REQUISITOS MÍNIMOS')
    expect(asks(es, 'Inglés')).toBe(true)
  })

  it('lets an emoji heading state the kind of the list under it, and keeps a short item', () => {
    const text =
      'Vaga: Eletricista\n\n🧰 O que você precisa ter\n• CNH categoria B\n• Curso de NR-10\n\n🎈 Coisas que ajudam (nenhuma é obrigatória)\n• Curso de NR-35\n• Inglês básico\n'
    expect(sources(text).some((source) => source.includes('Coisas que ajudam'))).toBe(false)
    expect(kindOf(text, 'NR-35')).toBe('nice_to_have')
    expect(kindOf(text, 'CNH categoria B')).toBe('required')
  })
})

describe('announcesWhatFollows: a lead-in asks nothing itself', () => {
  it('sets aside sentences pointing at what follows, in EN, PT and ES', () => {
    expect(
      announcesWhatFollows('Before you apply, make sure you can tick the following off.', taxonomy),
    ).toBe(true)
    expect(announcesWhatFollows('The grid below shows how we weigh each point.', taxonomy)).toBe(true)
    expect(announcesWhatFollows('Beyond that, three more things count for us.', taxonomy)).toBe(true)
    expect(announcesWhatFollows('Confira abaixo o que esperamos de quem vem.', taxonomy)).toBe(true)
    expect(announcesWhatFollows('A continuación, lo que tendrás que traer el primer día.', taxonomy)).toBe(
      true,
    )
  })

  it('keeps a sentence that names what it asks, or a noun spelled like a pointer', () => {
    expect(announcesWhatFollows('Experience with the following: Python, Go and Terraform.', taxonomy)).toBe(
      false,
    )
    expect(announcesWhatFollows('A loyal following of clients is a bonus.', taxonomy)).toBe(false)
    expect(announcesWhatFollows('Inglés avanzado (ver abajo el detalle del examen).', taxonomy)).toBe(false)
    expect(announcesWhatFollows('Three years of experience in the roles below.', taxonomy)).toBe(false)
  })

  it('keeps the items after a lead-in line', () => {
    const text =
      'Warehouse Lead\n\nTo start with us, you will need to bring the following along.\nA forklift licence in good standing.\nTwo years of team leading in a warehouse.\n'
    expect(sources(text).some((source) => source.startsWith('To start with us'))).toBe(false)
    expect(asks(text, 'forklift licence')).toBe(true)
  })
})

describe('findRunningFurniture: page numbers and running headers', () => {
  it('reads page counters in EN, PT and ES, and not numbered items', () => {
    expect(isPageCounter('Page 3 of 7')).toBe(true)
    expect(isPageCounter('Página 2 de 5')).toBe(true)
    expect(isPageCounter('Pág. 4/9')).toBe(true)
    expect(isPageCounter('- 3 -')).toBe(true)
    expect(isPageCounter('3. Inglés avanzado')).toBe(false)
    expect(isPageCounter('2 years')).toBe(false)
  })

  it('sets aside a header repeated at page breaks, keeps an item said twice away from them', () => {
    const lines = [
      'Intro text of the notice.',
      'Page 1 of 2',
      'Coastal Water Trust – Terms of Reference – Field Officer',
      'Requirements',
      '- Valid driver licence',
      'Page 2 of 2',
      'Coastal Water Trust – Terms of Reference – Field Officer',
      'Role A',
      'Must hold a valid first aid certificate',
      'Role B',
      'Must hold a valid first aid certificate',
    ].map((text) => ({ text }))
    const found = findRunningFurniture(lines)
    expect([...found].sort((a, b) => a - b)).toEqual([1, 2, 5, 6])
  })

  it('does not read a running header as a requirement', () => {
    const text =
      'Terms of Reference\n\nThe role supports three rural districts.\n\nRequirements\n- Degree in Civil Engineering\n                                  Page 1 of 2\nRiverside Trust – ToR – Water Engineer      Ref. RT/HR/07/2026\n\n- Three years designing small water supply schemes\n                                  Page 2 of 2\nRiverside Trust – ToR – Water Engineer      Ref. RT/HR/07/2026\n'
    expect(sources(text).some((source) => source.includes('Riverside Trust'))).toBe(false)
    expect(asks(text, 'Civil Engineering')).toBe(true)
  })
})
