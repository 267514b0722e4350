// The reader's work told in the simple future: "Diseñarás envases…", "Atenderás a los clientes…", "Você atuará
// com…". The accent marks the verb ("-arás", "-erá"): nouns spelled alike carry none ("carreras", "maderas").
const READER_FUTURE = /^\s*(?:(?:tu|t[uú]|voc[eê])\s+)?(\p{L}+(?:ar|er|ir)(?:ás|á))\s/iu
// Verbs of needing, having or obligation in the future ask for something ("Necesitarás inglés", "Deberás contar
// con…", "Você deverá ter CNH", "Você terá que morar perto"): whole verbs, since a verb of doing may share their first
// letters ("Controlarás el stock", "Podarás los setos", "Devolverás llamadas" are the work).
const NEEDING = /^(?:necesitar|precisar|requerir|requerer|deber|dever|contar|exigir|poder|ter)(?:á|ás)$/iu

/** True when a line opens with a second-person (or "você") simple future of a verb of doing. */
export function opensWithReaderFuture(text: string): boolean {
  const verb = READER_FUTURE.exec(text)?.[1]
  if (!verb) return false
  // A bare third person ("Será un plus") is a cue, not the reader's work: without "você" only "-ás" reads as "you".
  if (/á$/iu.test(verb) && !/^\s*(?:voc[eê])\s/iu.test(text)) return false
  // A condition on the reader ("Sumarás puntos si conoces…") weighs what they know: a cue, not the work.
  if (/\b(?:si|if|caso|se voc[eê])\b/iu.test(text)) return false
  // The future of being with a bare quality ("Serás paciente", "Você será caprichosa") describes the person, as "you'll
  // be calm" does; with a participle or a complement ("Serás responsable de…", "será treinado") it is still the work.
  if (/^ser(?:á|ás)$/iu.test(verb)) {
    const rest = text.slice((READER_FUTURE.exec(text)?.[0] ?? '').length).trimStart()
    if (
      !/^\p{L}+(?:ado|ada|ido|ida)\b|^\p{L}+\s+(?:de|del|da|do|por|para|en|em|a)\b|^(?:el|la|un|una|o|a|um|uma)\b/iu.test(
        rest,
      )
    )
      return false
  }
  return !NEEDING.test(verb)
}
