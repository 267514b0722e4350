import { describe, expect, it } from 'vitest'
import { marksParagraphWithPictograph } from './marks-paragraph-with-pictograph'

const LONG = 280

describe('marksParagraphWithPictograph', () => {
  it('reads a long post of several sentences opened by an emoji as a paragraph (EN, PT, ES)', () => {
    for (const line of [
      '📢 HIRING A BAKER for our corner shop in town. We need someone who can start at 4am and knows sourdough well. Pay is weekly and we close on Sundays. You must bring your own knives and apron, and a food hygiene card is a must for everyone on the line. Message me here or drop by the counter before noon.',
      '🔧🚗 Oficina no centro contrata mecânico com experiência em motor diesel. Precisa ter CNH B e saber usar scanner automotivo. Horário de segunda a sexta, das 8h às 18h, com uma hora de almoço. Quem tiver curso do Senai sai na frente. Interessados chamar no privado com currículo e referências das últimas oficinas.',
      '✂️ Se busca peluquera para salón en el barrio, con al menos dos años cortando y tiñendo. Que sepa hacer mechas y alisados sin supervisión. El horario es de martes a sábado de 10 a 19. Si además sabes maquillar, mejor. Pasar con currículum por el local de lunes a viernes por la tarde, preguntar por Marta.',
    ])
      expect(marksParagraphWithPictograph(line, LONG), line.slice(0, 20)).toBe(true)
  })

  it('keeps an emoji item one item, however long its one sentence', () => {
    expect(marksParagraphWithPictograph('✅ Two years on a commercial kitchen line', LONG)).toBe(false)
    expect(
      marksParagraphWithPictograph(
        '✅ Experiência com manutenção preventiva e corretiva de máquinas de costura industriais, retas, overloques e galoneiras, de várias marcas e modelos, incluindo a regulagem de pontos e a troca de peças de desgaste, em confecções de médio e grande porte da região',
        LONG,
      ),
    ).toBe(false)
    expect(marksParagraphWithPictograph('- We need a baker. Start at 4am. Sourdough is a must.', LONG)).toBe(
      false,
    )
  })
})
