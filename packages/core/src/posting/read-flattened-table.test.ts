import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'
import { readFlattenedTables } from './read-flattened-table'

const taxonomy = loadTaxonomy()

const itemsOf = (text: string) =>
  readFlattenedTables(text).flatMap((table) =>
    table.items.map((item) => ({ item: item.item.text, kind: item.kind, detail: item.detail })),
  )

describe('readFlattenedTables', () => {
  it('reads a table copied with single spaces, each row parted at its capitalised yes or no (PT, EN, ES)', () => {
    const pt = [
      'Item Exigido? Comentário',
      'Curso técnico em eletrotécnica Sim Aceitamos tecnólogo também',
      'NR-10 em dia Sim —',
      'Experiência com CLP Não Mínimo de 1 ano, se tiver',
      '',
      'Envie seu currículo.',
    ].join('\n')
    expect(itemsOf(pt)).toEqual([
      { item: 'Curso técnico em eletrotécnica', kind: 'required', detail: null },
      { item: 'NR-10 em dia', kind: 'required', detail: null },
      { item: 'Experiência com CLP', kind: 'nice_to_have', detail: null },
    ])
    // The remark that states a tenure goes with the item; one that only explains is set aside.
    const notes = readFlattenedTables(pt).flatMap((table) => table.items.map((item) => item.note))
    expect(notes).toEqual([null, null, 'Mínimo de 1 ano, se tiver'])
    const en = ['Skill Essential? Why', 'Forklift ticket Yes Daily loading', 'Spanish No Some clients'].join(
      '\n',
    )
    expect(itemsOf(en).map((item) => [item.item, item.kind])).toEqual([
      ['Forklift ticket', 'required'],
      ['Spanish', 'nice_to_have'],
    ])
    const es = [
      'Requisito Obligatorio',
      'Licencia de conducir tipo B Sí',
      'Manejo de Excel avanzado No',
    ].join('\n')
    expect(itemsOf(es).map((item) => [item.item, item.kind])).toEqual([
      ['Licencia de conducir tipo B', 'required'],
      ['Manejo de Excel avanzado', 'nice_to_have'],
    ])
  })

  it('leaves prose alone when its lines only happen to hold a capitalised no', () => {
    const text = [
      'What we need?',
      'Someone calm. No drama, no excuses.',
      'Good with people No matter the shift.',
    ].join('\n')
    expect(itemsOf(text)).toEqual([])
  })

  it('reads a long single-spaced table in linear time', () => {
    const rows = Array.from({ length: 3000 }, (_, index) => `Ferramenta número ${index} Sim Uso diário`)
    const text = ['Requisito Obrigatório? Observação', ...rows].join('\n')
    const started = performance.now()
    expect(itemsOf(text)).toHaveLength(3000)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('reads a tool grid padded with spaces, its yes/no column deciding the kind (EN)', () => {
    const text = [
      'Stack',
      'Tool              Proficiency      Must have?',
      'Kubernetes        Advanced         Yes',
      'Terraform         Intermediate     Yes',
      'Grafana           Basic            No',
      '',
      'Apply below.',
    ].join('\n')
    expect(itemsOf(text)).toEqual([
      { item: 'Kubernetes', kind: 'required', detail: 'Advanced' },
      { item: 'Terraform', kind: 'required', detail: 'Intermediate' },
      { item: 'Grafana', kind: 'nice_to_have', detail: 'Basic' },
    ])
  })

  it('reads a pipe table whose column asks whether the item is optional (PT)', () => {
    const text = [
      'Ferramenta | Nível | Desejável?',
      'AutoCAD | Avançado | Não',
      'Revit | Intermediário | Sim',
    ].join('\n')
    expect(itemsOf(text)).toEqual([
      { item: 'AutoCAD', kind: 'required', detail: 'Avançado' },
      { item: 'Revit', kind: 'nice_to_have', detail: 'Intermediário' },
    ])
  })

  it('reads a tab table with a mark column and no level (ES)', () => {
    const text = ['Conocimiento\t¿Obligatorio?', 'Contabilidad de costos\tx', 'Normas NIIF\t-'].join('\n')
    expect(itemsOf(text)).toEqual([
      { item: 'Contabilidad de costos', kind: 'required', detail: null },
      { item: 'Normas NIIF', kind: 'nice_to_have', detail: null },
    ])
  })

  it('reads the titles of a points table as optional extras, and its caption as no ask (PT)', () => {
    const text = [
      '4.3. A avaliação curricular não elimina ninguém e segue a',
      'grade a seguir:',
      '',
      'Título                                   Pontos     Limite',
      'Especialização em enfermagem do trabalho   1,5        1,5',
      'Certificado de brigadista                  0,5        1,0',
    ].join('\n')
    const [table] = readFlattenedTables(text)
    expect(table?.caption?.text).toBe(
      '4.3. A avaliação curricular não elimina ninguém e segue a\ngrade a seguir:',
    )
    expect(itemsOf(text).map((item) => [item.item, item.kind])).toEqual([
      ['Especialização em enfermagem do trabalho', 'nice_to_have'],
      ['Certificado de brigadista', 'nice_to_have'],
    ])
  })

  it('reads a board field row of tags, marked as restating, among other label/value rows (ES)', () => {
    const text = [
      'Experiencia mínima\tAl menos 2 años',
      'Habilidades requeridas\tSoldadura TIG\tLectura de planos\tMetrología',
      'Idiomas\tInglés básico',
    ].join('\n')
    const [table] = readFlattenedTables(text)
    expect(table?.items.map((item) => [item.item.text, item.restates, item.kind])).toEqual([
      ['Soldadura TIG', true, 'required'],
      ['Lectura de planos', true, 'required'],
      ['Metrología', true, 'required'],
    ])
  })

  it('leaves a pay band table alone (EN)', () => {
    const text = [
      'Region | Grade | Base salary',
      'Dublin | P3 | €48,000 – €60,000',
      'Cork | P3 | €44,000 – €55,000',
    ].join('\n')
    expect(readFlattenedTables(text)).toEqual([])
  })

  it('leaves a shift grid alone, even with a level-like header (ES)', () => {
    const text = [
      'Turno          Horario            Nivel de carga',
      'Mañana         07:00 – 15:00      Alto',
      'Tarde          15:00 – 23:00      Medio',
    ].join('\n')
    expect(readFlattenedTables(text)).toEqual([])
  })

  it('leaves a list of other openings alone (PT)', () => {
    const text = [
      'Vaga                      Cidade          Publicada',
      'Auxiliar de cozinha       Campinas        ontem',
      'Chapeiro                  Jundiaí         hoje',
    ].join('\n')
    expect(readFlattenedTables(text)).toEqual([])
  })

  it('leaves the subjects of an exam scored in points alone (PT)', () => {
    const text = [
      'Disciplina                 Questões     Pontos',
      'Língua Portuguesa          10           2,0',
      'Raciocínio Lógico          10           2,0',
    ].join('\n')
    expect(readFlattenedTables(text)).toEqual([])
  })

  it('reads a markdown table whose item column is named by its header, past a topic and a how-checked column (PT)', () => {
    const text = [
      '| Assunto | O que pedimos | Como avaliamos |',
      '|:---|---|---:|',
      '| Estudo | Técnico em Eletrotécnica | Diploma |',
      '| Vivência | Manutenção de subestações | Prova prática |',
    ].join('\n')
    const [table] = readFlattenedTables(text)
    expect(table?.items.map((item) => [item.item.text, item.kind])).toEqual([
      ['Técnico em Eletrotécnica', null],
      ['Manutenção de subestações', null],
    ])
    // The rule under the header is the table's, so the page reader never sees it.
    expect(table?.lines.map((line) => line.text)).toContain('|:---|---|---:|')
    expect(table?.asks).toBe(true)
  })

  it('reads a must-have column answered in words, not only yes or no (EN)', () => {
    const text = [
      'Skill | Essential? | Comments',
      'Forklift licence | Yes | counterbalance and reach',
      'Warehouse scanning systems | Yes | any brand',
      'First aid at work | Nice bonus | we can train you',
    ].join('\n')
    expect(itemsOf(text).map((item) => [item.item, item.kind])).toEqual([
      ['Forklift licence', 'required'],
      ['Warehouse scanning systems', 'required'],
      ['First aid at work', 'nice_to_have'],
    ])
  })

  it('reads a firmness answer that opens with a no, and keeps an empty cell in its column (ES)', () => {
    const text = [
      'Requisito | Comentario | ¿Indispensable?',
      'Bachillerato completo | con título | Sí',
      'Manejo de caja registradora |  | Sí',
      'Curso de barismo |  | No, pero ayuda',
    ].join('\n')
    expect(itemsOf(text).map((item) => [item.item, item.kind])).toEqual([
      ['Bachillerato completo', 'required'],
      ['Manejo de caja registradora', 'required'],
      ['Curso de barismo', 'nice_to_have'],
    ])
  })

  it('reads a kind column that names kinds in words under a priority header (PT)', () => {
    const text = [
      'Competência\tPrioridade',
      'Excel avançado\tObrigatório',
      'Power BI\tDesejável',
      'Inglês intermediário\tDesejável',
    ].join('\n')
    expect(itemsOf(text).map((item) => [item.item, item.kind])).toEqual([
      ['Excel avançado', 'required'],
      ['Power BI', 'nice_to_have'],
      ['Inglês intermediário', 'nice_to_have'],
    ])
  })

  it('keeps a tenure stated in a notes column with its item (EN)', () => {
    const text = [
      'Requirement | Required? | Notes',
      'Line cook experience | Yes | 3 years minimum, 1 of them on a grill station',
      'Food handler card | Yes | current',
    ].join('\n')
    const [table] = readFlattenedTables(text)
    expect(table?.items.map((item) => item.note)).toEqual([
      '3 years minimum, 1 of them on a grill station',
      null,
    ])
  })

  it('leaves a board block of field labels over their values alone, whatever the labels say (ES)', () => {
    const text = [
      'Formación mínima\tTécnico superior',
      'Experiencia mínima\tAl menos 2 años',
      'Idiomas requeridos\tInglés básico',
    ].join('\n')
    expect(readFlattenedTables(text)).toEqual([])
  })

  it('leaves a table of duties and their frequency alone (EN)', () => {
    const text = [
      'Task | How often',
      'Restock the shelves | Daily',
      'Count the cash drawer | Each shift',
    ].join('\n')
    expect(readFlattenedTables(text)).toEqual([])
  })

  it('reads a table copied one cell a line, its firmness column setting the kind (EN)', () => {
    const text = [
      'Topic',
      'What you bring',
      'Must or bonus',
      'Trade',
      'City & Guilds Level 3 in plumbing',
      'Must',
      'Gas',
      'Gas Safe registration',
      'Bonus',
      '',
      'Apply with your CV.',
    ].join('\n')
    const [table] = readFlattenedTables(text)
    expect(table?.items.map((item) => [item.item.text, item.kind])).toEqual([
      ['City & Guilds Level 3 in plumbing', 'required'],
      ['Gas Safe registration', 'nice_to_have'],
    ])
    expect(table?.items[0]?.row.text).toBe('Trade\nCity & Guilds Level 3 in plumbing\nMust')
  })

  it('reads a firmness column that weighs rows in words of selection, second of three columns (PT)', () => {
    const text = [
      'Competência | Efeito na triagem | Onde comprovar',
      'Solda MIG em aço carbono | Desclassifica se faltar | Prova prática',
      'Leitura de desenho técnico | Desclassifica se faltar | Prova prática',
      'Ponte rolante | Vale pontos extras | Certificado',
    ].join('\n')
    expect(itemsOf(text).map((item) => [item.item, item.kind])).toEqual([
      ['Solda MIG em aço carbono', 'required'],
      ['Leitura de desenho técnico', 'required'],
      ['Ponte rolante', 'nice_to_have'],
    ])
  })

  it('reads yes and no answers that go on in words of selection, the column last (ES)', () => {
    const text = [
      'Requisito\tComentario\t¿Te deja fuera?',
      'Carnet de manipulador de alimentos\tSe pide copia\tSí, es eliminatorio',
      'Cocina al vacío\t\tNo, pero da puntos',
      'Inglés básico\tPara turistas\tNo, aunque ayuda',
    ].join('\n')
    expect(itemsOf(text).map((item) => [item.item, item.kind])).toEqual([
      ['Carnet de manipulador de alimentos', 'required'],
      ['Cocina al vacío', 'nice_to_have'],
      ['Inglés básico', 'nice_to_have'],
    ])
  })

  it('reads a question header whose yes says the row only adds points as optional (EN)', () => {
    const text = [
      'Skill          Adds to your score?',
      'Forklift ticket          No',
      'First aid certificate          Yes',
      'Warehouse scanners          Yes',
    ].join('\n')
    expect(itemsOf(text).map((item) => [item.item, item.kind])).toEqual([
      ['Forklift ticket', 'required'],
      ['First aid certificate', 'nice_to_have'],
      ['Warehouse scanners', 'nice_to_have'],
    ])
  })

  it('reads rows padded with spaces that leave the last column empty (ES)', () => {
    const text = [
      'Requisito    ¿Sin esto quedas fuera?    Observación',
      'Título de técnico en farmacia    Sí',
      'Dispensación con receta electrónica    Sí    Se revisa en la prueba',
      'Formulación magistral    No    Valorado',
      'Turnos de noche    Sí',
    ].join('\n')
    expect(itemsOf(text).map((item) => [item.item, item.kind])).toEqual([
      ['Título de técnico en farmacia', 'required'],
      ['Dispensación con receta electrónica', 'required'],
      ['Formulación magistral', 'nice_to_have'],
      ['Turnos de noche', 'required'],
    ])
  })

  it('places the cells of a short row under the columns they line up with in an aligned grid (EN)', () => {
    const text = [
      'Requirement            Notes                  Required?',
      'Class C licence        for the van            Yes',
      'Pallet jack                                   No',
      'Night shifts           two a week             Yes',
    ].join('\n')
    expect(itemsOf(text).map((item) => [item.item, item.kind])).toEqual([
      ['Class C licence', 'required'],
      ['Pallet jack', 'nice_to_have'],
      ['Night shifts', 'required'],
    ])
  })

  it('reads a column of tenures in words, blank where a row asks none, as minimum years (EN, PT)', () => {
    const years = (text: string) =>
      readFlattenedTables(text).flatMap((table) => table.items.map((item) => [item.item.text, item.minYears]))
    expect(
      years(
        [
          'Requirement | Essential? | Minimum',
          'Payroll processing | Yes | 3 years',
          'Sage 300 | Yes | —',
          'Team leading | No | 1 year',
        ].join('\n'),
      ),
    ).toEqual([
      ['Payroll processing', 3],
      ['Sage 300', null],
      ['Team leading', 1],
    ])
    expect(
      years(
        [
          'Requisito\tTempo mínimo\tObrigatório?',
          'Atendimento em farmácia\tpelo menos 2 anos\tSim',
          'Controle de estoque\t-\tNão',
        ].join('\n'),
      ),
    ).toEqual([
      ['Atendimento em farmácia', 2],
      ['Controle de estoque', null],
    ])
  })

  it('leaves two-cell lines under a three-label header alone when none fills the grid (EN)', () => {
    const text = ['Site    Staffed?    Manager', 'Lisbon    Yes', 'Porto    No', 'Faro    Yes'].join('\n')
    expect(readFlattenedTables(text)).toEqual([])
  })

  it('leaves short lines one under another alone when no column says how firmly they are asked (ES)', () => {
    const text = ['Zona', 'Turno', 'Centro', 'Mañana', 'Norte', 'Tarde'].join('\n')
    expect(readFlattenedTables(text)).toEqual([])
  })

  it('leaves label/value rows of the listing metadata alone (EN)', () => {
    const text = ['Industry\tLogistics', 'Department\tOperations', 'Openings\t2'].join('\n')
    expect(readFlattenedTables(text)).toEqual([])
  })
})

describe('parsePosting with flattened tables', () => {
  it('reads each row as one requirement sourced to its row, and no header as an ask (ES)', () => {
    const text = [
      'Diseñador/a gráfico/a',
      '',
      'Buscamos a alguien con ganas de aprender.',
      '',
      'Programas',
      'Programa           Nivel          ¿Excluyente?',
      'Illustrator        Avanzado       Sí',
      'InDesign           Intermedio     No',
      '',
      'Ofrecemos',
      '• Obra social',
    ].join('\n')
    const parsed = parsePosting(text, taxonomy)
    const rows = parsed.requirements.filter((requirement) => /illustrator|indesign/iu.test(requirement.label))
    expect(rows.map((requirement) => [requirement.kind, requirement.source.text])).toEqual([
      ['required', 'Illustrator        Avanzado       Sí'],
      ['nice_to_have', 'InDesign           Intermedio     No'],
    ])
    for (const requirement of rows)
      expect(text.slice(requirement.source.start, requirement.source.end)).toBe(requirement.source.text)
    expect(rows[0]?.label).toMatch(/Avanzado/u)
    expect(parsed.requirements.some((requirement) => /Excluyente/u.test(requirement.source.text))).toBe(false)
  })

  it('reads a language table under a requirements heading as required, with the level (EN)', () => {
    const text = [
      'Requirements',
      'Language      Level',
      'German        C1',
      'English       B2',
      '',
      'Benefits',
      '• Remote stipend',
    ].join('\n')
    const parsed = parsePosting(text, taxonomy)
    const languages = parsed.requirements.filter((requirement) => requirement.type === 'language')
    expect(languages.map((requirement) => [requirement.kind, requirement.level])).toEqual([
      ['required', 'C1'],
      ['required', 'B2'],
    ])
  })

  it('drops the tags of a field row that the requirement lines already say, and keeps the others (PT)', () => {
    const text = [
      'Requisitos',
      'Escolaridade\tEnsino médio completo',
      'Conhecimentos\tMarcenaria\tVerniz automotivo\tLeitura de projetos',
      '',
      'O que esperamos de você',
      '- Experiência em marcenaria fina, com móveis sob medida',
      '- Saber interpretar projetos e desenhos técnicos',
    ].join('\n')
    const parsed = parsePosting(text, taxonomy)
    const fromTags = parsed.requirements.filter((requirement) =>
      requirement.source.text.startsWith('Conhecimentos'),
    )
    expect(fromTags.map((requirement) => requirement.label).join(' | ')).toMatch(/verniz/iu)
    expect(fromTags.some((requirement) => /marcenaria|projetos/iu.test(requirement.label))).toBe(false)
  })

  it('leaves a salary table to the page reader: no row becomes a requirement (PT)', () => {
    const text = [
      'Requisitos',
      '- Experiência com atendimento ao público',
      '',
      'Faixa         Salário',
      'Júnior        R$ 2.800,00',
      'Pleno         R$ 3.900,00',
    ].join('\n')
    const parsed = parsePosting(text, taxonomy)
    expect(parsed.requirements.some((requirement) => /R\$/u.test(requirement.source.text))).toBe(false)
  })

  it('reads the rows of an ES table whose firmness header is a question, not as an FAQ, each answer setting the kind', () => {
    const text = [
      'Cocinero/a de línea',
      '',
      'Lo que vas a hacer',
      '- Preparar la mise en place del turno',
      '- Mantener limpia la estación',
      '',
      'Requisito | Detalle | ¿Lo exigimos?',
      'Carné de manipulador de alimentos | vigente | Sí',
      'Experiencia en cocina de hotel | 2 años como mínimo | Sí',
      'Cocina al vacío | | No (pero suma)',
      '',
      'Beneficios',
      '- Comida en el turno',
    ].join('\n')
    const parsed = parsePosting(text, taxonomy)
    const rows = parsed.requirements.filter((requirement) => requirement.source.text.includes('|'))
    expect(rows.map((requirement) => [requirement.kind, requirement.source.text.split(' |')[0]])).toEqual([
      ['required', 'Carné de manipulador de alimentos'],
      ['required', 'Experiencia en cocina de hotel'],
      ['nice_to_have', 'Cocina al vacío'],
    ])
    expect(parsed.setAside.some((aside) => aside.text.startsWith('Carné'))).toBe(false)
  })

  it('reads a padded table forwarded in an e-mail, its rows short of the notes column, as asks, not answers (PT)', () => {
    const text = [
      'De: Carla Menezes <carla@exemplo.com>',
      'Assunto: vaga de cozinheiro - requisitos',
      '',
      'Oi Rafael, segue o quadro que o chef montou:',
      '',
      'Requisito    Tira da seleção se faltar?    Observação',
      'Curso de manipulação de alimentos    Sim',
      'Cozinha japonesa    Sim    Teste na cozinha',
      'Confeitaria básica    Não, mas soma    Ajuda nos fins de semana',
      'Escala 6x1    Sim',
      '',
      'Abraço, Carla',
    ].join('\n')
    const parsed = parsePosting(text, taxonomy)
    const rows = parsed.requirements.filter((requirement) => /\S {4}\S/u.test(requirement.source.text))
    expect(rows.map((requirement) => [requirement.kind, requirement.source.text.split('    ')[0]])).toEqual([
      ['required', 'Curso de manipulação de alimentos'],
      ['required', 'Cozinha japonesa'],
      ['nice_to_have', 'Confeitaria básica'],
      ['required', 'Escala 6x1'],
    ])
  })

  it('cuts a cell that asks two things as a listed line would, and reads a tenure in its notes (EN)', () => {
    const text = [
      'Household manager',
      '',
      'Requirement | Must have? | Notes',
      'Housekeeping experience | Yes | 3 years minimum, at least 1 of them in a large home',
      'Valid passport and driving licence | Yes | we travel in summer',
      'French | Would be great | the children are learning it',
    ].join('\n')
    const parsed = parsePosting(text, taxonomy)
    expect(
      parsed.requirements.map((requirement) => requirement.minYears).filter((years) => years !== null),
    ).toEqual([3, 1])
    expect(
      parsed.requirements.filter((requirement) => /passport|driving/iu.test(requirement.label)),
    ).toHaveLength(2)
    expect(parsed.requirements.find((requirement) => requirement.type === 'language')?.kind).toBe(
      'nice_to_have',
    )
    // A note that is no ask ("we travel in summer") stays out.
    expect(parsed.requirements.some((requirement) => /summer/iu.test(requirement.label))).toBe(false)
  })

  it('reads the prose after a table of asks as asking, though the duties were open above it (PT)', () => {
    const text = [
      'Técnico(a) de Segurança do Trabalho',
      '',
      'Suas atividades:',
      '- Conduzir integrações de segurança',
      '- Inspecionar frentes de obra',
      '',
      '| Tema | O que pedimos | Como checamos |',
      '|---|---|---|',
      '| Curso | Técnico em Segurança do Trabalho | Diploma |',
      '| Registro | Registro ativo no MTE | Consulta |',
      '',
      'Também precisamos de boa comunicação com as equipes de campo.',
    ].join('\n')
    const parsed = parsePosting(text, taxonomy)
    expect(parsed.requirements.some((requirement) => /comunica/iu.test(requirement.label))).toBe(true)
    expect(parsed.responsibilities.some((duty) => /comunica/iu.test(duty))).toBe(false)
    expect(parsed.requirements.some((requirement) => /Diploma|Consulta/u.test(requirement.label))).toBe(false)
  })
})
