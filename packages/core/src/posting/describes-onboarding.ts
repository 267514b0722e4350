import { normalizeText } from './normalize-text'

// The people about to join as the sentence's subject ("New dispatchers", "All new hires", "Os novos colaboradores",
// "Quem entra", "Las nuevas incorporaciones", "El personal de nuevo ingreso"), or the training itself ("Onboarding",
// "O treinamento inicial", "La capacitación").
const NEWCOMER_SUBJECT =
  /^(?:(?:all|every|each|our|todos os|todas as|os|as|nossos|nossas|todos los|todas las|los|las|nuestros|nuestras|cada)\s+)?(?:(?:new|newly hired|novos?|novas?|recem[- ]contratad[oa]s|nuev[oa]s?|recien contratad[oa]s)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|new starters?|newcomers?|quem entra|quem chega|quien entra|quienes entran|(?:el|o) personal de nuevo ingreso|(?:the |our |o |a |el |la |nosso |nossa |nuestro |nuestra )?(?:onboarding|induction|orientation|training|initial training|treinamento(?: inicial)?|formacao inicial|integracao|capacitacao(?: inicial)?|capacitacion(?: inicial)?|formacion inicial|induccion))\s+/u
// A verb of going through training or of the training lasting or holding something.
const GOES_THROUGH =
  /^(?:(?:will|all|first|then|also)\s+)?(?:complete|completes|go through|goes through|undergo|undergoes|receive|receives|attend|attends|start|starts|begin|begins|spend|spends|shadow|shadows|are (?:trained|paired|mentored|given)|get|gets|lasts?|takes?|runs?|includes?|covers?|consists? of|is (?:paid|delivered|provided|held)|recebem|recebe|passam por|passa por|fazem|faz|realizam|realiza|participam|participa|comecam|comeca|iniciam|inicia|acompanham|acompanha|sao (?:treinad[oa]s|acompanhad[oa]s)|dura|inclui|reciben|recibe|pasan por|pasa por|hacen|hace|realizan|completan|completa|participan|comienzan|comienza|empiezan|empieza|son (?:capacitad[oa]s|formad[oa]s|acompanad[oa]s)|incluye|consiste en)\b/u
const NEWCOMER_GOES_THROUGH = new RegExp(`${NEWCOMER_SUBJECT.source}${GOES_THROUGH.source.slice(1)}`, 'u')
// Training named in what follows, so the sentence speaks of learning the job, not of a check the hire must pass.
const TRAINING =
  /\b(?:training|trained|academy|course|classroom|orientation|onboarding|induction|mentor\p{L}*|shadow\p{L}*|program(?:me)?|weeks?|days?|treinamento|treinad[oa]s|formacao|capacitacao|integracao|curso|academia|programa|semanas?|dias|capacitacion|capacitad[oa]s|formacion|induccion|acompanhamento|acompanamiento)\b/u
// A check or an obligation: what the hire must pass or do is asked after all ("New hires must pass a drug screen").
const CHECK_OR_OBLIGATION =
  /\b(?:must|required|need to|needs to|have to|has to|should|check|screen\p{L}*|tests?|exams?|background|drug|medical|deve|devem|precisa|precisam|tem que|obrigatori\p{L}*|exame\p{L}*|verificac\p{L}*|antecedentes|debe|deben|necesita|necesitan|tiene que|tienen que|examen\p{L}*|prueba\p{L}*)\b/u

/**
 * True when a sentence tells the training the employer gives new hires ("New dispatchers complete a ten-week paid
 * academy …", "Os novos colaboradores passam por duas semanas de integração", "Las nuevas incorporaciones reciben un
 * curso de un mes"): what the job provides, not what the candidate must bring. A check or an obligation keeps it an ask.
 */
export function describesOnboarding(sentence: string): boolean {
  const folded = normalizeText(sentence.trim())
    .replace(/^[^\p{L}]+/u, '')
    .replace(/\s+/gu, ' ')
  return NEWCOMER_GOES_THROUGH.test(folded) && TRAINING.test(folded) && !CHECK_OR_OBLIGATION.test(folded)
}
