import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { findDemandsInWork } from './find-demands-in-work'
import { parsePosting } from './parse-posting'

/** The demanded things a duty names, as text and kind. */
function demands(duty: string): Array<[string, string]> {
  return findDemandsInWork(duty).map((demand) => [duty.slice(demand.start, demand.end), demand.kind])
}

describe('findDemandsInWork', () => {
  it('reads what a verb of demanding asks for beside the work, in EN, PT and ES', () => {
    expect(
      demands('Reconcile supplier statements every month, which calls for a sound grasp of accruals.'),
    ).toEqual([['a sound grasp of accruals', 'required']])
    expect(demands('Plan the night shift rota, a task that requires two years of team leading.')).toEqual([
      ['two years of team leading', 'required'],
    ])
    expect(demands('Atender os fornecedores por telefone, o que exige inglês fluente e paciência.')).toEqual([
      ['inglês fluente e paciência', 'required'],
    ])
    expect(demands('Liderar as auditorias internas, função que pede formação em ISO 9001.')).toEqual([
      ['formação em ISO 9001', 'required'],
    ])
    expect(demands('Negociar con transportistas, lo que requiere manejo de Incoterms.')).toEqual([
      ['manejo de Incoterms', 'required'],
    ])
    expect(demands('Cerrar la contabilidad mensual, tarea que necesita dominio de SAP FI.')).toEqual([
      ['dominio de SAP FI', 'required'],
    ])
  })

  it('reads having stated beside the work, and the reader’s need', () => {
    expect(demands('Run the weekly stand-up, having led agile teams before.')).toEqual([
      ['led agile teams before', 'required'],
    ])
    expect(demands('Cuidar da frota de empilhadeiras, tendo experiência com manutenção preventiva.')).toEqual(
      [['experiência com manutenção preventiva', 'required']],
    )
    expect(demands('Coordinar las obras de reforma, teniendo conocimientos de AutoCAD.')).toEqual([
      ['conocimientos de AutoCAD', 'required'],
    ])
    expect(demands('Drive the delivery van across the county, so you will need a clean licence.')).toEqual([
      ['a clean licence', 'required'],
    ])
  })

  it('reads the work as needed when a pronoun takes it up and calls it essential', () => {
    expect(demands('Book every shipment in Oracle TMS - this is essential.')).toEqual([
      ['Oracle TMS', 'required'],
    ])
    expect(demands('Lançar as notas fiscais no Protheus; por isso esse é indispensável.')).toEqual([
      ['Protheus', 'required'],
    ])
    expect(demands('Registrar los pedidos en Odoo, eso es imprescindible.')).toEqual([['Odoo', 'required']])
  })

  it('reads a clause that only helps as a nice-to-have', () => {
    expect(demands('Visit clients in Quebec, where some French is a plus.')).toEqual([
      ['some French is a plus', 'nice_to_have'],
    ])
    expect(
      demands(
        'Montar as escalas da equipe; quem conhece o Senior ganha tempo aqui, mas ensinamos no primeiro mês.',
      ),
    ).toEqual([['quem conhece o Senior ganha tempo aqui, mas ensinamos no primeiro mês', 'nice_to_have']])
    expect(
      demands(
        'Preparar los informes de ventas; si además sabes Tableau, mejor, pero no descartamos a nadie por eso.',
      ),
    ).toEqual([['si además sabes Tableau, mejor, pero no descartamos a nadie por eso', 'nice_to_have']])
    // A demand told as optional stays optional.
    expect(demands('Review the pull requests, which calls for Rust, though that is a bonus.')).toEqual([
      ['Rust, though that is a bonus', 'nice_to_have'],
    ])
  })

  it('leaves a duty that only mentions a tool, or whose clauses demand nothing of the person, a duty', () => {
    expect(demands('Update the tracker in Jira')).toEqual([])
    expect(demands('Atualizar as planilhas de custo no Excel, Power BI e SAP.')).toEqual([])
    expect(demands('Actualizar el inventario en SAP, revisando las entradas del almacén.')).toEqual([])
    // The work's worth, not a need of the person.
    expect(demands('Keep the cold chain intact, which is essential to patient safety.')).toEqual([])
    // Someone else's need, and the work's own need in the passive.
    expect(demands('Prepare quotes when the client needs a price.')).toEqual([])
    expect(demands('Count the stock, which needs to be done weekly.')).toEqual([])
    expect(demands('Revisar os contratos, que precisam ser assinados até sexta.')).toEqual([])
    // A clause a bare "and" joins goes on telling the work, whatever cue word it holds.
    expect(demands('Plan the tours - and stay with guests from the welcome drink to departure.')).toEqual([])
  })
})

describe('parsePosting: demands stated inside duty lines', () => {
  const taxonomy = loadTaxonomy()

  it('asks what a duty demands and keeps the duty', () => {
    const parsed = parsePosting(
      [
        'Armazenista',
        '',
        'Atividades',
        '• Conferir as notas de entrada, o que exige atenção aos detalhes.',
        '• Operar a empilhadeira no turno da noite, tendo curso de operador de empilhadeira.',
        '• Emitir etiquetas no WMS.',
      ].join('\n'),
      taxonomy,
    )
    const labels = parsed.requirements.map((requirement) => `${requirement.kind}: ${requirement.label}`)
    expect(labels.join(' | ')).toMatch(/required: [^|]*aten[cç][aã]o aos detalhes/iu)
    expect(labels.join(' | ')).toMatch(/required: [^|]*empilhadeira/iu)
    expect(labels.join(' | ')).not.toMatch(/WMS/u)
    expect(parsed.responsibilities).toHaveLength(3)
  })
})
