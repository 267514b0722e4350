import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { findDutyListLines, readsAsDutyItem } from './find-duty-list-lines'
import { readPageLines } from './find-page-furniture'
import { parsePosting } from './parse-posting'
import { reflowWrappedText } from './reflow-wrapped-text'
import { splitConditionClauses } from './split-condition-clauses'
import { splitVerbAsks } from './split-verb-asks'
import { waivesAsk } from './waives-ask'

const taxonomy = loadTaxonomy()
const labels = (text: string) =>
  parsePosting(text, taxonomy).requirements.map((requirement) => requirement.label)
const sources = (text: string) =>
  parsePosting(text, taxonomy).requirements.map((requirement) => requirement.source.text.trim())
const pieces = (
  sentence: string,
  split: (text: string, start: number, end: number) => Array<{ start: number; end: number }>,
) => split(sentence, 0, sentence.length).map((span) => sentence.slice(span.start, span.end).trim())

describe('pieces with no ask of their own stay with their neighbour', () => {
  it('joins a lower-case line that closes the sentence a long line left open', () => {
    const pasted = [
      'Fica a dica: se você souber metade do que pedimos, pode mandar o currículo que o resto a gente',
      'mostra no primeiro dia de trabalho.',
    ].join('\n')
    expect(reflowWrappedText(pasted)).toContain('a gente mostra no primeiro')
    const spanish = [
      'La planta queda en el parque industrial y trabajamos con turnos rotativos, por lo que pedimos licencia',
      'y auto propio.',
    ].join('\n')
    expect(reflowWrappedText(spanish)).toContain('pedimos licencia y auto propio.')
    // Items of a list closed alike, or a short line above, keep their lines.
    const list = [
      'manejo de inventarios y de sistemas de punto de venta en tiendas de barrio;',
      'atención al público.',
      'Horario rotativo',
      'fines de semana incluidos.',
    ].join('\n')
    expect(reflowWrappedText(list)).toBe(list)
  })

  it('keeps a second verb under the frame of the first, and a reason with the condition it explains', () => {
    expect(
      pieces(
        'Es necesario tener disponibilidad para viajar y pernoctar fuera dos noches al mes.',
        splitConditionClauses,
      ),
    ).toHaveLength(1)
    expect(pieces('Willing to travel and stay overnight twice a month', splitConditionClauses)).toHaveLength(
      1,
    )
    // A second condition of another subject is still its own ask.
    expect(pieces('Disponibilidade para viajar e trabalhar aos domingos.', splitConditionClauses)).toEqual([
      'Disponibilidade para viajar',
      'trabalhar aos domingos.',
    ])
    const reasoned = pieces(
      'Como la planta queda lejos del centro y no hay colectivos, se requiere carnet de conducir B y vivir en la zona norte.',
      splitConditionClauses,
    )
    expect(reasoned.some((piece) => /^Como la planta/u.test(piece) && !/carnet/u.test(piece))).toBe(false)
    expect(reasoned.some((piece) => /^vivir en la zona norte/u.test(piece))).toBe(true)
  })

  it('reads the verbs after a verb phrase and a colon as examples of it, not asks of their own', () => {
    expect(
      pieces('Fazer limpeza do equipamento: lavar os bicos, trocar peneiras, conferir a pressão', (t, s, e) =>
        splitVerbAsks(t, s, e, true),
      ),
    ).toHaveLength(1)
    // A label before the colon heads a list of asks.
    expect(
      pieces('Requisitos: saber dirigir caminhão, ter CNH D e falar espanhol', (t, s, e) =>
        splitVerbAsks(t, s, e, true),
      ).length,
    ).toBeGreaterThan(1)
  })

  it('keeps an adverbial phrase with what it qualifies', () => {
    const read = sources(
      'Claims Clerk\n\nRequirements\n- Files all claims accurately and on time\n- Sage Payroll',
    )
    expect(read).not.toContain('on time')
    expect(read).toContain('Files all claims accurately and on time')
  })

  it('drops a piece that only says the line is optional', () => {
    const read = labels(
      'Tornero\n\nRequisitos\n- Manejo de torno paralelo y fresadora; la rectificadora, preferible.\n- Secundario completo',
    )
    expect(read.map((label) => label.toLowerCase())).not.toContain('preferible')
    expect(read.some((label) => /rectificadora/u.test(label))).toBe(true)
  })

  it('drops a waiver, but keeps a waived thing offered as an extra', () => {
    expect(waivesAsk("We don't require a degree.")).toBe(true)
    expect(waivesAsk('Não exigimos experiência anterior.')).toBe(true)
    expect(waivesAsk('No pedimos título universitario.')).toBe(true)
    expect(waivesAsk('We do not require a degree, but it helps.')).toBe(false)
    expect(waivesAsk('You need a degree.')).toBe(false)
    const read = sources(
      'Claims Handler\n\nThe practical bits\n\nYou will need a full UK driving licence and a basic DBS check. We do not require a degree.',
    )
    expect(read.some((source) => /do not require a degree/u.test(source))).toBe(false)
    expect(read.some((source) => /driving licence/u.test(source))).toBe(true)
  })
})

describe('lists of duties outside a duties section', () => {
  it('tells a duty told in the third person from an ask', () => {
    expect(readsAsDutyItem('- Prepares the weekly stock report')).toBe(true)
    expect(readsAsDutyItem('• Realiza la conciliación de las cuentas')).toBe(true)
    expect(readsAsDutyItem('- Organiza o estoque do depósito')).toBe(true)
    expect(readsAsDutyItem('- Other duties as required')).toBe(true)
    expect(readsAsDutyItem('- Outras atividades correlatas')).toBe(true)
    // A description of the candidate, a noun and an adjective are no duties.
    expect(readsAsDutyItem('- Has three years in a warehouse')).toBe(false)
    expect(readsAsDutyItem('- Speaks fluent English')).toBe(false)
    expect(readsAsDutyItem('- Experiencia en ventas')).toBe(false)
    expect(readsAsDutyItem('- Licencia de conducir')).toBe(false)
    expect(readsAsDutyItem('- Disponibilidade de horário')).toBe(false)
  })

  it('reads a list most of whose items are duties as the work, whatever heading it stands under', () => {
    const english = [
      'Stores Supervisor',
      '',
      'About the job',
      'The Stores Supervisor runs the parts store for the plant.',
      '',
      'Essential Duties',
      '- Prepares the weekly stock report for the plant manager',
      '- Coordinates deliveries with the two depots',
      '- Maintains the parts catalogue in the ERP',
      '- Other duties as assigned',
      '',
      'Requirements',
      '- Forklift licence',
      '- Three years in stores or logistics',
    ].join('\n')
    const read = sources(english)
    expect(read.some((source) => /Prepares|Coordinates|Maintains|Other duties/u.test(source))).toBe(false)
    expect(read.some((source) => /Forklift/u.test(source))).toBe(true)
    const spanish = [
      'Encargado de depósito',
      '',
      'Tu día',
      '- Realiza el cierre de caja de la sucursal',
      '- Atiende a los proveedores en el muelle',
      '- Controla el inventario semanal',
      '',
      'Requisitos',
      '- Experiencia en depósitos',
      '- Licencia de conducir B',
      '- Residencia en la zona',
    ].join('\n')
    const spanishRead = sources(spanish)
    expect(spanishRead.some((source) => /Realiza|Atiende|Controla/u.test(source))).toBe(false)
    expect(spanishRead.filter((source) => /Experiencia|Licencia|Residencia/u.test(source)).length).toBe(3)
  })

  it('keeps a verb told as an ask in a list of asks', () => {
    const lines = readPageLines(
      [
        'Requirements',
        '- Holds a counterbalance forklift licence',
        '- Has two years in a busy warehouse',
        '- Speaks enough English to read safety notices',
        '- Performs cycle counts without supervision',
      ].join('\n'),
    )
    expect(findDutyListLines(lines, true).size).toBe(0)
    expect(findDutyListLines(lines, false).size).toBe(0)
    const portuguese = readPageLines(
      ['Requisitos', '- Experiência com caixa', '- Executa conferência de notas', '- Boa comunicação'].join(
        '\n',
      ),
    )
    expect(findDutyListLines(portuguese, true).size).toBe(0)
  })
})
