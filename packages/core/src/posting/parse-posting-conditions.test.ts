import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'
import { splitConditionClauses } from './split-condition-clauses'
import { statesJobCondition } from './states-job-condition'

const taxonomy = loadTaxonomy()

const conditions = (text: string) =>
  parsePosting(text, taxonomy)
    .requirements.filter((requirement) => requirement.type === 'logistics')
    .map((requirement) => requirement.label)

const credentials = (text: string) =>
  parsePosting(text, taxonomy)
    .requirements.filter((requirement) => requirement.type === 'certification')
    .map((requirement) => requirement.label)

const labels = (text: string) =>
  parsePosting(text, taxonomy).requirements.map((requirement) => requirement.label)

const clauses = (sentence: string) =>
  splitConditionClauses(sentence, 0, sentence.length).map((span) => sentence.slice(span.start, span.end))

describe('parsePosting: conditions of the job stated together (parser 18)', () => {
  it('a posture and a load in one ability are two conditions (EN)', () => {
    const found = conditions(
      'Requirements\n- Two years laying tiles\n- Able to kneel for long periods and carry up to 30 kg of tiles\n',
    )
    expect(found).toHaveLength(2)
    expect(found.some((label) => /kneel/.test(label) && !/carry/.test(label))).toBe(true)
    expect(found.some((label) => /carry/.test(label) && !/kneel/.test(label))).toBe(true)
  })

  it('a schedule and where to live, cut by a semicolon, are two conditions (PT)', () => {
    const found = conditions(
      'Requisitos\n- Experiência com vendas no varejo\n- Jornada de terça a sábado, das 9h às 18h; é preciso morar em Joinville ou região\n',
    )
    expect(found.some((label) => /terca|terça/.test(label) && !/Joinville/.test(label))).toBe(true)
    expect(found.some((label) => /Joinville/.test(label) && !/terça/.test(label))).toBe(true)
  })

  it('availability added to a schedule in its own words is a second condition (ES)', () => {
    const found = conditions(
      'Requisitos\n- Manejo de caja registradora\n- Horario de miércoles a domingo, de 14:00 a 22:00, con disponibilidad para cubrir feriados en temporada alta\n',
    )
    expect(found).toHaveLength(2)
    expect(found.some((label) => /feriados/.test(label) && !/miércoles/.test(label))).toBe(true)
  })

  it('a condition opening with a noun spelled like a duty verb is still cut (EN)', () => {
    const found = conditions(
      'Installer\nRequirements\n- Two years fitting kitchens\n- Travel is up to 40%, mostly day trips, and you must live within an hour of Leeds\n',
    )
    expect(found).toHaveLength(2)
  })

  it('a concession before "but" leads up to the condition after it (EN, ES)', () => {
    expect(
      clauses(
        'The job is remote anywhere in Canada, but you must work Atlantic time zone hours and spend a week each quarter in our Halifax office',
      ),
    ).toEqual([
      'The job is remote anywhere in Canada, but you must work Atlantic time zone hours',
      'spend a week each quarter in our Halifax office',
    ])
    expect(
      clauses('El trabajo es remoto, pero debes residir en Uruguay y tener pasaporte vigente'),
    ).toHaveLength(2)
  })

  it('a schedule whose clauses speak of one thing stays one condition', () => {
    expect(
      clauses(
        'Shifts run Wednesday to Sunday, 2 pm to 10 pm, and we expect extra hours around inventory counts',
      ),
    ).toHaveLength(1)
    expect(clauses('Disponible noches y fines de semana')).toHaveLength(1)
    expect(clauses('You need a quiet room, a headset and a fast connection')).toHaveLength(1)
    expect(clauses('Able to stand and walk for a whole shift and bend to low shelves')).toHaveLength(1)
    expect(clauses('Must clear a credit and criminal check')).toHaveLength(1)
    expect(clauses('Ter CNH B e moto própria')).toEqual(['Ter CNH B', 'moto própria'])
  })

  it('words that only look like conditions set no subject (stand out, the Internet, a sponsorship campaign)', () => {
    expect(
      clauses('Curiosity about the Internet and a knack for headlines would make you stand out'),
    ).toHaveLength(1)
    expect(
      clauses(
        'Draft media plans and help brands with launches (e.g. festival sponsorship campaigns), as well as events',
      ),
    ).toHaveLength(1)
  })

  it('a licence to drive and a vehicle of one’s own are two conditions, brackets aside', () => {
    expect(clauses("A clean driver's licence and your own car (fuel card provided)")).toEqual([
      "A clean driver's licence",
      'your own car (fuel card provided)',
    ])
  })
})

describe('parsePosting: a condition stated in prose or under terms (parser 18)', () => {
  it('a sentence of working hours in unheaded prose is asked, an invitation to apply is not (EN)', () => {
    const found = conditions(
      'Greenhouse Assistant\nMeadowbank Nursery grows shrubs and perennials for garden centres across the county.\nYou will water, pot on and label stock.\nYou should have some experience with plant propagation.\nHours are 7:30 am to 4 pm, Tuesday through Saturday.\nDrop in to apply Monday to Friday between 10 am and 2 pm.\n',
    )
    expect(found).toEqual(['Hours are 7:30 am to 4 pm, Tuesday through Saturday.'])
  })

  it('a place of work with how often the candidate is there is asked (PT)', () => {
    const found = conditions(
      'Vendedor(a) de Loja\nA Casa Aurora vende móveis planejados há vinte anos.\nVocê precisa ter experiência com vendas consultivas.\nA posição é presencial, com 3 dias por semana na loja de Niterói.\n',
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/Niterói/)
  })

  it('a schedule under a heading of terms is asked, the pay beside it is not (ES)', () => {
    const parsed = parsePosting(
      'Diseñador/a Junior\nRequisitos\n- Manejo de Illustrator\nCondiciones\nHíbrido: lunes y miércoles en el estudio de Rosario.\nSueldo a convenir según experiencia.\n',
      taxonomy,
    )
    const labels = parsed.requirements.map((requirement) => requirement.label)
    expect(labels.some((label) => /Rosario/.test(label))).toBe(true)
    expect(labels.some((label) => /Sueldo/.test(label))).toBe(false)
  })

  it('conditions listed under a heading of working conditions are asked, the perks beside them are not (PT)', () => {
    const found = conditions(
      'Cuidador(a) de Idosos\nRequisitos\n- Curso de cuidador\nCondições de trabalho\n- Escala 12x36 noturna\n- Morar em Niterói ou São Gonçalo\n- Não fumante\n- Vale-refeição e plano odontológico\n',
    )
    expect(found).toEqual(['Escala 12x36 noturna', 'Morar em Niterói ou São Gonçalo', 'Não fumante'])
  })

  it('reads a condition by its structure, not by its topic', () => {
    expect(statesJobCondition('The route runs Monday through Thursday.')).toBe(true)
    expect(statesJobCondition('Trabajo en oficina dos días por semana')).toBe(true)
    expect(statesJobCondition('Entrevistas de lunes a viernes de 9:00 a 13:00')).toBe(false)
    expect(statesJobCondition('Free lunch on Fridays')).toBe(false)
    expect(statesJobCondition('Support merchants as part of a 24x7 operations team')).toBe(false)
    expect(statesJobCondition('You will visit tenants who live in sheltered housing')).toBe(false)
    expect(statesJobCondition('You should live within half an hour of the clinic')).toBe(true)
    expect(statesJobCondition('Régimen de turnos 7x7 en faena')).toBe(true)
    expect(statesJobCondition('Turno rotativo de martes a domingo con un día libre')).toBe(true)
    expect(statesJobCondition('Based at the Fairview depot five days a week')).toBe(false)
    expect(statesJobCondition('On-site at the Fairview depot five days a week')).toBe(true)
  })
})

describe('parsePosting: a condition at the end of a list or after other asks (parser 18)', () => {
  it('the last item of a marked list is an item, not a heading over the next list (EN)', () => {
    const found = conditions(
      'Line Cook\n🔥 What you bring\n✔️ A year on a busy grill station\n✔️ Must clear a background check\n🌟 Extras\n🌟 Pastry experience\n🌟 Spanish\n',
    )
    expect(found.some((label) => /background check/.test(label))).toBe(true)
  })

  it('a licence named after skills is asked on its own, without the reason given for it (PT)', () => {
    // A licence to drive is a credential (types.ts), no longer a condition, but it is still cut out on its own.
    const found = credentials(
      'Técnico de Campo\nRequisitos\n- Conhecimento de AutoCAD e Excel avançado para relatórios e CNH categoria A, porque as visitas são feitas de moto\n',
    )
    expect(found).toEqual(['CNH categoria A'])
  })

  it('availability for a working time is one condition, whatever the events it names (ES)', () => {
    const parsed = parsePosting(
      'Fotógrafo/a\nRequisitos\n- Manejo de Lightroom\n- Disponibilidad para cubrir bodas y eventos corporativos los sábados\n',
      taxonomy,
    )
    const asked = parsed.requirements.filter((requirement) => /sábados/.test(requirement.source.text))
    expect(asked).toHaveLength(1)
    expect(asked[0]?.type).toBe('logistics')
  })

  it('a schedule with a clause that adds to it stays one condition, read whole (ES)', () => {
    const found = conditions(
      'Recepcionista\nRequisitos\n- Experiencia en hotelería\n- El turno es de tarde, de martes a sábado de 15:00 a 23:00, y a veces algún domingo de refuerzo\n',
    )
    expect(found).toHaveLength(1)
  })

  it('opening hours, days off and a home office are what the employer offers, not conditions', () => {
    expect(statesJobCondition('The bakery is open Tuesday to Sunday, 7 am to 3 pm.')).toBe(false)
    expect(statesJobCondition('Sábados e domingos livres')).toBe(false)
    expect(statesJobCondition('Home office às sextas')).toBe(false)
    expect(statesJobCondition('Auxílio academia para manter o condicionamento físico')).toBe(false)
    expect(statesJobCondition('Seguro médico para hijos mayores de 18 años')).toBe(false)
  })

  it('a condition offered as alternatives is one condition (ES, EN)', () => {
    expect(
      conditions('Repartidor/a\nRequisitos\n- Vivir en Chapinero o tener cómo llegar antes de las 6:00\n'),
    ).toHaveLength(1)
    expect(
      conditions('Baker\nRequirements\n- Live in the east end or be able to get to the bakery by 5 am\n'),
    ).toHaveLength(1)
  })
})

describe('parsePosting: working time taken in turn, licences named by class, conditions told as the work', () => {
  it('being on call or a working time in rotation is a condition; a count or a guard alone is not', () => {
    expect(statesJobCondition('Weekend call-outs are shared, roughly one Saturday in five.')).toBe(true)
    expect(statesJobCondition('Sobreaviso em fins de semana alternados')).toBe(true)
    expect(statesJobCondition('Cubrir guardias nocturnas en el hospital')).toBe(true)
    expect(statesJobCondition('Domingos por medio en temporada alta')).toBe(true)
    expect(statesJobCondition('One in three of our clients comes back within a year')).toBe(false)
    expect(statesJobCondition('Our technicians are on call around the clock for customers')).toBe(false)
    expect(statesJobCondition('Buscamos guardia de seguridad para edificio corporativo')).toBe(false)
  })

  it('a line labelled with its working time states a condition, whatever follows the label', () => {
    expect(statesJobCondition('Rota: four on, four off, days and nights')).toBe(true)
    expect(statesJobCondition('Jornada: 44 horas semanais com folga rotativa')).toBe(true)
  })

  it('a licence named by its driving class is a licence to drive; an article is no class', () => {
    expect(statesJobCondition('A clean C1 licence for the minibus')).toBe(true)
    expect(statesJobCondition('Licencia clase B vigente')).toBe(true)
    expect(statesJobCondition('Carnet C para mover el camión de reparto')).toBe(true)
    expect(statesJobCondition('A licence to practise law in this province')).toBe(false)
    expect(
      clauses('Car licence held two years; a C1+E for the horsebox').map((clause) => clause.trim()),
    ).toEqual(['Car licence held two years', 'a C1+E for the horsebox'])
    expect(clauses('Carnet de manipulador de alimentos vigente y carnet de conducir B')).toHaveLength(2)
  })

  it('a condition in a paragraph the company opened is asked, when the work is about it (EN)', () => {
    const found = labels(
      'Bakehouse Assistant\nOvenfresh has baked bread for the valley since 1974 and sells it in six shops. Shifts are 4-12:30 Tuesday to Saturday. You will be carrying flour sacks of up to 25 kg all morning, and the market stall means a valid D licence.\nApply by email.\n',
    )
    expect(found.some((label) => /Tuesday to Saturday/.test(label))).toBe(true)
    expect(found.some((label) => /25 kg/.test(label) && !/licence/.test(label))).toBe(true)
    expect(found.some((label) => /D licence/.test(label) && !/25 kg/.test(label))).toBe(true)
  })

  it('a rota named among the duties is part of the work, not a condition of its own (EN)', () => {
    const parsed = parsePosting(
      'Kitchen Lead\nRiverside Kitchens has fed the town since 1990. You will run the pass, order stock and join the weekend on-call rota (one weekend in five).\nRequirements\n- Two years running a kitchen\n',
      taxonomy,
    )
    expect(parsed.requirements.some((requirement) => /on-call/.test(requirement.source.text))).toBe(false)
  })
})
