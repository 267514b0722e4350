import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

const read = (text: string) => parsePosting(text, taxonomy).requirements
const find = (text: string, pattern: RegExp) =>
  read(text).find((requirement) => pattern.test(`${requirement.label} ${requirement.source.text}`))

describe('parsePosting: a bare line over a list is its heading (parser 24)', () => {
  it('a line ending in a colon over bullets names the list, in words no lexicon knows (ES)', () => {
    const text =
      'Panadero/a\nRequisitos:\n- Dos años elaborando masas madre\n- Manejo de horno de piso\n' +
      'Nada de esto es obligatorio, aunque te dará ventaja en la entrevista:\n- Curso de pastelería francesa\n' +
      '- Experiencia en obrador artesanal\n'
    const requirements = read(text)
    expect(requirements.some((requirement) => /obligatorio/.test(requirement.source.text))).toBe(false)
    expect(find(text, /pasteler/)?.kind).toBe('nice_to_have')
  })

  it('an unmarked line between two lists heads the second one (EN)', () => {
    const text =
      'Dog Groomer\nWhat we ask\n- Two years grooming dogs in a salon\n- Confident handling nervous animals\n' +
      'Bits that would help us pick you (apply even if you have none of them)\n- City & Guilds dog grooming certificate\n' +
      '- Hand stripping\n'
    const requirements = read(text)
    expect(requirements.some((requirement) => /help us pick/.test(requirement.source.text))).toBe(false)
    expect(find(text, /Guilds/)?.kind).toBe('nice_to_have')
  })

  it('a bare line between two lists is no requirement, and its list is still read (PT)', () => {
    const text =
      'Eletricista predial\nRequisitos\n- Curso técnico em eletrotécnica\n- NR-10 em dia\n' +
      'Coisas que pesam a seu favor na escolha final\n- Experiência com quadros de comando\n- CNH categoria B\n'
    const requirements = read(text)
    expect(requirements.some((requirement) => /pesam/.test(requirement.source.text))).toBe(false)
    expect(find(text, /quadros de comando/)).toBeDefined()
  })
})

describe('parsePosting: a full stop after a title does not end the sentence (parser 24)', () => {
  it('"Dra." before a name keeps the sentence whole (ES)', () => {
    const text =
      'Asistente veterinario\nNecesitas tres años de experiencia en clínicas de pequeños animales, con la Dra. ' +
      'Morales o un equipo similar como referencia. También pedimos el curso de radioprotección vigente.\n'
    expect(read(text).some((requirement) => /Dra\.$/.test(requirement.source.text.trim()))).toBe(false)
  })

  it('"Prof." before a name keeps the sentence whole (EN)', () => {
    const text =
      'Lab Assistant\nYou need two years in a teaching lab, ideally under Prof. Hughes or a similar academic. ' +
      'We also ask for a current first aid certificate.\n'
    expect(read(text).some((requirement) => /Prof\.$/.test(requirement.source.text.trim()))).toBe(false)
  })
})

describe('parsePosting: an optional ask told in a bracket (parser 24)', () => {
  it('a bracket with its own "is a plus" is a second, optional ask (EN)', () => {
    const text =
      'Crane Operator\nRequirements\n- Tower crane operation (a slinger ticket is a plus)\n- Two years on site\n'
    expect(find(text, /slinger/)?.kind).toBe('nice_to_have')
    expect(find(text, /Tower crane/)?.kind).toBe('required')
    expect(find(text, /Tower crane/)?.label).not.toMatch(/slinger/)
  })

  it('a bracket that will "also weigh" something is a second, optional ask (ES)', () => {
    const text =
      'Operario de grúa\nRequisitos\n- Manejo de grúa torre (también se valorará manejo de plataforma elevadora)\n' +
      '- Dos años en obra\n'
    expect(find(text, /plataforma/)?.kind).toBe('nice_to_have')
    expect(find(text, /grúa torre/)?.kind).toBe('required')
  })

  it('a bracket with "é um diferencial" is a second, optional ask (PT)', () => {
    const text =
      'Operador de empilhadeira\nRequisitos\n- Curso de operador de empilhadeira (NR-35 é um diferencial)\n- Ensino médio\n'
    expect(find(text, /NR-35/)?.kind).toBe('nice_to_have')
    expect(find(text, /Curso de operador/)?.kind).toBe('required')
  })
})

describe('parsePosting: a condition praised, not required (parser 24)', () => {
  it('"si … o …, mucho mejor" is one optional ask (ES)', () => {
    const text =
      'Mecánico de motos\nBuscamos a alguien con dos años de experiencia en talleres de motos.\n' +
      'Si conoces la inyección electrónica o has reparado scooters eléctricos, mucho mejor.\n'
    const found = read(text).filter((requirement) => /inyecci|scooters/.test(requirement.source.text))
    expect(found.length).toBeGreaterThan(0)
    expect(found.every((requirement) => requirement.kind === 'nice_to_have')).toBe(true)
    expect(found.every((requirement) => /inyecci/.test(requirement.source.text))).toBe(true)
  })

  it('"if …, even better" is optional (EN)', () => {
    const text =
      'Bike Mechanic\nWe need someone with two years fixing road bikes in a shop.\n' +
      'If you have built wheels by hand, even better.\n'
    expect(find(text, /wheels/)?.kind).toBe('nice_to_have')
  })

  it('"se …, melhor ainda" is optional (PT)', () => {
    const text =
      'Mecânico de bicicletas\nProcuramos alguém com dois anos de oficina de bicicletas.\n' +
      'Se você já montou rodas à mão, melhor ainda.\n'
    expect(find(text, /rodas/)?.kind).toBe('nice_to_have')
  })
})

describe('parsePosting: "; also …" opens a further ask on the same footing (parser 24)', () => {
  it('the clause before "; también" is kept and the one after takes its kind (ES)', () => {
    const text =
      'Jardinero/a\nBuscamos a alguien con dos años de experiencia en mantenimiento de jardines.\n' +
      'Si tienes el carné de aplicador de fitosanitarios, tienes un plus; también suma la experiencia con riego ' +
      'por goteo (Rain Bird o Hunter) y el uso de desbrozadoras de gasolina en terrenos con mucha pendiente.\n'
    const licence = read(text).find(
      (requirement) =>
        /fitosanitarios/.test(requirement.source.text) && !/goteo/.test(requirement.source.text),
    )
    expect(licence?.kind).toBe('nice_to_have')
    const drip = read(text).find((requirement) => /goteo/.test(requirement.source.text))
    expect(drip?.kind).toBe('nice_to_have')
  })
})

describe('parsePosting: a second head after "and" opens a second ask (parser 24)', () => {
  const sources = (text: string) => read(text).map((requirement) => requirement.source.text)

  it('"… and knowledge of …" is asked apart (EN)', () => {
    const found = sources(
      'Pool Technician\nRequirements\n- Dosing of pool chemicals and knowledge of their hazard labels\n',
    )
    expect(found.some((source) => /hazard labels/.test(source) && !/Dosing/.test(source))).toBe(true)
  })

  it('"… y experiencia manejando …" is asked apart (ES)', () => {
    const found = sources(
      'Repartidor\nRequisitos\n- Licencia de moto vigente y experiencia manejando motos de reparto en la ciudad\n',
    )
    expect(found.some((source) => /experiencia manejando/.test(source) && !/Licencia/.test(source))).toBe(
      true,
    )
  })

  it('"… e conhecimento das …" is asked apart (PT)', () => {
    const found = sources(
      'Auxiliar de piscina\nRequisitos\n- Dosagem de produtos para piscina e conhecimento das normas de segurança\n',
    )
    expect(found.some((source) => /conhecimento das normas/.test(source) && !/Dosagem/.test(source))).toBe(
      true,
    )
  })

  it('a head shared by "de A y de B" asks for each (ES), but "capaz de A y de velar por B" stays whole', () => {
    const found = sources(
      'Guardavidas\nRequisitos\n- Carnés vigentes de socorrismo acuático y de desfibrilador\n' +
        '- Persona capaz de trabajar sola y de velar por la seguridad de los bañistas\n',
    )
    expect(found.some((source) => /desfibrilador/.test(source) && !/socorrismo/.test(source))).toBe(true)
    expect(found.some((source) => /^de velar/.test(source))).toBe(false)
  })
})

describe('parsePosting: an emoji before a capital ends a sentence (parser 24)', () => {
  it('the sentence after the emoji is read under its own cue (ES)', () => {
    const text =
      'Cuidadora\nBuscamos una persona puntual y paciente, que tenga auto propio para los traslados al centro 😊 ' +
      'Se valora si sabe cocinar para dietas blandas y si tiene nociones de lengua de señas chilena.\n'
    const requirements = read(text)
    expect(requirements.find((requirement) => /puntual/.test(requirement.label))?.kind).toBe('required')
    expect(
      requirements.some(
        (requirement) =>
          /dietas blandas/.test(requirement.source.text) && !/puntual/.test(requirement.source.text),
      ),
    ).toBe(true)
  })

  it('the sentence after the emoji is read under its own cue (EN)', () => {
    const text =
      'Nanny\nWe need someone punctual and calm who holds a full driving licence for the school runs 🚗 ' +
      'It is a plus if you can cook for a toddler with allergies and if you know some baby sign language.\n'
    const requirements = read(text)
    expect(requirements.find((requirement) => /punctual/.test(requirement.label))?.kind).toBe('required')
  })
})

describe('parsePosting: "if A and if B" asks for each (parser 24)', () => {
  const sources = (text: string) => read(text).map((requirement) => requirement.source.text)

  it('"se valora si A y si B" gives two optional asks (ES)', () => {
    const found = sources(
      'Cocinero\nRequisitos\n- Dos años en cocina de hotel\n- Se valora si conoces cocina peruana y si has trabajado con hornos mixtos\n',
    )
    expect(found.some((source) => /hornos mixtos/.test(source) && !/peruana/.test(source))).toBe(true)
  })

  it('"a plus if A and if B" gives two optional asks (EN)', () => {
    const found = sources(
      'Cook\nRequirements\n- Two years in a hotel kitchen\n- A plus if you know Thai cooking and if you have used combi ovens\n',
    )
    expect(found.some((source) => /combi ovens/.test(source) && !/Thai/.test(source))).toBe(true)
  })
})

describe('parsePosting: the work told in the simple future is no requirement (parser 24)', () => {
  it('"-arás / -erás" duties are set aside, "necesitarás" still asks (ES)', () => {
    const text =
      'Mecánico/a\nRequisitos\n- Tres años en taller de camiones\n- Necesitarás carné de conducir C.\n' +
      'Revisarás los frenos de la flota, atenderás las averías en ruta y llevarás el registro de repuestos.\n' +
      'Ganarás puntos si conoces la metodología Kanban para equipos de soporte.\n'
    const requirements = read(text)
    expect(requirements.some((requirement) => /Revisarás/.test(requirement.source.text))).toBe(false)
    expect(requirements.some((requirement) => /carné/.test(requirement.source.text))).toBe(true)
    // A future with a condition on the reader weighs what they know: it stays an ask.
    expect(find(text, /Kanban/)).toBeDefined()
  })

  it('"você + -rá" duties are set aside (PT)', () => {
    const text =
      'Mecânico\nRequisitos\n- Três anos em oficina de caminhões\n- CNH categoria C\n' +
      'Você revisará os freios da frota, atenderá as panes na estrada e controlará o estoque de peças.\n'
    expect(read(text).some((requirement) => /revisará/.test(requirement.source.text))).toBe(false)
  })
})

describe('parsePosting: qualities listed with one ability the taxonomy files as a skill (parser 24)', () => {
  const labels = (text: string) => read(text).map((requirement) => requirement.label)

  it('keeps every quality beside the skill (ES)', () => {
    const found = labels(
      'Cajero\nRequisitos\n- Buena dicción, habilidades de atención al cliente y constancia\n',
    )
    expect(found.some((label) => /dicción/.test(label))).toBe(true)
    expect(found.some((label) => /constancia/.test(label))).toBe(true)
  })

  it('keeps every quality beside the skill (EN)', () => {
    const found = labels('Receptionist\nRequirements\n- Calm manner, typing skills and discretion\n')
    expect(found.some((label) => /Calm manner/.test(label))).toBe(true)
    expect(found.some((label) => /discretion/.test(label))).toBe(true)
    // An ability that opens the list frames it: one ask, its objects are not qualities.
    const framed = labels('Analyst\nRequirements\n- Ability to work across finance, legal, and sales teams\n')
    expect(framed).not.toContain('legal')
  })

  it('keeps every quality beside the skill (PT)', () => {
    const found = labels('Recepcionista\nRequisitos\n- Voz agradável, habilidade de digitação e discrição\n')
    expect(found.some((label) => /Voz agradável/.test(label))).toBe(true)
    expect(found.some((label) => /discrição/.test(label))).toBe(true)
  })
})

describe('parsePosting: a quality named as command of oneself (parser 24)', () => {
  const labels = (text: string) => read(text).map((requirement) => requirement.label)

  it('"autocontrol" makes a list of qualities (ES)', () => {
    const found = labels(
      'Guardia\nRequisitos\n- Puntual, cuidadoso con los equipos y con autocontrol en las discusiones\n',
    )
    expect(found.some((label) => /^con autocontrol/.test(label))).toBe(true)
    expect(found.some((label) => /^cuidadoso/.test(label))).toBe(true)
  })

  it('"autocontrole" makes a list of qualities (PT), "automação" names no quality', () => {
    const found = labels(
      'Vigia\nRequisitos\n- Pontual, educado com os visitantes e com autocontrole em momentos de pressão\n- Automação residencial\n',
    )
    expect(found.some((label) => /^com autocontrole/.test(label))).toBe(true)
    expect(read('Vigia\nRequisitos\n- Automação residencial\n')[0]?.type).not.toBe('trait')
  })
})

describe('parsePosting: a role named for both genders under the page line is the title (parser 24)', () => {
  it('"Panadero(a) con experiencia – …" is set aside as the title (ES)', () => {
    const text =
      'Portal   Empleos   Empresas   Ingresar\nPanadero(a) con experiencia – Panadería de barrio\n' +
      'Requisitos:\n- Dos años en panadería artesanal\n'
    const parsed = parsePosting(text, taxonomy)
    expect(parsed.requirements.some((requirement) => /Panadero\(a\)/.test(requirement.source.text))).toBe(
      false,
    )
    expect(
      parsed.requirements.some((requirement) => /panadería artesanal/.test(requirement.source.text)),
    ).toBe(true)
  })

  it('"Confeiteiro/a com experiência – …" is set aside as the title (PT)', () => {
    const text =
      'Portal   Vagas   Empresas   Entrar\nConfeiteiro/a com experiência – Doceria no centro\n' +
      'Requisitos:\n- Dois anos em confeitaria\n'
    expect(read(text).some((requirement) => /Confeiteiro\/a/.test(requirement.source.text))).toBe(false)
  })
})
