import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { findMailFooter } from './find-mail-footer'
import { readPageLines } from './find-page-furniture'
import { headsAskedRun } from './heads-asked-run'
import { parsePosting } from './parse-posting'
import { readChatHeader, readHeaderLine, readsAsChatReply } from './reads-as-chat-reply'
import { reflowWrappedText } from './reflow-wrapped-text'
import { splitAskedRun } from './split-asked-run'

const taxonomy = loadTaxonomy()
const labels = (text: string) => parsePosting(text, taxonomy).requirements.map((item) => item.source.text)
const footerLines = (text: string) => {
  const lines = readPageLines(text)
  return [...findMailFooter(lines)].map((index) => lines[index]?.text.trim())
}

describe('findMailFooter', () => {
  it('takes the wrapped lines that go on with a disclaimer, in EN, PT and ES', () => {
    const english = [
      'Need a second baker for the early shift.',
      '',
      'PRIVILEGED & CONFIDENTIAL: the contents of this message are meant only for the people it',
      'is addressed to. If it reached you by mistake, tell us at once and remove it from your',
      'systems, including any copies.',
      'Bakery hours are 4 to noon.',
    ].join('\n')
    expect(footerLines(english)).toEqual([
      'PRIVILEGED & CONFIDENTIAL: the contents of this message are meant only for the people it',
      'is addressed to. If it reached you by mistake, tell us at once and remove it from your',
      'systems, including any copies.',
    ])
    const portuguese = [
      'AVISO: esta mensagem é confidencial e destinada apenas ao destinatário indicado; caso',
      'não seja você, apague-a e avise o remetente.',
    ].join('\n')
    expect(footerLines(portuguese)).toHaveLength(2)
    const spanish = [
      'Este correo es confidencial y se dirige solo a su destinatario. Si lo recibió por',
      'error, bórrelo.',
    ].join('\n')
    expect(footerLines(spanish)).toHaveLength(2)
  })

  it("reads a mailing list's unsubscribe footer", () => {
    expect(
      footerLines(
        'Para cancelar sua inscrição neste grupo, envie um e-mail para vagas+sair@exemplo.org\n' +
          'Para darte de baja de esta lista escribe a bolsa-baja@ejemplo.org',
      ),
    ).toHaveLength(2)
  })

  it('takes the signature under a closing, but not a line that asks', () => {
    const signed = [
      'Saludos cordiales,',
      'Lucía Ferrán',
      'Jefa de Taller | Carpintería Ferrán',
      'Av. de los Tilos 412, Piso 2 | Córdoba X5000',
      '+54 351 555 0192 | carpinteriaferran.example',
    ].join('\n')
    expect(footerLines(signed)).toEqual(signed.split('\n').slice(1))
    expect(footerLines('Thanks!\nTwo years of commercial kitchen experience')).toEqual([])
  })

  it('takes the few lines under a "--" signature separator', () => {
    expect(footerLines('Apply by Friday.\n--\nRota Logística · Rua do Porto 90 · Santos SP')).toEqual([
      'Rota Logística · Rua do Porto 90 · Santos SP',
    ])
  })

  it('keeps a forwarded posting: the footer notices ask nothing, the items above them do', () => {
    const posting = [
      'Fwd: Line cook',
      '',
      'What you should bring:',
      '  * Two years on a busy grill line, ideally somewhere that does brunch (diners, hotel',
      '    kitchens and food trucks all count)',
      '  * A current food handler card',
      '  * Weekends available',
      '',
      'Cheers,',
      '',
      'Noor Haddad',
      'Kitchen Manager | Ember & Oak',
      '88 Larch St. | Duluth, MN 55802',
      '',
      'NOTICE: This message and anything attached to it are confidential and meant only for the named',
      'recipient. Any use, copying or sharing of it by anyone else is not allowed and may be',
      'unlawful.',
      '--',
      'You are receiving this because you joined the Northland cooks group.',
      'To stop getting these messages, unsubscribe at lists.example/leave.',
    ].join('\n')
    const found = labels(posting)
    expect(found.some((text) => /grill line/u.test(text))).toBe(true)
    expect(found.some((text) => /food handler/u.test(text))).toBe(true)
    expect(found.some((text) => /Weekends/u.test(text))).toBe(true)
    expect(found.some((text) => /Larch|unlawful|copying|unsubscribe|receiving this/u.test(text))).toBe(false)
  })
})

describe('reflowWrappedText, for items and mail', () => {
  it('joins a list item wrapped under its own text (a hanging indent)', () => {
    const text = [
      '- Experiencia de dos años en atención al público (tiendas, farmacias o cajas de',
      '  supermercado sirven)',
      '- Secundaria completa',
    ].join('\n')
    const reflowed = reflowWrappedText(text)
    expect(reflowed).toHaveLength(text.length)
    expect(reflowed.split('\n')).toHaveLength(2)
    expect(reflowed.split('\n')[1]).toBe('- Secundaria completa')
  })

  it('leaves a sub-list under an item that heads it', () => {
    const text = '* Idiomas exigidos pela vaga, todos em nível avançado:\n    inglês\n    espanhol'
    expect(reflowWrappedText(text)).toBe(text)
  })
})

describe('headsAskedRun', () => {
  it('reads an unknown heading over a line that asks as the heading of what is asked', () => {
    const lines = (text: string) => readPageLines(text)
    expect(headsAskedRun(lines('Lo que piden ellos:\nTiene que tener licencia B\nsecundaria'), 0)).toBe(true)
    expect(headsAskedRun(lines("Here's the thing:\nYou'll need a forklift ticket\nsteel toes"), 0)).toBe(true)
    expect(headsAskedRun(lines('Sobre a loja:\nFica no centro, perto do metrô'), 0)).toBe(false)
  })

  it('lets the lines under such a heading be read as asks in a chat post', () => {
    const found = labels(
      'Vaga auxiliar de cozinha\n\nolha o q o restaurante ta querendo:\nprecisa ter experiência de 6 meses em cozinha industrial\n' +
        'ser pontual e caprichoso com a limpeza da praça e dos utensílios\nmorar perto da estação Barra Funda\n',
    )
    expect(found.some((text) => /pontual/u.test(text))).toBe(true)
    expect(found.some((text) => /Barra Funda/u.test(text))).toBe(true)
  })
})

describe('splitAskedRun', () => {
  const split = (text: string) =>
    splitAskedRun(text, 0, text.length).map((span) => text.slice(span.start, span.end))

  it('cuts a comma run of asks at the commas an ask opens after, in EN, PT and ES', () => {
    expect(
      split(
        'experiência de 2 anos em padaria, saber operar forno de lastro, ensino fundamental completo, pontualidade',
      ),
    ).toEqual([
      'experiência de 2 anos em padaria',
      'saber operar forno de lastro',
      'ensino fundamental completo',
      'pontualidade',
    ])
    expect(
      split('tener licencia clase B, conocimiento de rutas de la zona norte, vivir en Maipú, puntualidad'),
    ).toHaveLength(4)
    expect(
      split(
        'a degree in horticulture, knowledge of irrigation, hand tools, and pumps, availability on Saturdays',
      ),
    ).toEqual([
      'a degree in horticulture',
      'knowledge of irrigation, hand tools, and pumps',
      'availability on Saturdays',
    ])
  })

  it('leaves a list of examples or a single ask whole', () => {
    expect(split('experiência com Excel, Word, PowerPoint e Outlook')).toHaveLength(1)
    expect(split('conocimiento de SAP, experiencia en compras')).toHaveLength(1)
  })

  it('gives each ask of a run-together requirements line its own requirement', () => {
    const found = labels(
      'Padeiro\n\nRequisitos: experiência de 2 anos em padaria artesanal, saber operar forno de lastro e masseira, ' +
        'quem já trabalhou com confeitaria será um diferencial, ensino fundamental completo, disponibilidade para ' +
        'trabalhar aos domingos pela manhã.\n',
    )
    expect(found).toContain('ensino fundamental completo')
    expect(found.some((text) => /^disponibilidade para trabalhar aos domingos/u.test(text))).toBe(true)
  })
})

describe('chat threads', () => {
  const thread = [
    'Empleos Rosario',
    '[18:02] Pablo Ibáñez: Buenas! Busco repartidor en moto para una farmacia de zona centro',
    'tener moto propia con papeles al día',
    'experiencia de 1 año en reparto',
    '[18:05] Vero G: hay para chicas?',
    '[18:06] Pablo Ibáñez: sí Vero, para cualquiera. Ah y tiene que conocer bien el macrocentro',
    '[18:08] Luis: necesito laburo urgente',
    '[18:09] Vero G: 🙌',
  ].join('\n')

  it('reads a header given with the time alone', () => {
    expect(readChatHeader('[18:06] Pablo Ibáñez: sí')?.sender).toBe('pablo ibanez')
    expect(readChatHeader('[6:06 PM] Pablo: ok')).not.toBeNull()
    expect(readChatHeader('18:06 se cierra el local')).toBeNull()
  })

  it("takes another participant's message for a reply, whatever its words", () => {
    const lines = thread.split('\n').map((text) => ({ text }))
    expect(readsAsChatReply(lines, 4)).toBe(true)
    expect(readsAsChatReply(lines, 6)).toBe(true)
    expect(readsAsChatReply(lines, 5)).toBe(false)
  })

  it("reads the poster's ask in a reply, without its header or the answer around it", () => {
    const found = labels(thread)
    expect(found.some((text) => /conocer bien el macrocentro/u.test(text))).toBe(true)
    expect(found.some((text) => /\[18:|Vero|laburo|cualquiera/u.test(text))).toBe(false)
  })

  it('does the same in English and Portuguese', () => {
    const english = labels(
      'Warehouse jobs\n[07:40] Dee Carter: Hiring pickers for a cold store in Reno\nmust have 6 months picking with RF scanners\n' +
        "[07:44] Sam: is it nights?\n[07:45] Dee Carter: days only. Oh and you'll need your own thermal boots\n",
    )
    expect(english.some((text) => /thermal boots/u.test(text))).toBe(true)
    expect(english.some((text) => /nights|days only/u.test(text))).toBe(false)
    const portuguese = labels(
      'Vagas ABC\n[12:01] Rita: Vaga de caixa em mercado de Santo André\nensino médio completo\nexperiência com PDV\n' +
        '[12:03] Bruno: tem q ter experiência?\n[12:04] Rita: tem sim Bruno. e vc precisa ter disponibilidade aos domingos\n',
    )
    expect(portuguese.some((text) => /domingos/u.test(text))).toBe(true)
    expect(portuguese.some((text) => /Bruno/u.test(text))).toBe(false)
  })
})

describe('the poster of a chat thread', () => {
  it("takes the sender of the longest message for the poster, not an admin's greeting before it", () => {
    const spanish = [
      '[07:58] Admin Bolsa Mendoza: Buen día grupo, recuerden que solo se publican ofertas de trabajo',
      '[08:10] Olga Vidal: Busco ayudante de cocina para rotisería en Godoy Cruz',
      'experiencia de 1 año en cocina',
      'saber usar cortadora de fiambre',
      'turno tarde de 15 a 23',
      '[08:12] Nico P: hay que tener carnet de manipulador?',
      '[08:14] Olga Vidal: sí Nico. Ah y tiene que vivir cerca, cerramos tarde',
      '[08:15] Admin Bolsa Mendoza: gracias Olga 👍',
    ].join('\n')
    const lines = spanish.split('\n').map((text) => ({ text }))
    expect(readsAsChatReply(lines, 0)).toBe(true)
    expect(readsAsChatReply(lines, 7)).toBe(true)
    expect(readsAsChatReply(lines, 6)).toBe(false)
    expect(labels(spanish).some((text) => /vivir cerca/u.test(text))).toBe(true)
    const english = labels(
      [
        '[19:01] Group Admin: Welcome new members! No selling in the group please',
        '[19:20] Kev Dunne: Need a second man for a plastering crew in Leeds',
        '3 yrs skimming experience',
        'own van and tools',
        '[19:22] Lisa: is it cash in hand?',
        "[19:25] Kev Dunne: no Lisa, PAYE. Oh and you'll need your CSCS card",
      ].join('\n'),
    )
    expect(english.some((text) => /CSCS/u.test(text))).toBe(true)
    expect(english.some((text) => /Welcome|selling/u.test(text))).toBe(false)
  })
})

describe('chat messages under a header of their own', () => {
  const thread = [
    'Grupo: Vagas Cozinha Curitiba',
    'Joana Prado (RH), [03.02.27 09:10]',
    'Oi Sérgio, me passa o perfil do cozinheiro?',
    'Sérgio Matos (Chef), [03.02.27 09:14]',
    '- dois anos em cozinha de restaurante à la carte',
    '- saber trabalhar com forno combinado',
    '- curso de boas práticas de manipulação',
    'Joana Prado (RH), [03.02.27 09:16]',
    'Ok! E o horário?',
    'Sérgio Matos (Chef), [03.02.27 09:18]',
    'Tarde e noite, Joana. E conhecer cozinha japonesa é um diferencial',
  ].join('\n')

  it('reads the sender of a header alone on its line', () => {
    expect(readHeaderLine('Joana Prado (RH), [03.02.27 09:10]')).toBe('joana prado (rh)')
    expect(readHeaderLine('Tom Hale, [2/3/2027 9:10 AM]')).toBe('tom hale')
    expect(readHeaderLine('Entrada às 09:10')).toBeNull()
    expect(readHeaderLine('Turno [09:10 - 18:00]')).toBeNull()
  })

  it("takes the line under it for the message's first, and the poster's later message for an addition", () => {
    const lines = thread.split('\n').map((text) => ({ text }))
    expect(readsAsChatReply(lines, 2)).toBe(true)
    expect(readsAsChatReply(lines, 8)).toBe(true)
    const found = labels(thread)
    expect(found.some((text) => /cozinha japonesa/u.test(text))).toBe(true)
    expect(found.some((text) => /Joana|perfil|hor[aá]rio/u.test(text))).toBe(false)
  })
})

describe('how to apply by mail', () => {
  it('sets aside replying to the message, not calling, and the subject to use', () => {
    const found = labels(
      [
        'Mecánico de motos',
        '',
        'Requisitos:',
        '- Dos años en taller de motos',
        '- Licencia A2',
        '',
        'Si te interesa, responde a este correo con tu CV y fotos de trabajos.',
        'Por favor no llamar al taller.',
        'Poner en el asunto MECÁNICO MOTOS.',
        'Please reply to this message with two references.',
        "Please don't phone the front desk.",
        'Coloque no assunto o nome da vaga.',
      ].join('\n'),
    )
    expect(found.some((text) => /taller de motos/u.test(text))).toBe(true)
    expect(found.some((text) => /correo|llamar|asunto|reply|phone|assunto/u.test(text))).toBe(false)
  })
})
