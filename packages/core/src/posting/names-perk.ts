import { normalizeText } from './normalize-text'

// Nouns of what an employer gives (EN, PT, ES): allowances, pensions, cover, paid leave, shares of profit, meals and
// discounts. A closed class of the offer's own words, so an item is told a perk by what it names, not by a list of
// perks seen in postings. "Bonus" counts only with a word of when or how it is paid ("annual bonus", "bono de
// productividad"): "a bonus" alone is the cue of an extra.
const PERK_NOUN =
  /\b(?:allowances?|stipends?|subsid(?:y|ies)|pension|provident fund|retirement (?:plan|savings)|401\(?k\)?|rrsp|superannuation|medical aid|(?:health|dental|vision|medical|life|disability) (?:insurance|plan|cover(?:age)?|care|benefits?)|(?:group|private|car|travel) insurance|(?:annual|yearly|quarterly|monthly|performance|signing|sign-on|christmas|holiday|13th) bonus|bonus (?:scheme|plan)|profit[- ]sharing|share options|stock options|(?:annual|sick|parental|maternity|paternity|paid|study) leave|pto|paid time off|paid holidays|holiday pay|vacations?|overtime (?:paid|pay)|paid overtime|discounts?|tuition (?:assistance|reimbursement)|reimburse\p{L}*|employee assistance|wellness|gym membership|canteen|free meals?|meals? provided|lunch provided|vale[- ]?(?:refeicao|alimentacao|transporte|combustivel)|\bv[rta]\b|plano (?:de saude|odontologico)|assistencia (?:medica|odontologica)|convenio (?:medico|odontologico)|seguro (?:de vida|saude|de saude|medico|de salud|de gastos medicos|dental|de accidentes|complementario)|previdencia privada|auxilio[- ]\p{L}+|ajuda de custo|bolsas? (?:de estudos?|de \d+|auxilio)|becas? (?:de estudios?|del? \d+)|plr|participacao nos lucros|decimo terceiro|13o salario|ferias|recesso|cesta basica|refeitorio|gympass|wellhub|totalpass|adicional (?:noturno|de insalubridade|de periculosidade|por hora)|prestaciones(?: de ley| superiores)?|aguinaldo|vales? de (?:despensa|comida|gasolina)|fondo de (?:ahorro|pensiones)|caja de ahorro|prima vacacional|utilidades|reparto de utilidades|plan de pensiones|vacaciones|dias libres|comedor|ticket restaurante|cheques? (?:restaurante|guarderia)|bono (?:de|por|anual|mensual|trimestral)|bonificacion\p{L}*|gratificacion\p{L}*|afp|eps|cts|(?:base|basic) (?:salary|pay)|(?:sueldo|salario) base|salario (?:base|fixo)|(?:night|weekend|shift|sunday|holiday|unsocial hours?) (?:rates?|premiums?|differentials?|uplifts?|enhancements?)|(?:shift|night) allowance|plus (?:de|por) (?:nocturnidad|turnicidad|transporte|peligrosidad)|recargos? (?:nocturnos?|dominical\p{L}*|festivos?)|prima dominical)\b/u
// Cover named bare, as a run of perks names it ("extended health", "dental", "vision").
const BARE_COVER = /^(?:extended |supplementary |private |group )?(?:health|dental|vision|medical)$/u
// What the employer provides for the work, named as the company's own ("company car", "carro da empresa", "coche de
// empresa", "a company-paid phone") or said to be given ("uniform provided", "ropa y EPIs", "formação paga pela
// escola", "training paid by us").
const GIVEN_THING =
  /^(?:an? |um |uma |un |una )?(?:company|corporate|company-paid|employer-paid)\s+\p{L}|\b(?:da|de la|de|do) (?:empresa|companhia|compania|firma)$|\b(?:provided|supplied|included|covered|fornecid[oa]s?|incluid[oa]s?|proporcionad[oa]s?|pag[oa]s? pel[oa]\s+\p{L}+|pagad[oa]s? por (?:la|el) \p{L}+|a cargo de la empresa|por conta da empresa|paid by (?:us|the company|the employer))\b/u
// "Paid" as what the employer pays for ("paid training", "five days of paid development", "overtime paid"), never a
// channel of marketing ("paid search", "paid social").
const PAID_FOR =
  /\bpaid\b(?!\s+(?:search|social|media|ads?|advertising|campaigns?|acquisition|traffic|channels?)\b)/u

/**
 * True when one item of a list names something the employer gives: an allowance, a pension, cover, paid leave, a share
 * of profit, a discount, a meal, or a thing the company provides ("Company van for work use", "cellphone allowance",
 * "plano de saúde", "aguinaldo", "five days of paid development a year"). Items longer than a short phrase describe
 * more than a perk.
 */
export function namesPerk(item: string): boolean {
  const folded = normalizeText(item.trim())
    .replace(/^[^\p{L}\d]+/u, '')
    .replace(/[.!;:]+$/u, '')
    .replace(/\s+/gu, ' ')
  if (folded.length === 0 || folded.split(' ').length > 12) return false
  return (
    BARE_COVER.test(folded) || PERK_NOUN.test(folded) || GIVEN_THING.test(folded) || PAID_FOR.test(folded)
  )
}
