import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { sentenceFurniture } from './find-page-furniture'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()
const asks = (text: string, words: string) =>
  parsePosting(text, taxonomy).requirements.some((requirement) =>
    `${requirement.label} ${requirement.source.text}`.toLowerCase().includes(words.toLowerCase()),
  )

describe('sentenceFurniture: the employer counting what it serves or where it is', () => {
  it('sets aside the employer counting its reach or yearly customers, in EN, PT and ES', () => {
    expect(sentenceFurniture('Now we deliver to 11 provinces and still roast every bean in Halifax.')).toBe(
      'company',
    )
    expect(sentenceFurniture('Two decades later we feed 40,000 commuters a month.')).toBe('company')
    expect(sentenceFurniture('Hoje atendemos 3 mil pacientes por mês.')).toBe('company')
    expect(sentenceFurniture('Hoy despachamos a 9 regiones desde Valparaíso.')).toBe('company')
  })

  it('keeps what the reader works, and asks, however counted', () => {
    expect(sentenceFurniture('We need 2 years of forklift experience.')).toBeNull()
    expect(sentenceFurniture('Now we need someone who can load 300 boxes a day.')).toBeNull()
  })
})

describe('sentenceFurniture: a business told by its own years', () => {
  it('sets aside a business noun with years of its own, in EN, PT and ES', () => {
    expect(sentenceFurniture('Bakery with 40 years on the high street, loyal regulars and two ovens.')).toBe(
      'company',
    )
    expect(sentenceFurniture('Oficina com 25 anos na cidade e clientela fiel.')).toBe('company')
    expect(sentenceFurniture('Taller con más de 20 años reparando motos en Quilmes.')).toBe('company')
    // A role announced with no quality asked of the person is the employer's too.
    expect(
      sentenceFurniture(
        'Empresa textil con más de 30 años exportando a Chile requiere supervisor de planta para su sede.',
      ),
    ).toBe('company')
  })

  it('keeps a person or a qualification with years, and a role announced with what it needs', () => {
    expect(sentenceFurniture('Técnico con 5 años de experiencia en calderas.')).toBeNull()
    expect(sentenceFurniture('Profissional com 3 anos em folha de pagamento.')).toBeNull()
    expect(
      sentenceFurniture('Taller con 20 años en Quilmes requiere mecánico con licencia profesional.'),
    ).toBeNull()
  })
})

describe('sentenceFurniture: calls to share the post', () => {
  it('sets aside a call to like, share or tag, in EN, PT and ES', () => {
    expect(sentenceFurniture('Share this with a mechanic you know! 🔧')).toBe('call-to-action')
    expect(sentenceFurniture('Compartilhe pra chegar em mais gente! 🙏')).toBe('call-to-action')
    expect(sentenceFurniture('Marque um amigo cozinheiro 👇')).toBe('call-to-action')
    expect(sentenceFurniture('¡Comparte con tus contactos!')).toBe('call-to-action')
  })

  it('keeps sharing that is the work', () => {
    expect(sentenceFurniture('Share knowledge with the rest of the kitchen')).toBeNull()
    expect(sentenceFurniture('Compartir buenas prácticas de seguridad')).toBeNull()
  })
})

describe('sentenceFurniture: perks and a board describing itself', () => {
  it('sets aside perks said as a subject, a list or a help towards costs, in EN, PT and ES', () => {
    expect(sentenceFurniture('Perks include vision, a bike scheme and a cinema night (honestly).')).toBe(
      'benefits',
    )
    expect(sentenceFurniture('Free lunch on Fridays, paid study days, 3 weeks PTO')).toBe('benefits')
    expect(sentenceFurniture('Os benefícios incluem plano de saúde e vale-refeição.')).toBe('benefits')
    expect(sentenceFurniture('Auxílio para academia')).toBe('benefits')
    expect(sentenceFurniture('Ayuda para estudios de posgrado')).toBe('benefits')
  })

  it('keeps asks and channels that look like perks', () => {
    expect(sentenceFurniture('Paid search, paid social and email campaigns')).toBeNull()
    expect(sentenceFurniture('Apoio ao cliente por telefone')).toBeNull()
  })

  it('sets aside a board counting its own listings', () => {
    expect(
      sentenceFurniture('Jobhawk has thousands of openings plus salary data and employer reviews.'),
    ).toBe('interface')
    expect(sentenceFurniture('O Vagalume reúne milhares de vagas em todo o Brasil.')).toBe('interface')
  })
})

describe('parsePosting: job-details schedule rows and applying by e-mail', () => {
  it('sets aside a schedule row of board tags, and keeps a schedule asked in a sentence', () => {
    const text = [
      'Line cook',
      'Shift and schedule: Night shift, Weekends, Holidays',
      'Requirements',
      '- 1 year on a grill line',
      '- Must work weekends',
    ].join('\n')
    expect(sentenceFurniture('Schedule: Morning shift, Tuesday to Saturday, On call')).toBe('benefits')
    expect(sentenceFurniture('Horario: lunes a viernes de 8 a 17 horas')).toBeNull()
    expect(asks(text, 'Night shift')).toBe(false)
    expect(asks(text, 'work weekends')).toBe(true)
  })

  it('sets aside a call to apply whose e-mail subject is quoted, in PT and ES', () => {
    expect(
      sentenceFurniture(
        'Interessados: cadastre-se no site ou mande o currículo para vagas@acme.com.br com o título "Soldador".',
      ),
    ).toBe('call-to-action')
    expect(sentenceFurniture('Envía tu hoja de vida a empleo@acme.co con el título "Soldador TIG".')).toBe(
      'call-to-action',
    )
  })
})

describe('parsePosting: a sentence of perks in a paragraph', () => {
  it('sets aside its last coordinated item with it, in EN and PT', () => {
    const en = [
      'Baker',
      'You bake bread from 4am and must have two years in a bakery. Perks include dental, a bike scheme, and a free loaf every day (really).',
    ].join('\n')
    expect(asks(en, 'free loaf')).toBe(false)
    expect(asks(en, 'two years in a bakery')).toBe(true)
    const pt = [
      'Padeiro',
      'Você precisa ter dois anos em padaria e carteira de saúde. Os benefícios incluem plano odontológico, vale-transporte e um pão de queijo por dia.',
    ].join('\n')
    expect(asks(pt, 'pão de queijo')).toBe(false)
    expect(asks(pt, 'dois anos em padaria')).toBe(true)
  })
})
