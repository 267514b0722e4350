import { normalizeText } from './normalize-text'

// The vacancy itself, in the words boards and employers use for it.
const JOB =
  '(?:job|role|position|vacancy|opening|opportunity|post|vaga|cargo|funcao|posicao|oportunidade|emprego|puesto|empleo|vacante|oferta|posicion|oportunidad|trabajo|rol)'
// A word that presents what follows as an account of something: a description, its details, an overview.
const ACCOUNT =
  '(?:description|details|summary|overview|descricao|detalhes|resumo|informacoes|descripcion|detalles|resumen|informacion)'

// "Job description", "Full job description", "Position summary": the vacancy before its account, as English puts it.
const JOB_FIRST = new RegExp(`^(?:(?:full|complete|the)\\s+)*${JOB}\\s+${ACCOUNT}$`, 'u')
// "Description of the role", "Descrição da vaga", "Descripción del empleo", "About the job", "Sobre el puesto",
// "Acerca de la vacante": the account, or a word of aboutness, before the vacancy.
const ACCOUNT_FIRST = new RegExp(
  `^(?:${ACCOUNT}|about|sobre|acerca)(?:\\s+(?:of|de|da|do|del|the|this|a|o|el|la|esta|este|essa|esse))*\\s+${JOB}$`,
  'u',
)

/**
 * True when a line is a heading that names the account of the vacancy itself ("Job description", "Descrição da vaga",
 * "Descripción del empleo", "About the job"). Such a heading ends the employer's section before it ("Descripción de
 * la empresa") and the board's own (pay, job type): what follows is the role's, read as any text of the role is. It
 * names no one kind of content, so it opens no section of duties or requirements.
 */
export function namesJobDescription(line: string): boolean {
  const words = normalizeText(line)
    .replace(/^[#*_\s]+|[*_:\s]+$/gu, '')
    .replace(/\s+/gu, ' ')
  return JOB_FIRST.test(words) || ACCOUNT_FIRST.test(words)
}
