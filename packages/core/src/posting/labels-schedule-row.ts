import { normalizeText } from './normalize-text'

// A board's job-details label of the working pattern ("Shift and schedule:", "Schedule:", "Horario:", "Turnos:").
const SCHEDULE_LABEL =
  /^(?:shift and schedule|schedule|shifts?|work schedule|horarios?|turnos?|jornada|escala)\s*:\s*(.+)$/iu

/**
 * "Shift and schedule: Day shift, Monday to Friday, Overtime", "Turnos: Manhã · Tarde · Sábados": a board's row of
 * tags under a schedule label, two or more short capitalised tags with no sentence among them. The board fills it for
 * every listing, so it is the offer's shape, not a condition the employer wrote; "Horario: lunes a viernes de 8 a 17"
 * is one tag and stays.
 */
export function labelsScheduleRow(line: string): boolean {
  const label = SCHEDULE_LABEL.exec(line.trim())
  if (!label) return false
  const body = label[1] ?? ''
  if (
    /[.!?;]\s*$/u.test(body) ||
    /\b(?:must|required|obrigat\p{L}*|obligatori\p{L}*|imprescindible)\b/iu.test(normalizeText(body))
  )
    return false
  const tags = body
    .split(/\s*[,·•|]\s*/u)
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0)
  return tags.length >= 2 && tags.every((tag) => tag.split(/\s+/u).length <= 4 && /^[\p{Lu}\d]/u.test(tag))
}
