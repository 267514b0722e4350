import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { announcesBareSearch } from './announces-bare-search'
import { parsePosting } from './parse-posting'
import { classifyHeading, findRequirementPredicate } from './posting-cues'
import { readsAsMailWrapping } from './reads-as-mail-wrapping'

const taxonomy = loadTaxonomy()

// Postings whose asks sit in prose that no list or cue word marks: a heading asked as a question, a need said of
// everyone the employer takes, a greeting to a mailing list above the forwarded text, a person sought by description.

describe('classifyHeading: a question about whom the employer seeks', () => {
  it('reads "whom" in EN, PT and ES as the question word it is, so the heading asks', () => {
    expect(classifyHeading('Whom we seek')).toBe('required')
    expect(classifyHeading('A quem procuramos')).toBe('required')
    expect(classifyHeading('¿A quién buscamos')).toBe('required')
    expect(classifyHeading('Quiénes somos')).toBe('company')
  })

  it('opens the asked section under a question heading on a careers page, not an FAQ answer', () => {
    const page = `Oficina Técnica Norte

¿A quién buscamos?
Pedimos como mínimo tres años de experiencia en mantenimiento de ascensores y carnet de conducir B.

Preguntas frecuentes
¿Puedo enviar el CV por correo? Sí, a la dirección de abajo.
`
    const posting = parsePosting(page, taxonomy)
    expect(posting.setAside.some((aside) => aside.text.includes('ascensores'))).toBe(false)
    expect(posting.requirements.some((requirement) => requirement.source.text.includes('ascensores'))).toBe(
      true,
    )
  })
})

describe('findRequirementPredicate: everyone the employer takes as the subject of a need', () => {
  it('reads the need as asked (EN, PT, ES)', () => {
    expect(findRequirementPredicate('Everybody must hold a current first aid card')).not.toBeNull()
    expect(findRequirementPredicate('Everyone who joins the crew needs to be able to swim')).not.toBeNull()
    expect(findRequirementPredicate('Todos precisam ter disponibilidade aos domingos')).not.toBeNull()
    expect(findRequirementPredicate('Todo el mundo tiene que saber usar la radio')).not.toBeNull()
  })

  it('leaves a sentence about everyone that needs nothing unread', () => {
    expect(findRequirementPredicate('Everyone gets a free lunch on Fridays')).toBeNull()
    expect(findRequirementPredicate('Todos os dias abrimos às sete')).toBeNull()
  })
})

describe('findRequirementPredicate: having to know or handle something', () => {
  it('asks what the reader has to handle, as it asks what they have to hold', () => {
    expect(findRequirementPredicate('Tenés que dominar el torno paralelo')).not.toBeNull()
    expect(findRequirementPredicate('Tens que saber operar a empilhadeira')).not.toBeNull()
    expect(findRequirementPredicate('Tienes que manejar hojas de cálculo')).not.toBeNull()
  })
})

describe('findRequirementPredicate: people sought by description', () => {
  it('reads people, gente and pessoas as the person sought', () => {
    expect(findRequirementPredicate("We're looking for people with a forklift ticket")).not.toBeNull()
    expect(findRequirementPredicate('Buscamos gente con ganas de aprender')).not.toBeNull()
    expect(findRequirementPredicate('Procuramos pessoas com CNH categoria D')).not.toBeNull()
  })
})

describe('announcesBareSearch: a person sought and described', () => {
  it('does not take the description for the name of a role', () => {
    expect(announcesBareSearch('Buscamos gente ordenada, amable')).toBe(false)
    expect(announcesBareSearch('Procuramos pessoas pacientes')).toBe(false)
    expect(announcesBareSearch("We're looking for people tidy and calm")).toBe(false)
  })

  it('still takes a search that names only the role or a bare person as asking nothing', () => {
    expect(announcesBareSearch('Buscamos soldador para incorporación inmediata')).toBe(true)
    expect(announcesBareSearch("We're looking for people")).toBe(true)
  })
})

describe('readsAsMailWrapping: a greeting to the members of a list', () => {
  it('reads the greeting, whatever group it names (EN, PT, ES)', () => {
    expect(readsAsMailWrapping('Dear members:')).toBe(true)
    expect(readsAsMailWrapping('Prezados associados,')).toBe(true)
    expect(readsAsMailWrapping('Estimados socios:')).toBe(true)
  })

  it('does not read an ask that opens with a greeting word', () => {
    expect(readsAsMailWrapping('Estimados socios: se requiere carnet de conducir B')).toBe(false)
  })
})
