import type { SkillMatch } from '../types'

// A class of tools named before the field it serves, with the field's preposition: "un sistema de gestión de …",
// "a management system for …", "software de …". The field alone would hide that a tool is what is asked.
const CLASS_LEAD =
  /(?<![\p{L}\p{N}])((?:systems?|software|tools?|platforms?|applications?|sistemas?|ferramentas?|herramientas?|plataformas?|aplicativos?|programas?)(?:\s+(?:de|of)\s+\p{L}+)?\s+(?:de|do|da|del|of|for|para)\s+)$/iu

const MOST_LEAD_LENGTH = 48

/**
 * The words naming a class of tools just before a field ("sistema de gestión de" before "cobranza"), as the posting
 * writes them, or '' when none stands there.
 */
export function readClassLead(text: string, match: SkillMatch): string {
  const before = text.slice(Math.max(0, match.start - MOST_LEAD_LENGTH), match.start)
  const found = CLASS_LEAD.exec(before)
  return found?.[1] ? found[1].replace(/\s+/gu, ' ') : ''
}
