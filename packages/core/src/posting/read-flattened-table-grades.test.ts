import { describe, expect, it } from 'vitest'
import { readFlattenedTables } from './read-flattened-table'

const itemsOf = (text: string) =>
  readFlattenedTables(text).flatMap((table) => table.items.map((item) => [item.item.text, item.kind]))

describe('readFlattenedTables: a topic column over remarks, graded on two steps', () => {
  it('reads the remarks a topic heads as the asks, the unknown grade as the other kind (EN)', () => {
    const text = [
      'Area\tDetails\tGrade',
      'Licences\tHeavy rigid truck licence held for two years\tEssential',
      'Licences\tDangerous goods endorsement\tSecondary',
      'Skills\tLoad restraint and pallet jack handling\tEssential',
      'Other\tFirst aid certificate current\tSecondary',
    ].join('\n')
    expect(itemsOf(text)).toEqual([
      ['Heavy rigid truck licence held for two years', 'required'],
      ['Dangerous goods endorsement', 'nice_to_have'],
      ['Load restraint and pallet jack handling', 'required'],
      ['First aid certificate current', 'nice_to_have'],
    ])
  })

  it('reads the same layout in Portuguese, the known grade an optional one', () => {
    const text = [
      'Área\tDetalhes\tPeso',
      'Formação\tCurso técnico em Nutrição concluído\tComplementar',
      'Formação\tPós-graduação em Nutrição Clínica\tDesejável',
      'Ferramentas\tSoftware de cálculo de dietas\tComplementar',
      'Outros\tVivência em cozinha industrial\tDesejável',
    ].join('\n')
    expect(itemsOf(text)).toEqual([
      ['Curso técnico em Nutrição concluído', 'required'],
      ['Pós-graduação em Nutrição Clínica', 'nice_to_have'],
      ['Software de cálculo de dietas', 'required'],
      ['Vivência em cozinha industrial', 'nice_to_have'],
    ])
  })

  it('reads it in Spanish, and leaves a column with a single odd cell unread as grades', () => {
    const text = [
      'Rubro\tDetalle\tNivel',
      'Estudios\tBachillerato completo y curso de barista\tExcluyente',
      'Estudios\tCurso de manipulación de alimentos\tSuplementario',
      'Horario\tFines de semana rotativos con un día libre\tExcluyente',
      'Otros\tConocer la zona de Miraflores y alrededores\tSuplementario',
    ].join('\n')
    expect(itemsOf(text)).toEqual([
      ['Bachillerato completo y curso de barista', 'required'],
      ['Curso de manipulación de alimentos', 'nice_to_have'],
      ['Fines de semana rotativos con un día libre', 'required'],
      ['Conocer la zona de Miraflores y alrededores', 'nice_to_have'],
    ])
    const stray = text.replace(
      'Otros\tConocer la zona de Miraflores y alrededores\tSuplementario',
      'Otros\tConocer la zona de Miraflores y alrededores\tExcluyente',
    )
    expect(itemsOf(stray).map(([, kind]) => kind)).not.toContain('nice_to_have')
  })
})
