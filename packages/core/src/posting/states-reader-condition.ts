import { normalizeText } from './normalize-text'

// A condition on the reader having, knowing or having done something: "if you've sold…", "se tiver o curso…", "si
// hiciste algún curso…", "caso você conheça…". The verb is one of having, knowing, using or having done, in the forms a
// condition takes (English perfect or present; the Romance future subjunctive, present or preterite).
const READER_HAVING_CONDITION =
  /(?:^|[\s,;(—–-])(?:if|se|si|caso)\s+(?:(?:you|you've|you'd|u|voce|vc|tu|usted|vos|ya|ja|already|alguma vez|alguna vez|ever|also|tambem|tambien|ademas)\s+){0,2}(?:have|has|had|hold|know|knows|used|use|worked|sold|ran|run|did|done|speak|tiver|tivesse|tenha|tens|tem|possuir|possui|conhecer|conheca|souber|sabe|sabes|manjar|manja|usar|usou|usaste|trabalhou|fez|fizeste|falar|fala|tienes|tenes|tengas|tuviste|tuvieras|cuentas|contas|sabes|sabés|conoces|conoces|manejas|manejás|usaste|trabajaste|hiciste|hablas|hablás|has\s+\p{L}+ado|has\s+\p{L}+ido|you've\s+\p{L}+)\b/u

// What the condition leads to when it names who is sought: a call to apply or to get in touch ("if you have X, apply",
// "se tiver experiência, mande seu currículo", "si tenés X, escribinos"), or the reader declared the one wanted ("if you
// have what it takes, you're who we want"). Such a condition asks; it does not weigh.
const CALL_OR_FIT =
  /\b(?:apply|applies|applying|send|submit|contact|reach out|get in touch|hear from|talk|we want you|for you|do well|thrive|fit right in|se dar bem|se encaixa|te va a ir bien|encajas|you're (?:our|the|who)|you are (?:our|the|who)|join|candidate-se|candidata-te|inscreva|envie|envia|mande|manda|chama|chame|fala com|entre em contato|queremos (?:te|voce)|e (?:pra|para) voce|postula|postulate|postulese|envianos|enviar|escribinos|escribenos|escribe|contactanos|llamanos|aplica|es para vos|es para ti|sos (?:vos|quien)|eres (?:tu|quien)|any questions|duvidas|dudas|preguntas)\b/u

// A condition that only says the reader lacks it ("if you don't have one yet"), what the reader wants, or has time,
// questions or interest ("if you have a moment", "se tiver dúvidas", "si tienes tiempo") is no ask.
const LACKING_OR_WANTING =
  /\b(?:if|se|si|caso)\s+(?:(?:you|voce|vc|tu|usted|vos)\s+)?(?:(?:don't|do not|haven't|nao|no|want|wish|quer|quiser|quieres|queres)\b|\p{L}+\s+(?:(?:any|some|a|alguma|algum|alguna|algun)\s+)?(?:time|moment|questions?|doubts?|interest|tempo|tiempo|duvidas?|dudas?|preguntas?|interesse|interes)\b)/u

/**
 * True when a line puts what it names under a condition on the reader having or knowing it ("Extra love if you've sold
 * payroll software", "Se tiver o curso de NR-10, traga o certificado", "Le ponemos una estrellita a tu CV si hiciste el
 * curso"), and the condition leads to no call to apply: whoever lacks it is not turned away, so it is wanted, not
 * needed. A condition that names who should apply ("If you have three years in sales, send your CV") asks instead.
 */
export function statesReaderCondition(line: string): boolean {
  const folded = normalizeText(line)
  const condition = READER_HAVING_CONDITION.exec(folded)
  if (!condition) return false
  if (LACKING_OR_WANTING.test(folded)) return false
  // The condition must govern the line: open it, or follow a short main clause that only weighs ("Extra love if…", "Le
  // ponemos una estrellita a tu CV si…"). After an item of its own ("Power meter – se tiver prática, OTDR") it reaches
  // only its own tail, which the line's reading cannot part from the item before it.
  const before = folded.slice(0, condition.index).replace(/^[^\p{L}]+/u, '')
  if (/[,;:–—(]|\s-\s/u.test(before) || before.split(/\s+/u).filter(Boolean).length > 8) return false
  // Opening the line, the condition weighs what it names only when its consequence asks the reader to show it ("Se
  // tiver o curso, traga o certificado", "If you hold one, bring it along"): a credential to prove, not a bar. Another
  // consequence says something else of the thing ("Si tenés moto, te pagamos la nafta").
  if (before.length === 0 && !SHOW_IT.test(folded.slice(condition.index + condition[0].length))) return false
  // The employer giving something for it ("we pay your fuel if you have a van") offers; it neither asks nor weighs.
  if (EMPLOYER_GIVES.test(folded)) return false
  // A contrast that goes on to a need ("If you've used X you'll be quicker, but Y you will need from day one") asks for
  // what it contrasts: the line holds both kinds, and its need must not be read as wanted.
  const rest = folded.slice(condition.index)
  if (CONTRASTED_NEED.test(rest)) return false
  // A condition with nothing after its verb ("Você vai se dar bem aqui se tiver") heads the list below it: what the
  // reader is to have comes on the lines under it, and the heading reader weighs that frame.
  if (!/\p{L}/u.test(folded.slice(condition.index + condition[0].length))) return false
  return !CALL_OR_FIT.test(folded)
}

// Verbs that ask the reader to show or bring proof of what the condition names.
const SHOW_IT =
  /\b(?:bring|show|attach|include|mention|tell us|send (?:us )?(?:a copy|proof|the certificate)|traga|trazer|traz|mostre|mostrar|anexe|anexar|inclua|mencione|comente|conte|avise|trae|trae(?:la|lo|los|las)|traiga|traigas|muestra|mostra|mostranos|muestranos|adjunta|adjuntar|adjuntalo|incluye|inclui|menciona|mencionalo|contanos|cuentanos|avisanos)\b|\btrae\b/u

// The employer giving or paying: "we pay", "we'll cover", "te pagamos", "pagamos", "damos", "oferecemos", "reembolsamos".
const EMPLOYER_GIVES =
  /\b(?:we(?:'ll| will)? (?:pay|cover|provide|give|reimburse|offer)|pagamos|pagaremos|cubrimos|damos|daremos|ofrecemos|oferecemos|reembolsamos|bancamos|custeamos)\b/u

const CONTRASTED_NEED =
  /\b(?:but|yet|mas|porem|pero|sin embargo)\b.*\b(?:need|needs|needed|must|required|essential|precisa|precisara|necessari\p{L}*|obrigatori\p{L}*|necesit\p{L}*|necesari\p{L}*|imprescindi\p{L}*|indispensa\p{L}*|tienes que|tendras que|tem que|tera que)\b/u
