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

describe('official notices: clause intros, process clauses, headers and closings', () => {
  it('takes a numbered clause closed by a colon over lettered items for their heading', () => {
    const edital = [
      'EDITAL DE SELEÇÃO 04/2026',
      '',
      '2. DOS REQUISITOS',
      '2.1. Constituem requisitos para a admissão, a comprovar na assinatura do contrato:',
      'a) possuir curso técnico em Agropecuária;',
      'b) possuir CNH categoria B.',
    ].join('\n')
    const labels = labelsOf(edital)
    expect(labels.some((label) => /Constituem requisitos/u.test(label))).toBe(false)
    expect(labels.some((label) => /Agropecuária/u.test(label))).toBe(true)
    const english = [
      'VACANCY NOTICE 12/2026',
      '',
      '3. REQUIREMENTS',
      '3.1 The successful applicant shall, on appointment:',
      '(a) hold a diploma in civil engineering;',
      '(b) hold a full driving licence.',
    ].join('\n')
    expect(labelsOf(english).some((label) => /successful applicant shall/u.test(label))).toBe(false)
  })

  it('drops the clauses that rule the process and keeps the asks beside them', () => {
    const convocatoria = [
      'CONVOCATORIA 07/2026 – AUXILIAR DE LABORATORIO',
      '',
      '2. REQUISITOS',
      '2.1 Título de Técnico en Química.',
      '2.2 Experiencia mínima de un año en laboratorio de control de calidad.',
      '',
      '3. DE LA SELECCIÓN',
      '3.1 La prueba escrita constará de treinta preguntas sobre bioseguridad.',
      '3.2 En caso de empate se preferirá a quien haya obtenido más puntos en la entrevista.',
      '3.3 Los casos no previstos serán resueltos por la Comisión Evaluadora.',
      '',
      'Mendoza, 9 de marzo de 2026.',
      'Laura Giménez – Directora de Personal',
    ].join('\n')
    const labels = labelsOf(convocatoria)
    expect(
      labels.some((label) => /prueba escrita|empate|casos no previstos|Mendoza|Giménez/u.test(label)),
    ).toBe(false)
    expect(labels.some((label) => /Química/u.test(label))).toBe(true)
    expect(labels.some((label) => /control de calidad/u.test(label))).toBe(true)
  })

  it('sets aside a letterhead repeated after a page break, wrapped or marked as carried on', () => {
    const pdf = [
      'CÂMARA MUNICIPAL DE SANTA RITA DO',
      'PASSA QUATRO – SP',
      'EDITAL DE PROCESSO SELETIVO 02/2026',
      '',
      '1. REQUISITOS',
      '1.1 Ensino médio completo.',
      '1.2 Experiência de um ano em atendimento ao público.',
      '______________________________________________________',
      'Edital 02/2026                                Página 1 de 2',
      '',
      'CÂMARA MUNICIPAL DE SANTA RITA DO PASSA QUATRO – SP',
      '1.3 Conhecimento do pacote Office.',
    ].join('\n')
    const labels = labelsOf(pdf)
    expect(labels.some((label) => /CÂMARA MUNICIPAL/u.test(label))).toBe(false)
    expect(labels.some((label) => /Office/u.test(label))).toBe(true)
  })
})

describe('classified ads', () => {
  it('keeps a word hyphenated over a break whole, though the line below runs longer', () => {
    const text = [
      'SOLDADOR. Metalúrgica contrata. Req.: curso de solda (exclu-',
      'yente), mín. 2 años en estructuras metálicas, disponibilidad p/ turno tarde y buen trato con el equipo de planta.',
    ].join('\n')
    const reflowed = reflowWrappedText(text)
    expect(reflowed).toContain('(excluyente')
    expect(reflowed).toHaveLength(text.length)
  })

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
