import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()
const read = (text: string) =>
  parsePosting(text, taxonomy).requirements.map((requirement) => `${requirement.type}:${requirement.label}`)
const item = (line: string) => read(`Requirements:\n- ${line}`)
const requisito = (line: string) => read(`Requisitos:\n- ${line}`)

describe('parsePosting: a list of qualities gives one trait per quality (parser 18)', () => {
  it('reads English qualities WordNet files as feelings, with their complements, one by one', () => {
    expect(item('Cheerful, tidy and unfazed by a full waiting room')).toEqual([
      'trait:Cheerful',
      'trait:tidy',
      'trait:unfazed by a full waiting room',
    ])
    // "coachable" is in no dictionary: beside a quality WordNet knows, the list says what it is.
    expect(item('Confident with walk-in customers and coachable')).toEqual([
      'trait:Confident with walk-in customers',
      'trait:coachable',
    ])
    // A possessive's noun phrase after "and" goes on the complement before it; "steady" is a quality of its own.
    expect(item('Gentle with residents and their relatives, and steady when an alarm goes off')).toEqual([
      'trait:Gentle with residents and their relatives',
      'trait:steady when an alarm goes off',
    ])
    // What follows a colon elaborates the last quality; a compound of a bent of mind is a quality.
    expect(item('Punctual and quality-minded: you would rather redo a weld than ship it')).toEqual([
      'trait:Punctual',
      'trait:quality-minded: you would rather redo a weld than ship it',
    ])
    // A comma between a lone adjective and the adjective and noun after it joins two words of one noun, and a
    // contrast narrows the quality before it.
    expect(item('Friendly, upbeat phone manner')).toEqual(['trait:Friendly, upbeat phone manner'])
    expect(item('Reliable, not just with the regulars')).toEqual([
      'trait:Reliable, not just with the regulars',
    ])
    expect(item('Warm and courteous phone voice')).toEqual(['trait:Warm and courteous phone voice'])
    // A quality word before the thing it modifies is no quality: "satisfaction surveys" are a task.
    expect(item('Satisfaction surveys and complaint logs')).not.toContain('trait:complaint logs')
  })

  it('reads a Portuguese or Spanish list as qualities when most of it names qualities', () => {
    expect(requisito('Gentileza, capricho e muita dedicação 🙌')).toEqual([
      'trait:Gentileza',
      'trait:capricho',
      'trait:muita dedicação',
    ])
    expect(requisito('Puntualidad, cuidado con las herramientas y atención')).toEqual([
      'trait:Puntualidad',
      'trait:cuidado con las herramientas',
      'trait:atención',
    ])
    expect(requisito('Buena imagen, trato cercano y orientación al cliente')).toEqual([
      'trait:Buena imagen',
      'trait:trato cercano',
      'trait:orientación al cliente',
    ])
    // A lead-in that states a disposition is one too; the list after the colon is read item by item.
    expect(requisito('Gostar de crianças: calma e jeito para propor brincadeiras')).toEqual([
      'trait:Gostar de crianças',
      'trait:calma',
      'trait:jeito para propor brincadeiras',
    ])
    // A capacity may introduce a skill, and a participle names a state as often as a character: no list of qualities.
    expect(requisito('Capacidad para pintar y empapelar')).not.toContain('trait:empapelar')
    expect(requisito('Registro atualizado e quitado')).not.toContain('trait:quitado')
    // An adjective after a noun describes the noun: a craft done with flair is a skill, not a quality.
    expect(requisito('Marcenaria fina e pintura decorativa')).not.toContain('trait:pintura decorativa')
  })
})

describe('parsePosting: the person described, in more frames (parser 18)', () => {
  it('reads "someone who is …", "people who are … and who …" and a frame after a lead-in', () => {
    expect(
      read(
        'Dog groomer\n\nYou will wash, dry and trim dogs of every size.\n\nWhat matters most to us: we want someone who is gentle with nervous dogs, keeps the tables clean, and answers the phone warmly.',
      ),
    ).toEqual([
      'trait:gentle with nervous dogs',
      'trait:keeps the tables clean',
      'trait:answers the phone warmly',
    ])
    expect(item('We value people who are patient and who take pride in a true wheel.')).toEqual([
      'trait:patient',
      // The predicate of conduct is read without its relative (find-conduct-qualities).
      'trait:take pride in a true wheel',
    ])
  })

  it('reads "someone who" with a verb of conduct, but not with a verb of having', () => {
    expect(item('We also want someone who keeps cool at rush hour and listens before answering')).toEqual([
      'trait:keeps cool at rush hour',
      'trait:listens before answering',
    ])
    expect(item('Someone who has run a bakery')).not.toContain('trait:has run a bakery')
    // The reader addressed in the subjunctive ("que seas …") is described too.
    expect(requisito('seas muy ordenado/a.')).toEqual(['trait:muy ordenado/a'])
    expect(item('A keen eye for detail')).toEqual(['trait:A keen eye for detail'])
  })

  it('reads "ser uma pessoa …" and coordinated relatives in Portuguese and Spanish', () => {
    expect(requisito('Ser uma pessoa pontual, reservada com dados dos pacientes e com boa escuta')).toEqual([
      'trait:pontual',
      'trait:reservada com dados dos pacientes',
      'trait:com boa escuta',
    ])
    expect(
      requisito('Buscamos una persona amable y ordenada, que no falte y que cuide los materiales'),
    ).toEqual(['trait:amable', 'trait:ordenada', 'trait:que no falte', 'trait:que cuide los materiales'])
    expect(
      read('Auxiliar de cozinha\nProcuramos alguém limpo, com bom ritmo e que goste de servir.'),
    ).toEqual(['trait:limpo', 'trait:com bom ritmo', 'trait:que goste de servir'])
  })

  it('reads the person described even when a quality the taxonomy knows is among the qualities', () => {
    expect(
      requisito('Procuramos alguém firme para cobrar prazos sem atritos, com boa comunicação e iniciativa'),
    ).toEqual(['trait:firme para cobrar prazos sem atritos', 'trait:com boa comunicação', 'trait:iniciativa'])
  })
})

describe('parsePosting: qualities beside skills and long qualities in a list of soft skills (parser 18)', () => {
  it('asks for the qualities listed beside a skill', () => {
    const labels = requisito('Manejo de Excel, honradez y buena disposición')
    expect(labels).toContain('trait:honradez')
    expect(labels).toContain('trait:buena disposición')
  })

  it('keeps a long conjunct that a quality opens, and a complement list whole', () => {
    expect(item('Teamwork and the composure to calm an angry caller')).toContain(
      'trait:the composure to calm an angry caller',
    )
    expect(requisito('Trabajo en equipo, saber mantener la calma y puntualidad')).toContain(
      'trait:saber mantener la calma',
    )
    expect(item('Clear communication with patients and visitors')).toEqual([
      'trait:Clear communication with patients and visitors',
    ])
  })
})

describe('parsePosting: an interest, and a description of the person that goes on (parser 18)', () => {
  it('reads an interest in a subject as a trait in EN, PT and ES', () => {
    expect(read('About you\nA real interest in old buildings\nExperience with lime mortar')).toContain(
      'trait:A real interest in old buildings',
    )
    expect(requisito('Interesse genuíno por jardinagem')).toEqual(['trait:Interesse genuíno por jardinagem'])
    expect(requisito('Interés por la cerámica')).toEqual(['trait:Interés por la cerámica'])
  })

  it('reads a line headed by a noun of character as a trait', () => {
    expect(item('Gentleness counts for more than speed on this ward.')).toEqual([
      'trait:Gentleness counts for more than speed on this ward.',
    ])
  })

  it('keeps a clause that goes on describing the person as a quality', () => {
    expect(
      read(
        'Museum guide\n\nYou will lead tours of the west wing.\n\nYou are warm, you enjoy questions from children, and you can keep a noisy group together without raising your voice.',
      ),
    ).toContain('trait:you can keep a noisy group together without raising your voice.')
  })
})
