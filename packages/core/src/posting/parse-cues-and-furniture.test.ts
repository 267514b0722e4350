import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { findProofDocuments } from './find-proof-documents'
import { parsePosting } from './parse-posting'
import { readInlineKind } from './posting-cues'
import { scoreHeadingWords } from './score-cue-words'

// Headings, kind cues and page furniture read by structure and meaning. Phrasings written for these tests.

const taxonomy = loadTaxonomy()

function kinds(text: string): Array<[string, string]> {
  return parsePosting(text, taxonomy).requirements.map((item) => [item.source.text.trim(), item.kind])
}

function asked(text: string): string[] {
  return parsePosting(text, taxonomy).requirements.map((item) => item.source.text.trim())
}

describe('parsePosting: a site menu on a page whose line breaks were lost', () => {
  it('sets the menu aside, so a link named like a section opens none (EN, PT, ES)', () => {
    for (const [page, need] of [
      [
        'Jobly  Find work  Salary guide  Sign in  Forklift Driver - Northgate Depot - Leeds - Full time  Northgate Depot moves building supplies across the north. You must hold a counterbalance forklift licence and be able to lift 20 kg.',
        'counterbalance forklift licence',
      ],
      [
        'Empregos Já  Minhas vagas  Salários  Entrar  Repositor - Mercado Bom Dia - Londrina, PR - Tempo integral  O Mercado Bom Dia tem três lojas na cidade. É preciso ter ensino fundamental completo e disponibilidade aos domingos.',
        'ensino fundamental completo',
      ],
      [
        'TrabajoYa  Mis postulaciones  Beneficios  Ingresar  Repartidor - Farmacias Sol - Quito - Tiempo completo  Farmacias Sol atiende en doce locales de la ciudad y reparte a domicilio todos los días del año. Se requiere licencia tipo A y moto propia.',
        'licencia tipo A',
      ],
    ] as const) {
      const parsed = parsePosting(page, taxonomy)
      expect(
        parsed.sections.map((section) => section.name),
        page,
      ).not.toContain('benefits')
      expect(
        parsed.requirements.some((item) => item.source.text.includes(need)),
        page,
      ).toBe(true)
    }
  })

  it('keeps a heading and its items on lines of their own', () => {
    const found = kinds('Pharmacy\nBenefits\nRequirements\nPharmacy technician registration\n')
    expect(found).toContainEqual(['Pharmacy technician registration', 'required'])
  })
})

describe('scoreHeadingWords: what the listed things would do to someone', () => {
  it.each([
    'Vai deixar nossa banca de queixo caído na seleção',
    'Will make our chef smile during the interview',
    'Te hará brillar en la entrevista',
    'Vai fazer com que o time sorria na entrevista',
  ])('reads "%s" as nice to have', (heading) => {
    expect(scoreHeadingWords(heading, true, true)).toBe('nice_to_have')
  })

  it.each(['What will make you successful', 'O que te torna a pessoa certa para a vaga'])(
    'reads "%s", what makes someone right for the role, as required',
    (heading) => {
      expect(scoreHeadingWords(heading, true, true)).toBe('required')
    },
  )

  it.each(['O que você vai fazer no dia a dia', 'What you will do', 'Qué vas a hacer'])(
    'keeps "%s", which makes no one do anything, a duties heading',
    (heading) => {
      expect(scoreHeadingWords(heading, true, true)).toBe('responsibilities')
    },
  )

  it('reads the list under such a heading as extras', () => {
    const found = kinds(
      'Cozinheiro\n\nRequisitos:\n- Curso de manipulação de alimentos\nVai fazer nossa equipe sorrir na entrevista:\n- Experiência com cozinha japonesa\n',
    )
    expect(found).toContainEqual(['Experiência com cozinha japonesa', 'nice_to_have'])
  })
})

describe('parsePosting: an advantage whose need is denied', () => {
  it('reads "an asset but not required" as an extra, not as nothing asked (EN, PT, ES)', () => {
    for (const [paragraph, thing] of [
      [
        'Harbour Bakes has baked bread in Dunedin since 1961 and runs two shops. We are hiring a baker who can start at 4am. A food hygiene certificate is a bonus but not required.',
        'food hygiene certificate',
      ],
      [
        'A Padaria Estrela assa pão em Santos desde 1961 e tem duas lojas. Procuramos padeiro que possa começar às 4h. Curso de panificação é um diferencial, mas não é obrigatório.',
        'Curso de panificação',
      ],
      [
        'La Panadería Norte hornea pan en Rosario desde 1961 y tiene dos locales. Buscamos panadero que pueda entrar a las 4. El curso de pastelería suma, pero no es excluyente.',
        'curso de pastelería',
      ],
    ] as const) {
      const found = kinds(`Baker\n\n${paragraph}`)
      expect(
        found.some(([text, kind]) => text.includes(thing) && kind === 'nice_to_have'),
        paragraph,
      ).toBe(true)
    }
  })

  it('still asks nothing when the need is only denied', () => {
    const found = asked(
      'Baker\n\nHarbour Bakes has baked bread in Dunedin since 1961 and runs two shops. No previous experience required. You must be able to start at 4am.',
    )
    expect(found.some((text) => /experience/i.test(text))).toBe(false)
  })
})

describe('parsePosting: conditions of the job beside an optional sentence', () => {
  it('keeps a condition required though another sentence of the paragraph states an option', () => {
    const found = kinds(
      'Glazier\n\nClearview Glass fits shopfronts across Bristol and has done since 1990. Experience with curtain walling would make you stand out. Shifts are 6 to 2, Monday to Friday.',
    )
    expect(found).toContainEqual(['Shifts are 6 to 2, Monday to Friday.', 'required'])
  })
})

describe('readInlineKind: cues of asking and of option', () => {
  it.each([
    'We want someone who keeps calm with difficult callers.',
    'Queremos alguém que tenha paciência com crianças.',
  ])('reads the person wanted in "%s" as asked', (line) => {
    expect(readInlineKind(line)).toBe('required')
  })

  it.each([
    'Tableau, even better',
    'A welding ticket is even better',
    'Espanhol fluente, melhor ainda',
    'Inglés intermedio; avanzado, mucho mejor',
    'Excel avanzado, todavía mejor si manejas macros',
    'Licencia de conducir preferible',
  ])('reads "%s" as nice to have', (line) => {
    expect(readInlineKind(line)).toBe('nice_to_have')
  })

  it.each([
    'Help us make the checkout even better.',
    'We want to be even better at serving our patients.',
    'Build an even better onboarding flow',
  ])('reads the work in "%s" as no cue', (line) => {
    expect(readInlineKind(line)).toBeNull()
  })
})

describe('parsePosting: an FAQ answer that states a requirement', () => {
  it('keeps what the answer says is required, and sets the question aside (EN, PT, ES)', () => {
    for (const [faq, thing] of [
      [
        'Q: Do I need my own van? A: Yes, a clean driving licence is required for every route.',
        'clean driving licence',
      ],
      [
        'Preciso ter experiência? Sim, o curso de vigilante é obrigatório para todos os turnos.',
        'curso de vigilante',
      ],
      [
        '¿Necesito carnet? Sí, el carnet de manipulador de alimentos es imprescindible para el puesto.',
        'carnet de manipulador de alimentos',
      ],
    ] as const) {
      const parsed = parsePosting(
        `Courier\n\nRequirements:\n- Good English\n\nFAQ\n${faq}\nQ: Is parking free? A: Yes.\n`,
        taxonomy,
      )
      expect(
        parsed.requirements.some((item) => item.source.text.includes(thing)),
        faq,
      ).toBe(true)
      expect(
        parsed.setAside.some((aside) => aside.reason === 'question' && aside.text.includes('?')),
        faq,
      ).toBe(true)
    }
  })

  it('sets aside an answer that only points back at the question', () => {
    const found = asked(
      'Cabin crew\n\nRequirements:\n- Swimming test\n\nFAQ\n¿Necesito el certificado médico? Sí, para esta selección es imprescindible.\n¿Hay uniforme? Sí.\n',
    )
    expect(found.some((text) => /selecci[oó]n/u.test(text))).toBe(false)
  })
})

describe('findProofDocuments', () => {
  it.each([
    [
      'Send your CV and a copy of your police clearance certificate to jobs@example.org',
      ['police clearance certificate'],
    ],
    [
      'Interessados enviar currículo e atestado de antecedentes criminais para rh@example.com.br',
      ['atestado de antecedentes criminais'],
    ],
    [
      'Interesadas enviar su hoja de vida, certificado de antecedentes y dos referencias al correo rh@example.com',
      ['certificado de antecedentes'],
    ],
  ])('finds the proof in "%s"', (line, expected) => {
    expect(findProofDocuments(line).map((span) => line.slice(span.start, span.end))).toEqual(expected)
  })

  it.each([
    'Send your resume and three photos of your joinery to hello@example.com',
    'Envie seu currículo com pretensão salarial para vagas@example.com',
  ])('finds none in a call that asks only for the application: "%s"', (line) => {
    expect(findProofDocuments(line)).toEqual([])
  })

  it('asks for the proof a call to apply names, not for the CV', () => {
    const found = asked(
      'Cuidadora\n\nBuscamos cuidadora con experiencia en adultos mayores.\nInteresadas enviar currículum y certificado de antecedentes penales al correo rh@example.com\n',
    )
    expect(found).toContain('certificado de antecedentes penales')
    expect(found.some((text) => /curr[ií]culum/u.test(text))).toBe(false)
  })
})

describe('parsePosting: a stop glued after a bracket before a one-letter word', () => {
  it('ends the sentence there', () => {
    const found = kinds(
      'Ajudante\n\nBoa comunicação com clientes (atendimento no balcão).É desejável ter curso de empilhadeira.',
    )
    expect(found).toContainEqual(['É desejável ter curso de empilhadeira.', 'nice_to_have'])
  })
})

describe('readInlineKind: a need said of the thing, or relayed in the third person', () => {
  it('reads "essential" in PT and ES as it does in EN', () => {
    expect(readInlineKind('dirigir bem à noite é essencial')).toBe('required')
    expect(readInlineKind('manejar la caja registradora es esencial')).toBe('required')
    expect(readInlineKind('a steady hand is essential')).toBe('required')
  })

  it('reads what the employer is said to demand as required, in EN, PT and ES', () => {
    expect(readInlineKind('na obra do porto eles exigem NR-35 em dia')).toBe('required')
    expect(readInlineKind('para el turno de noche ellos piden carnet de manipulador')).toBe('required')
    expect(readInlineKind('at the depot they require steel toe boots')).toBe('required')
    expect(readInlineKind('os clientes voltam sempre')).toBeNull()
  })
})
