import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedRequirement } from '../types'
import { sentenceFurniture } from './find-page-furniture'
import { parsePosting } from './parse-posting'
import { readInlineKind } from './posting-cues'
import { scoreHeadingWords } from './score-cue-words'

const taxonomy = loadTaxonomy()
const parse = (text: string) => parsePosting(text, taxonomy)
const find = (requirements: readonly ParsedRequirement[], words: string) =>
  requirements.find((requirement) =>
    `${requirement.label} ${requirement.source.text}`.toLowerCase().includes(words.toLowerCase()),
  )
const mentions = (text: string, words: string) => find(parse(text).requirements, words) !== undefined

describe('headings and cues read by what they do to the candidate', () => {
  it('reads a section word with a causative relative clause as that section', () => {
    expect(scoreHeadingWords('Extras que deixam seu currículo mais forte', false)).toBe('nice_to_have')
    expect(scoreHeadingWords('Bonuses that would make your application glow', false)).toBe('nice_to_have')
    expect(scoreHeadingWords('Puntos que te hacen resaltar', false)).toBe('nice_to_have')
    // A thing named before the relative keeps its content: no heading.
    expect(scoreHeadingWords('Pallet racking that makes the aisles narrow', false)).toBeNull()
  })

  it('reads a whole-word stem in its inflections', () => {
    expect(scoreHeadingWords("What we're asking of applicants", true)).toBe('required')
    expect(scoreHeadingWords('What we are asking', false)).toBe('required')
  })

  it('reads the candidate put ahead of the others as optional', () => {
    expect(readInlineKind('A hazmat endorsement puts you ahead of the pack')).toBe('nice_to_have')
    expect(readInlineKind('Saber soldar TIG te coloca adelante')).toBe('nice_to_have')
    expect(readInlineKind('Quem tiver empilhadeira passa na frente da fila')).toBe('nice_to_have')
    // Work ahead of something, or at the front of a place, asks nothing optional.
    expect(readInlineKind('Ability to stay ahead of supplier delays')).toBeNull()
    expect(readInlineKind('Cover the front of house when the bar is busy')).toBeNull()
  })

  it('reads what weighs in the candidate’s favour, counts as well, or is taken into account as optional', () => {
    expect(readInlineKind('Knowing Revit would weigh in your favour')).toBe('nice_to_have')
    expect(readInlineKind('Experiência com e-commerce joga a seu favor')).toBe('nice_to_have')
    expect(readInlineKind('El francés también cuenta')).toBe('nice_to_have')
    expect(readInlineKind('A forklift ticket counts too')).toBe('nice_to_have')
    expect(readInlineKind('Un posgrado en logística será muy tomado en cuenta')).toBe('nice_to_have')
    expect(readInlineKind('Prior NHS work will be taken into account')).toBe('nice_to_have')
  })

  it('reads the ideal person described, the role needing, or a passive demand as required', () => {
    expect(readInlineKind('The ideal candidate has a CDL and a clean record')).toBe('required')
    expect(readInlineKind('O profissional ideal tem paciência e boa letra')).toBe('required')
    expect(readInlineKind('This position requires a background check')).toBe('required')
    expect(readInlineKind('Working every other Sunday is expected')).toBe('required')
  })

  it('reads a wish to meet a kind of person as asking for that person', () => {
    expect(readInlineKind("We'd like to hear from applicants who have run a night shift")).toBe('required')
    expect(readInlineKind('Gostaríamos de conhecer pessoas que tenham vivência em padaria')).toBe('required')
    expect(readInlineKind("We'd love to see more Kotlin")).toBe('nice_to_have')
  })

  it('takes a longer inline label when its length is the weighing of a cue', () => {
    const text =
      'Warehouse Lead\nRequirements:\n- Forklift licence\nWhat would truly work in your favour at interview: a Six Sigma belt.\n'
    expect(find(parse(text).requirements, 'Six Sigma')?.kind).toBe('nice_to_have')
  })
})

describe('kinds across the sentences of a paragraph', () => {
  it('keeps a need stated by a predicate apart from the optional sentence after it', () => {
    const text =
      'Sommelier\nWe require a WSET Level 3 award and two years on a restaurant floor. A Coravin course is desirable.\n'
    const requirements = parse(text).requirements
    expect(find(requirements, 'WSET')?.kind).toBe('required')
    expect(find(requirements, 'Coravin')?.kind).toBe('nice_to_have')
  })

  it('reads a sentence by what it asks before its trailing preference', () => {
    const text =
      'Site Manager\nThe person we hire has run at least four housing sites, ideally ones with a timber frame. You read drawings well and you keep the diary tidy in Asta. You have held an SMSTS card.\n'
    const requirements = parse(text).requirements
    expect(find(requirements, 'drawings')?.kind).toBe('required')
    expect(find(requirements, 'SMSTS')?.kind).toBe('required')
  })

  it('ends a trailing preference where a clause of the reader begins', () => {
    const text =
      'Baker\nWhat you bring\nYou have baked bread for three years, ideally in a wood-fired oven, and you can shape 200 baguettes an hour.\n'
    const requirements = parse(text).requirements
    expect(find(requirements, 'wood-fired')?.kind).toBe('nice_to_have')
    expect(find(requirements, 'baguettes')?.kind).toBe('required')
  })

  it('reads a preferred gerund as a second, optional thing', () => {
    const text =
      'Veterinary Nurse\nRequirements:\n- Three years in small-animal practice, ideally monitoring anaesthesia in theatre\n'
    const requirements = parse(text).requirements
    expect(find(requirements, 'anaesthesia')?.kind).toBe('nice_to_have')
    expect(find(requirements, 'small-animal')?.kind).toBe('required')
  })

  it('asks every condition a predicate of needing opens', () => {
    const text =
      'Courier\nRequirements:\n- Own van\nNice to have:\n- Multi-drop routes\nThe position requires a DBS check and a drugs test before the first shift.\n'
    const requirements = parse(text).requirements
    expect(find(requirements, 'DBS')?.kind).toBe('required')
    expect(find(requirements, 'drugs test')?.kind).toBe('required')
  })

  it('cuts two clauses that each say they are optional, and drops a clause of cues alone', () => {
    const text =
      'Eletricista\nRequisitos:\n- Curso técnico em eletrotécnica\nQuem tiver NR-10 ou NR-33 sai na frente, e noção de CLP também soma bastante.\n- Conhecimento de Excel e Word, desejável mas não obrigatório;\n'
    const requirements = parse(text).requirements
    expect(find(requirements, 'CLP')?.source.text).not.toContain('NR-10')
    expect(find(requirements, 'CLP')?.kind).toBe('nice_to_have')
    expect(requirements.some((requirement) => /^desejável/u.test(requirement.label))).toBe(false)
  })
})

describe('sections whose lines were not the posting', () => {
  it('does not make the first list optional after a heading whose lines were all furniture', () => {
    const text =
      'Forklift Driver\nAcme Logistics\nProfile insights\nHere’s how the job qualifications align with your profile.\nOn the checklist:\n- A counterbalance licence\n- Two years in a busy warehouse\n'
    const requirements = parse(text).requirements
    expect(requirements.filter((requirement) => requirement.kind === 'nice_to_have')).toEqual([])
    expect(find(requirements, 'busy warehouse')?.kind).toBe('required')
  })

  it('reads a labelled line after the list of extras as no extra', () => {
    const text =
      'Padeiro\nRequisitos:\n1. Experiência com massa folhada;\nDesejável:\n1. Curso no SENAI.\nHorário: terça a sábado, das 4h às 12h.\n'
    const requirements = parse(text).requirements
    expect(find(requirements, 'terça a sábado')?.kind).toBe('required')
    expect(find(requirements, 'SENAI')?.kind).toBe('nice_to_have')
  })

  it('reads a heading of extras that names the application as a heading, not a call to apply', () => {
    const text =
      'Analista Fiscal\nRequisitos:\n- Superior em Contábeis\nExtras que deixam seu currículo mais forte\n- SPED Fiscal\n- Inglês técnico\n'
    expect(find(parse(text).requirements, 'SPED')?.kind).toBe('nice_to_have')
  })
})

describe('junk that is not a requirement', () => {
  it('sets aside a named employer defined by its class, counted per year, or aged by its own years', () => {
    expect(
      sentenceFurniture('The Ropewalk is a 400-seat theatre on the harbour, staging drama and opera.'),
    ).toBe('company')
    expect(
      sentenceFurniture(
        'Harbour Light Sailing School coaches about 900 young and adult sailors a year from our pontoon in Falmouth.',
      ),
    ).toBe('company')
    expect(
      sentenceFurniture(
        'Panadería Doña Rosa lleva 30 años horneando pan de masa madre en Puebla; empezamos con un horno.',
      ),
    ).toBe('company')
    expect(sentenceFurniture('Python is a must.')).toBeNull()
    expect(sentenceFurniture('Excel is a tool you will use daily.')).toBeNull()
  })

  it('sets aside a listing headline, a labelled vacancy name and a footer', () => {
    const text =
      'LINE COOK - Ember & Oak Grill - Boise, ID - Part-time - $17-$21/hr\nRequirements:\n- Two years on a grill station\n© Ember & Oak 2026. Privacidad.\n'
    const requirements = parse(text).requirements
    expect(requirements.map((requirement) => requirement.source.text)).toEqual([
      'Two years on a grill station',
    ])
    expect(
      mentions(
        'Intro\n🔔 VACANTE: COCINERO (turno noche) – Sucursal Centro, Mérida\nRequisitos:\n- Dos años en cocina\n',
        'COCINERO',
      ),
    ).toBe(false)
  })

  it('sets aside the replies under a posting shared in a chat', () => {
    const text =
      '[09:10, 21/03] Marta Obras: Pessoal, a Construtora Horizonte precisa de pedreiro.\nRequisitos: experiência com alvenaria estrutural; NR-35 em dia.\n[09:14, 21/03] Júlio: Meu cunhado trabalhou lá 5 anos, vou passar pra ele\n'
    const requirements = parse(text).requirements
    expect(find(requirements, 'cunhado')).toBeUndefined()
    expect(find(requirements, 'NR-35')).toBeDefined()
  })

  it('sets aside the label over a block of questions behind its pictograph', () => {
    const text =
      'Barista\nRequirements:\n- One year on an espresso machine\n❓ FAQ\nQ: Do I need my own apron? A: No, we give you two.\nQ: Is there parking? A: Yes, behind the shop.\n'
    expect(mentions(text, 'FAQ')).toBe(false)
  })

  it('sets aside a line of benefits whose cover is joined to its plan', () => {
    expect(sentenceFurniture('Vale-alimentação, plano de saúde e odontológico, auxílio-creche.')).toBe(
      'benefits',
    )
  })

  it('reads the work described as duties and keeps what it makes necessary', () => {
    const text =
      'Estate Agent\nThe job involves showing flats to buyers, valuing homes and chasing solicitors, so a full driving licence and a calm phone manner are essential.\n'
    const parsed = parse(text)
    expect(find(parsed.requirements, 'showing flats')).toBeUndefined()
    expect(find(parsed.requirements, 'driving licence')?.kind).toBe('required')
    expect(parsed.responsibilities.some((duty) => duty.includes('showing flats'))).toBe(true)
  })
})
