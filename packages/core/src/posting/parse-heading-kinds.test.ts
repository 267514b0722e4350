import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { namesEmployerInAbout } from './names-employer-in-about'
import { parsePosting } from './parse-posting'
import { classifyHeading } from './posting-cues'
import { readsCompanyByPronounOnly } from './score-cue-words'

// Whole sections read by the right kind: a metaphor heading yields to the asks under it, a reward after the asks is the
// extras, "About" and a name is the employer, a one-word class of qualification opens the asks. Phrasings written for
// these tests, in EN, PT and ES.

const taxonomy = loadTaxonomy()

function kinds(text: string): Array<[string, string]> {
  return parsePosting(text, taxonomy).requirements.map((item) => [
    item.source.text.replace(/^[^\p{L}\p{N}]+/u, '').trim(),
    item.kind,
  ])
}

function kindOf(found: Array<[string, string]>, fragment: string): string | undefined {
  return found.find(([source]) => source.includes(fragment))?.[1]
}

describe('parsePosting: metaphor headings yield to what their lists ask', () => {
  it('reads a list of credentials under a metaphor heading after the duties as required, and a reward list after it as extras', () => {
    for (const [heading, asks, reward, extras] of [
      [
        'What should be packed in your toolbox before the first shift',
        [
          'High school diploma',
          'A certificate in electrical installation from a recognised college',
          '3 years of residential wiring work',
          "Class C driver's licence",
          'Clean background check within the last year',
          'Tetanus vaccination',
          'Patience and a steady hand',
        ],
        'Bits that earn you a biscuit',
        ['Spanish for talking with homeowners', 'Solar panel installation certification'],
      ],
      [
        'O que precisa estar na sua mochila antes da primeira obra',
        [
          'Ensino médio completo',
          'Certificado de eletricista pela escola técnica',
          '3 anos de instalações residenciais',
          'CNH categoria B',
          'Atestado de antecedentes criminais recente',
          'Vacina antitetânica em dia',
          'Paciência e mão firme',
        ],
        'Temperos que deixam sua ficha mais saborosa',
        ['Inglês para ler manuais de inversores', 'Certificação em instalação de painéis solares'],
      ],
      [
        'Lo que debe ir en tu caja antes de la primera obra',
        [
          'Secundaria completa',
          'Certificado de electricista de un instituto técnico',
          '3 años en instalaciones domiciliarias',
          'Licencia de conducir clase B',
          'Certificado de antecedentes penales reciente',
          'Vacuna antitetánica al día',
          'Paciencia y pulso firme',
        ],
        'Cosas que te hacen brillar más',
        ['Inglés para leer manuales de inversores', 'Certificación en instalación de paneles solares'],
      ],
    ] as const) {
      const text = `Brightline Electric\n\nThe day\n• Install outlets, switches and panels in new homes\n• Troubleshoot faults with a multimeter\n\n${heading}\n${asks.map((line) => `• ${line}`).join('\n')}\n\n${reward}\n${extras.map((line) => `• ${line}`).join('\n')}\n`
      const found = kinds(text)
      expect(kindOf(found, asks[2]), heading).toBe('required')
      expect(kindOf(found, asks[0]), heading).toBe('required')
      expect(kindOf(found, extras[1]), reward).toBe('nice_to_have')
    }
  })

  it('reads the listed things winning the reader something as the extras, and the reader earning as pay', () => {
    for (const heading of [
      'Bits that win you a biscuit',
      'Coisas que te rendem pontos',
      'Lo que te gana puntos',
    ])
      expect(classifyHeading(heading, true), heading).toBe('nice_to_have')
    expect(classifyHeading("What you'll earn", true)).toBe('benefits')
    expect(classifyHeading('Skills that get you hired', true)).not.toBe('nice_to_have')
  })

  it('keeps a clear duties heading over a list with a few odd items (near miss)', () => {
    const text =
      'Acme Logistics\n\nResponsibilities\n• Load and unload trailers\n• Scan parcels into the system\n• Keep the dock clean\n• Count the stock each Friday\n• Forklift licence\n\nRequirements\n• Two years of warehouse work\n'
    const found = kinds(text)
    expect(kindOf(found, 'Two years of warehouse work')).toBe('required')
    expect(parsePosting(text, taxonomy).responsibilities.join('\n')).toContain('Load and unload trailers')
  })
})

describe('parsePosting: a heading the employer’s only by the one it persuades', () => {
  it('reads asks under it after the required list as the extras', () => {
    for (const [required, heading, extra] of [
      ['Requirements', 'With these you win us over sooner:', 'Experience with Salesforce reporting'],
      ['Requisitos', 'Com isso você nos conquista mais rápido:', 'Experiência com relatórios no Salesforce'],
      ['Requisitos', 'Con esto nos ganas antes:', 'Experiencia con reportes en Salesforce'],
    ] as const) {
      const text = `Acme\n\n${required}\n- 2 years in inside sales\n- Fluent English\n\n${heading}\n- ${extra}\n- Inglés intermedio\n`
      expect(kindOf(kinds(text), extra), heading).toBe('nice_to_have')
    }
  })

  it('leaves the employer speaking of itself to the employer (near miss)', () => {
    expect(readsCompanyByPronounOnly('Who we are')).toBe(false)
    expect(readsCompanyByPronounOnly('About us')).toBe(false)
    expect(readsCompanyByPronounOnly('Sobre nós')).toBe(false)
    expect(readsCompanyByPronounOnly('Things that impress us')).toBe(true)
    expect(readsCompanyByPronounOnly('Con esto nos convences')).toBe(true)
  })
})

describe('parsePosting: "About" and a proper name is the employer', () => {
  it('reads the heading as the company in EN, PT and ES', () => {
    for (const heading of ['About Brightwater Foods', 'Sobre a Metalúrgica Ipê', 'Acerca de Grupo Lumen']) {
      expect(namesEmployerInAbout(heading), heading).toBe(true)
      expect(classifyHeading(heading), heading).toBe('company')
    }
  })

  it('leaves the role, the reader and section words alone (near misses)', () => {
    for (const heading of [
      'About The Role',
      'Sobre a Vaga',
      'Acerca del Puesto',
      'About You',
      'About Benefits',
    ])
      expect(namesEmployerInAbout(heading), heading).toBe(false)
    expect(namesEmployerInAbout('About the team lead role we are filling')).toBe(false)
  })

  it('takes no asks from what the employer says of itself', () => {
    for (const [heading, about] of [
      ['About Brightwater Foods', 'For 40 years we have baked bread for three states. We are 300 people.'],
      ['Sobre a Metalúrgica Ipê', 'Há 25 anos fabricamos peças de aço. Somos 410 pessoas em duas fábricas.'],
      ['Acerca de Grupo Lumen', 'Hace 30 años fabricamos luminarias. Somos 200 personas en Rosario.'],
    ] as const) {
      const text = `Planner\n\n${heading}\n${about}\n\nRequirements\n- SAP PP in daily use\n`
      const sources = kinds(text).map(([source]) => source)
      expect(sources.join('\n'), heading).not.toContain(about.slice(0, 12))
    }
  })
})

describe('parsePosting: a one-word class of qualification opens the asks', () => {
  it('reads the prose under "Formação", "Education", "Formación" as required and never sets the heading aside', () => {
    for (const [heading, degree] of [
      ['Formação', 'Superior completo em Engenharia Civil ou Arquitetura.'],
      ['Education', "Bachelor's degree in Civil Engineering or Architecture."],
      ['Formación', 'Título universitario en Ingeniería Civil o Arquitectura.'],
    ] as const) {
      const text = `Site planner\n\nWhat you will do\n• Plan the weekly pours with the site crews\n• Update the schedule in the planning tool\n\n${heading}\n${degree}\n\nWhat we offer\n- Health plan\n`
      const parsed = parsePosting(text, taxonomy)
      expect(kindOf(kinds(text), degree.slice(0, 15)), heading).toBe('required')
      expect(
        parsed.setAside.map((line) => line.text.trim()),
        heading,
      ).not.toContain(heading)
    }
  })

  it('reads the one-word class only where the form says heading (near miss)', () => {
    for (const word of ['Idiomas', 'Languages', 'Licencias', 'Escolaridade'])
      expect(classifyHeading(word, true), word).toBe('required')
    // A bare word in running text is no heading: boards put such labels in their widgets.
    expect(classifyHeading('Licenses')).toBeNull()
    // Two words naming more than the class are left to the other rules.
    expect(classifyHeading('Language support team', true)).not.toBe('required')
  })
})
