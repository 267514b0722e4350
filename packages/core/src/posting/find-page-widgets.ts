import { normalizeText } from './normalize-text'

// A verb of passing the listing on or keeping it, as a label of buttons ("Share:", "Compartir:", "Compartilhe esta
// vaga:", "Follow us on:", "Save to:"): what follows are the buttons' names, not anything asked.
const BUTTON_ROW_LABEL =
  /^(?:share|compart\p{L}*|partilh\p{L}*|follow|segu\p{L}*|sig\p{L}*|save|guard\p{L}*|salv\p{L}*|send|envi\p{L}*)(?:\s+[\p{L}']+){0,3}\s*:\s*(.+)$/u
const SEPARATOR = /\s*[·•|/]\s*|\s*,\s*|\s{2,}/u
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Emoji_Presentation}|\uFE0F|\u200D/gu

/** The words of a short segment, without its pictographs. */
function segmentWords(segment: string): string[] {
  return segment
    .replace(PICTOGRAPH, ' ')
    .trim()
    .split(/\s+/u)
    .filter((word) => /\p{L}/u.test(word))
}

/**
 * "Share: 📘 Facebook · 🐦 X · ✉️ Email", "Compartir: WhatsApp | Facebook | Copiar enlace": a label of sharing,
 * following or saving, then a row of two or more short button names. Told by the row's shape under such a label,
 * whichever networks the page offers.
 */
function labelsButtonRow(line: string, folded: string): boolean {
  if (!BUTTON_ROW_LABEL.test(folded)) return false
  const body = line.slice(line.indexOf(':') + 1)
  if (/[.!?;]\s*$/u.test(body)) return false
  const segments = body.split(SEPARATOR).filter((segment) => segmentWords(segment).length > 0)
  // Buttons are named like products ("Facebook", "Copiar enlace"); a duty's objects ("mentoring, code reviews") are not.
  return (
    segments.length >= 2 &&
    segments.every((segment) => {
      const names = segmentWords(segment)
      return names.length <= 3 && /^\p{Lu}/u.test(names[0] ?? '')
    })
  )
}

// An audience counted for a page ("2.340 seguidores", "12k followers") or a button to join it ("+ Follow", "+ Seguir").
// The count is a part of the card of its own, between separators; "grow the account past 10,000 followers" is work.
const FOLLOWERS =
  /(?:^|[·•|]\s*|\s{2,})\d[\d.,]*\s*(?:k|mil)?\s+(?:followers|seguidores|abonnes)\s*(?:$|[·•|+]|\s{2,})|(?:^|\s)\+\s*(?:follow|seguir)\b/u

/** "Conheça a empresa: Acme · 2.340 seguidores + Seguir": the employer's page card, counted and followed. */
function showsFollowCard(folded: string): boolean {
  return FOLLOWERS.test(folded) && folded.split(/\s+/u).length <= 16 && !/[.!?]\s+\S/u.test(folded)
}

// A form's field marked as mandatory: a short label ending in an asterisk ("First Name *", "Email *", "Teléfono *").
const MARKED_FIELD = /[\p{L}][\p{L}/'-]*(?:\s+[\p{L}/'-]+){0,3}\s*\*(?=\s|$)/gu

/**
 * "First Name *   Last Name *   Email *   Phone *": the application form's fields, two or more labels each marked
 * mandatory by an asterisk, with nothing else on the line.
 */
function listsFormFields(line: string): boolean {
  const text = line.trim()
  const fields = text.match(MARKED_FIELD) ?? []
  if (fields.length < 2) return false
  const rest = text.replace(MARKED_FIELD, ' ')
  // What is left is at most a last field the page cut before its mark ("… Email *   Phone").
  return segmentWords(rest).length <= 3 && !/[.!?;:]/u.test(rest)
}

// A button pasted with its brackets ("[Create alert]", "[Aceptar y cerrar]", "[Candidatar-me]"): a verb of acting on
// the page, in a bracket of a few words.
const BRACKETED_BUTTON =
  /\[\s*(?:create|set|apply|subscribe|sign|save|share|send|submit|follow|accept|close|ok|crear|criar|aceptar|aceitar|configurar|guardar|salvar|postular\p{L}*|candidatar\p{L}*|enviar|seguir|cerrar|fechar|suscrib\p{L}*|assinar|activar|ativar)\b[^\]]{0,25}\]/u

/** "Job alerts: get jobs like this sent to your inbox [Create alert]": a short line that ends on a page's button. */
function endsOnButton(folded: string): boolean {
  const button = BRACKETED_BUTTON.exec(folded)
  return (
    button !== null &&
    folded
      .slice(button.index + button[0].length)
      .replace(/\[[^\]]*\]/gu, '')
      .trim() === '' &&
    folded.split(/\s+/u).length <= 16
  )
}

// The answers a screening question's buttons offer: yes, no, and a way not to answer ("Skip", "Pular", "Omitir").
const ANSWER_CHOICE =
  /^(?:yes|no|skip|maybe|not sure|prefer not to say|n\/a|sim|nao|pular|talvez|prefiro nao dizer|si|omitir|saltar|quizas|tal vez|prefiero no decirlo)$/u

/**
 * "Yes   No   Skip", "Sim · Não · Pular": a row of two to four answer buttons under a screening question, a yes and a
 * no among them, with nothing else on the line.
 */
function listsAnswerChoices(folded: string): boolean {
  const split = (separator: RegExp) =>
    folded
      .split(separator)
      .map((choice) => choice.trim())
      .filter((choice) => choice.length > 0)
  // A row pasted with single spaces ("Yes No Skip") is read word by word.
  const wide = split(/\s*[·•|/]\s*|\s{2,}/u)
  const choices = wide.length >= 2 ? wide : split(/\s+/u)
  if (choices.length < 2 || choices.length > 4) return false
  return (
    choices.every((choice) => ANSWER_CHOICE.test(choice)) &&
    choices.some((choice) => /^(?:yes|sim|si)$/u.test(choice)) &&
    choices.some((choice) => /^(?:no|nao)$/u.test(choice))
  )
}

// The buttons under a post on a social network, in EN, PT and ES: reacting, commenting, passing it on, replying.
const REACTION_BUTTON =
  '(?:like|comment|share|send|reply|react|curtir|comentar|compartilhar|partilhar|enviar|responder|reagir|me gusta|compartir|reaccionar)'
const REACTION_ROW = new RegExp(`^${REACTION_BUTTON}(?:\\s+${REACTION_BUTTON})+$`, 'u')
// The box under a post where a reader writes a comment ("Write a comment…", "Escreva um comentário…").
const COMMENT_BOX =
  /^(?:write|add|post|escreva|escrever|adicione|escribe|escribir|agrega|anade)\s+(?:(?:a|an|um|uma|un|una|your|seu|sua|tu)\s+)?(?:public\s+)?(?:comment|reply|comentario|resposta|respuesta)\b[^.!?]{0,20}$/u

/**
 * "👍 Like   💬 Comment   ↪ Share", "Curtir   Comentar   Compartilhar", "Escreva um comentário…": the controls a
 * social network shows under a post, copied with it: two button names or more and nothing else but marks, or the
 * box for a comment.
 */
function showsPostControls(folded: string): boolean {
  if (COMMENT_BOX.test(folded.replace(/[.…]+$/u, '').trim())) return true
  const words = folded
    .replace(PICTOGRAPH, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim()
  return REACTION_ROW.test(words)
}

/**
 * True when a line is a widget of the page rather than part of the posting: a row of share or follow buttons, the
 * employer's follow card, an application form's mandatory fields, a short line ending on a button, or a screening
 * question's answer buttons.
 */
export function isPageWidget(line: string): boolean {
  const trimmed = line.trim().replace(/^[^\p{L}\d]+/u, '')
  const folded = normalizeText(trimmed)
  return (
    labelsButtonRow(trimmed, folded) ||
    showsFollowCard(folded) ||
    listsFormFields(line) ||
    endsOnButton(folded) ||
    listsAnswerChoices(folded) ||
    showsPostControls(folded)
  )
}
