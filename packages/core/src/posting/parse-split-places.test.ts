import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

const read = (text: string) => parsePosting(text, taxonomy).requirements
const sources = (text: string) => read(text).map((requirement) => requirement.source.text)

describe('a part singled out of a whole is an illustration of one ask', () => {
  it.each([
    ['en', 'Analyst\nRequirements:\n- Proficiency with the Office suite, in particular Excel\n'],
    ['pt', 'Analista\nRequisitos:\n- Domínio do pacote Office, em particular do Excel\n'],
    ['es', 'Analista\nRequisitos:\n- Manejo del paquete Office, en particular de Excel\n'],
  ])('keeps "in particular" with what it singles out (%s)', (_language, text) => {
    expect(read(text)).toHaveLength(1)
  })

  it('still asks apart for things joined by "and"', () => {
    expect(read('Engineer\nRequirements:\n- Docker and Kubernetes\n')).toHaveLength(2)
  })
})

describe('the letters of a designation are not a skill', () => {
  it('reads no one-letter skill from a bracket glued to a designation', () => {
    const found = read(
      'Developer\nRequirements:\n- Python and SQL\n- The Information Systems Professional designation (ISP(C)) in good standing\n',
    )
    expect(found.flatMap((requirement) => requirement.skillIds)).not.toContain('c')
    expect(found.some((requirement) => requirement.source.text.includes('ISP(C)'))).toBe(true)
  })

  it('still reads C named on its own', () => {
    const found = read('Developer\nRequirements:\n- Programming in C and Python\n')
    expect(found.flatMap((requirement) => requirement.skillIds)).toContain('c')
  })

  it.each([
    [
      'en',
      'Inspector\nRequirements:\n- The Certificate in Food Inspection (CFI), in good standing.\n',
      'good standing',
    ],
    ['pt', 'Vigilante\nRequisitos:\n- Curso de reciclagem de vigilante, em dia.\n', 'em dia'],
    ['es', 'Chofer\nRequisitos:\n- Licencia profesional categoría C, vigente.\n', 'vigente'],
  ])('keeps a state of validity with its credential (%s)', (_language, text, state) => {
    const found = sources(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(state)
  })
})

describe('means of one handling joined by "with" again', () => {
  it.each([
    ['es', 'Operador\nRequisitos:\n- Operación con mando a distancia y con palanca en cabina.\n'],
    ['pt', 'Operador\nRequisitos:\n- Operação com controle remoto e com alavanca na cabine.\n'],
    ['en', 'Operator\nRequirements:\n- Operating with remote control and with cab levers.\n'],
  ])('reads one ask (%s)', (_language, text) => {
    expect(read(text)).toHaveLength(1)
  })
})

describe('objects of one verb done in one manner', () => {
  it.each([
    ['en', 'Clerk\nRequirements:\n- Enters orders and delivery dates accurately\n'],
    ['pt', 'Auxiliar\nRequisitos:\n- Registra pedidos e datas de entrega corretamente\n'],
    ['es', 'Auxiliar\nRequisitos:\n- Registra pedidos y fechas de entrega correctamente\n'],
  ])('keeps the line whole (%s)', (_language, text) => {
    expect(read(text)).toHaveLength(1)
  })
})

describe('a part of a tenure counted with its own unit after "of which"', () => {
  it.each([
    [
      'en',
      'Cook\nRequirements:\n- Five years in kitchens, of which at least two years as sous chef\n',
      'sous chef',
    ],
    [
      'pt',
      'Cozinheiro\nRequisitos:\n- Cinco anos em cozinha, dos quais pelo menos dois anos como subchefe\n',
      'subchefe',
    ],
    [
      'es',
      'Cocinero\nRequisitos:\n- Cinco años en cocina, de los cuales dos años como segundo de cocina\n',
      'segundo',
    ],
  ])('asks the part with its own years (%s)', (_language, text, part) => {
    const found = read(text)
    const whole = found.find((requirement) => requirement.minYears === 5)
    const narrowed = found.find((requirement) => requirement.source.text.includes(part))
    expect(whole?.source.text).not.toContain(part)
    expect(narrowed?.minYears).toBe(2)
  })
})

describe('a tenure joined to a credential whose choices a comma closed', () => {
  it.each([
    [
      'pt',
      'Técnico\nRequisitos:\n- Curso técnico em Mecânica ou Eletromecânica, com registro ativo no CREA, e experiência mínima de um ano em manutenção de tratores\n',
      'manutenção de tratores',
    ],
    [
      'en',
      'Cook\nRequirements:\n- Food handler card or ServSafe, and proven experience in a busy kitchen\n',
      'busy kitchen',
    ],
    [
      'es',
      'Chef\nRequisitos:\n- Título de cocinero o técnico en gastronomía, y experiencia previa en cocina de hotel\n',
      'cocina de hotel',
    ],
  ])('asks the experience apart (%s)', (_language, text, field) => {
    const found = sources(text)
    const experience = found.find((source) => source.includes(field))
    expect(experience).toBeDefined()
    expect(found.filter((source) => source !== experience).length).toBeGreaterThan(0)
    expect(experience).not.toMatch(/^(?:Curso|Food|Título)/u)
  })
})

describe('a list of asks each offered as a choice', () => {
  it.each([
    [
      'es',
      'Recepcionista\nRequisitos:\n- Un año como recepcionista en hotel, hostal o camping, francés intermedio y buena presencia\n',
      'camping',
      'francés',
    ],
    [
      'pt',
      'Monitor\nRequisitos:\n- Espanhol ou francês intermediário, curso de brigadista ou de socorrista válido, e gosto por esportes\n',
      'socorrista',
      'Espanhol',
    ],
    [
      'en',
      'Host\nRequirements:\n- Two years in a hotel, cruise ship or resort, conversational French and a tidy appearance\n',
      'resort',
      'French',
    ],
  ])('cuts each choice from the next ask (%s)', (_language, text, inChoice, elsewhere) => {
    const found = sources(text)
    const choice = found.find((source) => source.includes(inChoice))
    expect(choice).toBeDefined()
    expect(choice).not.toContain(elsewhere)
  })

  it('leaves a list of things a frame of knowing takes with its frame', () => {
    const found = read(
      'Auxiliar\nRequisitos:\n- Conhecimento de estoque ou almoxarifado, inventário e etiquetagem\n',
    )
    expect(found.every((requirement) => requirement.source.text.startsWith('Conhecimento'))).toBe(true)
  })
})
