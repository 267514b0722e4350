import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'
import { reflowWrappedText } from './reflow-wrapped-text'

const wrapped = [
  'Requirements',
  'We are looking for someone with a diploma in veterinary nursing and at',
  'least three years of experience in a busy mixed practice, including out of',
  'hours cover. Knowledge of anaesthetic monitoring is essential, as is a full',
  'driving licence; experience with exotic species and dental radiogra-',
  'phy would be welcome.',
].join('\n')

describe('reflowWrappedText', () => {
  it('joins the lines a wrap broke inside sentences, keeping the length and every offset', () => {
    const reflowed = reflowWrappedText(wrapped)
    expect(reflowed).toHaveLength(wrapped.length)
    expect(reflowed).toContain('nursing and at least three years')
    expect(reflowed).toContain('out of hours cover')
    expect(reflowed).toContain('dental radiography')
    // The heading over the paragraph keeps its own line.
    expect(reflowed.startsWith('Requirements\n')).toBe(true)
    const at = wrapped.indexOf('Knowledge of anaesthetic')
    expect(reflowed.slice(at, at + 9)).toBe('Knowledge')
  })

  it('leaves lists, short lines and closed sentences as they are, in PT and ES too', () => {
    const lists = [
      'Requisitos',
      'experiência com atendimento ao público em lojas de departamento',
      'conhecimento do pacote Office e de sistemas de frente de caixa',
      '',
      'Qué buscamos:',
      '- manejo de caja y arqueo diario en tiendas de conveniencia o similares',
      '- disponibilidad para turnos rotativos de lunes a domingo con francos',
      'Te ofrecemos un buen clima de trabajo y capacitación permanente para',
      'crecer.',
    ].join('\n')
    const reflowed = reflowWrappedText(lists)
    expect(reflowed.split('\n').slice(0, 7)).toEqual(lists.split('\n').slice(0, 7))
    // Only the sentence cut after "para" goes on.
    expect(reflowed).toContain('permanente para crecer.')
  })

  it('lets the parser read each ask of a wrapped paragraph', () => {
    const labels = parsePosting(`Veterinary Nurse\n\n${wrapped}`, loadTaxonomy()).requirements.map(
      (requirement) => requirement.label,
    )
    expect(labels.some((label) => /\bat$/u.test(label))).toBe(false)
    expect(labels.some((label) => /^least\b/u.test(label))).toBe(false)
    expect(labels.join(' | ')).toMatch(/radiography/u)
  })
})
