import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'
import { readMinYears } from './read-min-years'
import { reflowWrappedText } from './reflow-wrapped-text'

const taxonomy = loadTaxonomy()
const labelsOf = (text: string) =>
  parsePosting(text, taxonomy).requirements.map((requirement) => requirement.label)

describe('official notices flattened from a PDF', () => {
  it('joins a numbered clause with the unmarked line a wrap pushed below it, in EN, PT and ES', () => {
    const english = [
      '5. CONDITIONS OF THE POST',
      '5.1 Required to drive the unit van to outlying depots and to sleep over at sites',
      'with shared facilities;',
      '5.2 Required to work night shifts in rotation.',
    ].join('\n')
    expect(reflowWrappedText(english)).toContain('sleep over at sites with shared facilities;')
    const portuguese = [
      '4.1 Certificado de conclusão de curso técnico em Radiologia emitido por escola',
      '(reconhecida pelo MEC);',
      '4.2 Registro no CRTR.',
    ].join('\n')
    expect(reflowWrappedText(portuguese)).toContain('por escola (reconhecida pelo MEC);')
    const spanish = [
      '3.1 Título de Técnico Superior en Laboratorio Clínico otorgado por un instituto',
      'reconocido por el Ministerio de Educación;',
      '3.2 Matrícula profesional vigente.',
    ].join('\n')
    const reflowed = reflowWrappedText(spanish)
    expect(reflowed).toContain('instituto reconocido por el Ministerio')
    // The next clause keeps its own line.
    expect(reflowed).toContain('\n3.2 Matrícula')
    expect(reflowed).toHaveLength(spanish.length)
  })

  it('leaves an unmarked line in capitals under a marked item as it is', () => {
    const text = [
      '- Experiência com atendimento ao público em lojas de departamento',
      'Oferecemos vale-transporte e refeição no local.',
    ].join('\n')
    expect(reflowWrappedText(text)).toBe(text)
  })

  it('reads a count written twice, in figures and in words, once', () => {
    expect(readMinYears("four (4) years' experience in a payroll office")).toBe(4)
    expect(readMinYears('Experiência mínima de 36 (trinta e seis) meses em manutenção predial')).toBe(3)
    expect(readMinYears('mínimo de tres (3) años en cocina de hotel')).toBe(3)
  })

  it('asks for the part of a tenure a relative counts, with its count written twice', () => {
    const english = labelsOf(
      'Requirements\n- Five (5) years in payroll administration, at least two (2) years of which in a lead role.',
    )
    expect(english.some((label) => /lead role/u.test(label) && !/payroll/u.test(label))).toBe(true)
    const portuguese = labelsOf(
      'Requisitos\n- Experiência mínima de 36 (trinta e seis) meses em enfermagem, das quais ao menos 12 (doze) meses em UTI;',
    )
    expect(portuguese.some((label) => /^das quais/u.test(label))).toBe(true)
  })

  it('takes a numbered clause closed by a colon for the heading of the clauses numbered under it', () => {
    const notice = [
      'EDICTO DE CONVOCATORIA',
      '',
      '2. REQUISITOS',
      '2.1 Los postulantes deberán reunir las siguientes condiciones, que se acreditarán al momento de la entrevista:',
      '2.1.1 Título de Técnico en Mantenimiento Industrial;',
      '2.1.2 Licencia de conducir clase B vigente.',
      '2.2 Los siguientes antecedentes no son excluyentes y suman puntos en la evaluación:',
      '2.2.1 Curso de soldadura TIG (2 puntos);',
    ].join('\n')
    const parsed = parsePosting(notice, taxonomy).requirements
    expect(parsed.some((requirement) => /postulantes deberán/u.test(requirement.label))).toBe(false)
    expect(parsed.some((requirement) => /siguientes antecedentes/u.test(requirement.label))).toBe(false)
    expect(parsed.some((requirement) => /Licencia de conducir/u.test(requirement.label))).toBe(true)
    const edital = [
      'EDITAL DE SELEÇÃO',
      '',
      '3. DOS REQUISITOS',
      '3.1 São condições exigidas para a admissão no emprego, a serem comprovadas no dia da entrevista:',
      '3.1.1 Curso técnico em Eletrotécnica;',
      '3.1.2 CNH categoria B.',
    ].join('\n')
    const labels = labelsOf(edital)
    expect(labels.some((label) => /condições exigidas/u.test(label))).toBe(false)
    expect(labels.some((label) => /Eletrotécnica/u.test(label))).toBe(true)
  })
})

describe('classified ads', () => {
  it('sets aside the dated lines about other ads, under a label or alone', () => {
    const ad = [
      'Precisa-se COZINHEIRO para restaurante no Centro.',
      '',
      'Requisitos:',
      '- Experiência de 2 anos em cozinha industrial',
      '- Curso de boas práticas',
      '',
      'Veja também',
      '• GARÇOM c/ experiência – Florianópolis – 02/03',
      '• AUXILIAR DE LIMPEZA – São José – ontem',
      '',
      'Chef de partie - Lisboa - há 3 dias',
      'Copeiro com experiência - Porto - há 1 semana',
    ].join('\n')
    const labels = labelsOf(ad)
    expect(labels.some((label) => /GARÇOM|LIMPEZA|Chef de partie|Copeiro/u.test(label))).toBe(false)
    expect(labels.some((label) => /cozinha industrial/u.test(label))).toBe(true)
  })

  it('keeps abbreviations, initials and a bracketed aside inside their sentence', () => {
    const ad = [
      'SE BUSCA PANADERO',
      '',
      'Emp. familiar del barrio busca panadero c/ exp. Req.: exp. mín. 2 años en panadería. Disp. p/ turno noche de lun. a vie. (sábados libres). Presentarse en la C. Mayor 250.',
    ].join('\n')
    const labels = labelsOf(ad)
    expect(labels.some((label) => /^sábados libres|^\(sábados/u.test(label))).toBe(false)
    expect(labels.some((label) => /^familiar del barrio/u.test(label))).toBe(false)
    expect(labels.some((label) => /^Mayor 250/u.test(label))).toBe(false)
  })
})
