import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedPosting } from '../types'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

function kindsOf(posting: ParsedPosting, skillId: string): string[] {
  return posting.requirements
    .filter((requirement) => requirement.skillIds.includes(skillId))
    .map((requirement) => requirement.kind)
}

/** The requirement whose source holds the words, or undefined. */
function sourcedFrom(posting: ParsedPosting, words: string) {
  return posting.requirements.find((requirement) => requirement.source.text.includes(words))
}

describe('parsePosting: an optional cue qualifies its own clause', () => {
  it.each([
    ['EN', '- Fluent in Swedish and English; Finnish is a plus', 'swedish', 'finnish'],
    ['PT', '- Excel avançado; Power BI seria ótimo', 'microsoft-excel', 'power-bi'],
    ['ES', '- Manejo de SQL; Tableau es deseable', 'sql', 'tableau'],
  ])(
    'keeps the clause before "; X is a plus" under the section kind (%s)',
    (_language, line, kept, optional) => {
      // A clause that is only a cue ("X; a plus") still speaks for its whole line.
      const text = `Analyst\n\nRequirements:\n${line}\n- Looker dashboards; a plus\n`
      const posting = parsePosting(text, taxonomy)
      expect(kindsOf(posting, kept)).toEqual(['required'])
      expect(kindsOf(posting, optional)).toEqual(['nice_to_have'])
      expect(kindsOf(posting, 'looker')).toEqual(['nice_to_have'])
    },
  )

  it.each([
    [
      'EN',
      'You bring 4+ years as a payroll analyst, ideally in retail. You have solid SQL skills for reporting.',
    ],
    [
      'PT',
      'Você tem 4+ anos como analista de folha, de preferência em varejo. Você tem domínio de SQL para relatórios.',
    ],
    [
      'ES',
      'Tienes 4+ años como analista de nómina, idealmente en retail. Tienes dominio de SQL para reportes.',
    ],
  ])('stops a trailing preference at the end of its sentence (%s)', (_language, line) => {
    const posting = parsePosting(`Payroll Analyst\n\n${line}\n`, taxonomy)
    expect(kindsOf(posting, 'sql')).toEqual(['required'])
  })

  it.each([
    ['ES', 'Se valora si tienes experiencia comercial', 'Disponibilidad para viajar'],
    ['PT', 'Seria ótimo se você tiver vivência', 'Disponibilidade para viajar'],
    ['EN', 'Even better if you have fieldwork', 'Available to travel weekly'],
  ])(
    'reads an unmarked line whose condition names something as an item, not a heading (%s)',
    (_language, line, next) => {
      const text = `Vendedor\n\nRequisitos:\n- Secundaria completa\n${line}\n${next}\n`
      const posting = parsePosting(text, taxonomy)
      expect(sourcedFrom(posting, line)).toBeDefined()
      expect(sourcedFrom(posting, next)?.kind).toBe('required')
    },
  )
})

describe('parsePosting: a sentence that asks carries its requirements in its complement', () => {
  it.each([
    [
      'PT',
      'Para se candidatar é preciso ter CNH categoria E ativa e curso de direção defensiva em dia.',
      'CNH',
      'curso',
    ],
    [
      'EN',
      "To apply you'll need a valid forklift licence and three years working in a cold store.",
      'licence',
      'three years',
    ],
    ['ES', 'Se requiere licencia de conducir vigente y bachillerato terminado.', 'licencia', 'bachillerato'],
  ])('reads each thing the predicate asks for (%s)', (_language, sentence, first, second) => {
    const text = `Motorista\n\nA Rodalux faz entregas refrigeradas no interior desde 1998, com trinta caminhões.\n${sentence}\n`
    const posting = parsePosting(text, taxonomy)
    const a = sourcedFrom(posting, first)
    const b = sourcedFrom(posting, second)
    expect(a?.kind).toBe('required')
    expect(b?.kind).toBe('required')
    expect(a).not.toBe(b)
  })

  it('reads "é importante ter" as a requirement predicate', () => {
    const text =
      'Auxiliar\n\nA Vetra distribui bebidas em Minas desde 2004.\nÉ importante ter ensino médio completo.\n'
    const posting = parsePosting(text, taxonomy)
    expect(posting.requirements.map((requirement) => requirement.type)).toEqual(['degree'])
  })
})

describe('parsePosting: the closing paragraph of a prose posting is page furniture', () => {
  it.each([
    [
      'EN',
      'If this sounds like you, email your CV to hiring@orchardvans.co.uk and we will reply within a week.\nWe answer every application.\nReasonable adjustments are available on request.\nMeet the people you would work with on our careers page.',
      ['email your CV', 'We answer', 'adjustments', 'Meet the people'],
    ],
    [
      'PT',
      'Se você se interessou, envie seu currículo para rh@orchard.com.br.\nRespondemos todas as mensagens.\nNós entraremos em contato com os selecionados.',
      ['envie seu', 'Respondemos', 'Nós entraremos'],
    ],
    [
      'ES',
      'Si te interesa, manda tu CV a talento@orchard.mx.\nNosotros revisamos cada postulación.\nLos uniformes son proporcionados por la empresa.',
      ['manda tu', 'Nosotros revisamos', 'uniformes'],
    ],
  ])('sets application steps and employer statements aside (%s)', (_language, closing, snippets) => {
    const text = `Driver\n\nOrchard Vans moves fresh produce across Kent every night.\nYou must hold a valid driving licence.\n${closing}\n`
    const posting = parsePosting(text, taxonomy)
    for (const snippet of snippets) {
      expect(posting.requirements.some((requirement) => requirement.source.text.includes(snippet))).toBe(
        false,
      )
      expect(posting.setAside.some((item) => item.text.includes(snippet))).toBe(true)
    }
    expect(sourcedFrom(posting, 'driving licence')?.kind).toBe('required')
  })

  it('keeps a sentence that asks even when it opens with applying', () => {
    const text = 'Motorista\n\nPara se candidatar é preciso ter CNH categoria C ativa.\n'
    const posting = parsePosting(text, taxonomy)
    expect(sourcedFrom(posting, 'CNH')).toBeDefined()
  })
})

describe('parsePosting: distinct things joined in one item are separate requirements', () => {
  it.each([
    [
      'EN',
      "- A current driver's licence and a roadworthy personal car",
      'licence',
      'car',
      '- Experience in consultation and account management',
    ],
    [
      'EN',
      '- Must clear a criminal background check and drug test',
      'background',
      'drug test',
      '- CPR and First Aid certification',
    ],
    [
      'PT',
      '- CNH categoria B e disponibilidade para viagens',
      'CNH',
      'viagens',
      '- Able to lift and carry 25 kg through a full shift',
    ],
    [
      'ES',
      '- Bicicleta o moto propia con licencia de conducción vigente',
      'moto',
      'licencia',
      '- Available every Sunday and alternate Saturdays',
    ],
  ])(
    'splits "%s" %s, and keeps an ask whose words share a frame or a head whole',
    (_language, line, first, second, whole) => {
      const posting = parsePosting(`Courier\n\nRequirements:\n${line}\n${whole}\n`, taxonomy)
      const a = sourcedFrom(posting, first)
      const b = sourcedFrom(posting, second)
      expect(a).toBeDefined()
      expect(b).toBeDefined()
      expect(a).not.toBe(b)
      const kept = posting.requirements.filter((requirement) => whole.includes(requirement.source.text))
      expect(kept.length).toBeGreaterThan(0)
      expect(new Set(kept.map((requirement) => requirement.source.text))).toEqual(new Set([whole.slice(2)]))
    },
  )

  it.each([
    ['PT', 'CNH categoria A e moto própria', 'moto'],
    ['ES', 'Licencia de conducir tipo A y moto propia', 'moto'],
    ['EN', 'A full motorcycle licence and own scooter', 'scooter'],
  ])(
    'reads a short thing the candidate must own, cut from an unbulleted ask (%s)',
    (_language, line, owned) => {
      const posting = parsePosting(`Courier\n\nRequirements:\n${line}\n`, taxonomy)
      const thing = sourcedFrom(posting, owned)
      expect(thing?.kind).toBe('required')
      expect(thing?.source.text.length).toBeLessThan(line.length)
    },
  )

  it.each([
    [
      'PT',
      'Diferencial: vivência com varejo farmacêutico; noções de logística reversa; inglês intermediário',
      3,
    ],
    ['EN', 'Nice to have: a forklift ticket; time in cold storage; first aid training', 3],
    ['ES', 'Deseable: manejo de montacargas; experiencia en bodegas refrigeradas', 2],
  ])('reads each item of a labelled list separated by semicolons (%s)', (_language, line, count) => {
    const posting = parsePosting(`Analyst\n\nRequirements:\n- Ensino superior completo\n${line}\n`, taxonomy)
    const optional = posting.requirements.filter((requirement) => requirement.kind === 'nice_to_have')
    expect(new Set(optional.map((requirement) => requirement.source.text)).size).toBe(count)
  })
})

describe('parsePosting: a cue reaches no further than its brackets or its clause', () => {
  it.each([
    ['EN', 'Advanced spreadsheets (pivot tables, lookups, Power Query a plus)', 'Power Query'],
    ['PT', 'Word avançado (mala direta, tabelas, macros seria um diferencial)', 'macros'],
    ['ES', 'Manejo de Excel (fórmulas, gráficos, tablas dinámicas deseable)', 'tablas'],
  ])('keeps a line required when the optional cue sits inside its brackets (%s)', (_language, line) => {
    // A bracket that holds only the cue ("(deseable)") still qualifies the item it follows.
    const posting = parsePosting(
      `Asistente\n\nRequisitos:\n- ${line}\n- Contabilidad básica (deseable)\n`,
      taxonomy,
    )
    expect(sourcedFrom(posting, line.split(' (')[0] as string)?.kind).toBe('required')
    expect(sourcedFrom(posting, 'Contabilidad básica')?.kind).toBe('nice_to_have')
  })

  it.each([
    [
      'ES',
      'Bachillerato completo; cursos técnicos en contabilidad (deseable)',
      'Bachillerato completo',
      'contabilidad',
    ],
    [
      'PT',
      'Ensino médio completo — curso técnico em logística será um diferencial',
      'Ensino médio completo',
      'logística',
    ],
    [
      'EN',
      'High school diploma — a forklift course in warehousing is a plus',
      'High school diploma',
      'forklift',
    ],
  ])(
    'splits a required part from an optional part after a semicolon or a dash (%s)',
    (_language, line, required, optional) => {
      const posting = parsePosting(`Auxiliar\n\nRequisitos:\n- ${line}\n`, taxonomy)
      expect(sourcedFrom(posting, required)?.kind).toBe('required')
      expect(sourcedFrom(posting, required)?.source.text).not.toContain(optional)
      expect(sourcedFrom(posting, optional)?.kind).toBe('nice_to_have')
    },
  )
})

describe('parsePosting: a sentence that counts part of the tenure before it', () => {
  it.each([
    [
      'EN',
      'Four years in warehouse operations. Of those four years, at least two in cold storage.',
      'cold storage',
      2,
    ],
    ['PT', 'Cinco anos em contabilidade. Desses cinco anos, pelo menos dois com auditoria.', 'auditoria', 2],
    ['ES', 'Seis años en ventas. De esos seis años, al menos uno en seguros.', 'seguros', 1],
  ])('asks for the part its own years (%s)', (_language, line, part, years) => {
    const posting = parsePosting(`Analista\n\nRequisitos:\n- ${line}\n`, taxonomy)
    expect(sourcedFrom(posting, part)?.minYears).toBe(years)
    // The back-reference stays with the part it counts, never a requirement of its own.
    expect(sourcedFrom(posting, part)?.source.text).toMatch(/^(?:Of those|Desses|De esos)/u)
    expect(posting.requirements).toHaveLength(2)
  })
})
