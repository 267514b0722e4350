import type { PostingLanguage, RequirementType } from '@shortlist/core'

/** Why a question is in a kit. Each reason names the requirement (or the claim) it answers to. */
export type QuestionReason =
  | { kind: 'required'; label: string; type: RequirementType }
  | { kind: 'deepened'; label: string }
  | { kind: 'nice'; label: string }
  | { kind: 'trait'; label: string }
  | { kind: 'language'; label: string }
  | { kind: 'check'; label: string }
  | { kind: 'experience'; label: string }
  | { kind: 'competency'; competency: string; signal: string | null; label: string | null }
  | { kind: 'gap-missing'; label: string }
  | { kind: 'gap-partial'; label: string }
  | { kind: 'claim-listed'; label: string }
  | { kind: 'claim-impact'; label: string }
  | { kind: 'deep'; label: string }
  | { kind: 'pool'; label: string; note: string }
  | { kind: 'pool-covered'; label: string; type: RequirementType; note: string }

type Phrases = Record<QuestionReason['kind'], (reason: never) => string>

/** What the applicant pool shows about a requirement, as one clause of a "why" line (see planPoolProbing). */
export type PoolNote = {
  signal: 'claimed' | 'scarce' | 'uncertain' | 'proven' | 'mixed'
  shares: { matched: number; partial: number; missing: number; claimedOnly: number }
}

const POOL_NOTES: Record<
  PostingLanguage,
  Record<Exclude<PoolNote['signal'], 'mixed'>, (share: number) => string>
> = {
  en: {
    claimed: (share) => `${share}% of applicants only list it, without described use.`,
    scarce: (share) => `${share}% of applicants show no evidence of it.`,
    uncertain: (share) => `${share}% of applicants show it only partly or only list it.`,
    proven: (share) => `${share}% of applicants describe real use of it, so one question is enough.`,
  },
  pt: {
    claimed: (share) => `${share}% dos candidatos só o citam numa lista, sem descrever o uso.`,
    scarce: (share) => `${share}% dos candidatos não mostram evidência disso.`,
    uncertain: (share) => `${share}% dos candidatos mostram isso só em parte ou só o citam.`,
    proven: (share) => `${share}% dos candidatos descrevem uso real, então uma pergunta basta.`,
  },
  es: {
    claimed: (share) => `el ${share}% de los candidatos solo lo menciona en una lista, sin describir su uso.`,
    scarce: (share) => `el ${share}% de los candidatos no muestra evidencia de ello.`,
    uncertain: (share) => `el ${share}% de los candidatos lo muestra solo en parte o solo lo menciona.`,
    proven: (share) => `el ${share}% de los candidatos describe un uso real, así que basta una pregunta.`,
  },
}

/** The pool clause of a "why" line, in the kit's language, with the share that earned the signal; null for mixed. */
export function describePool(language: PostingLanguage, note: PoolNote): string | null {
  const { shares } = note
  switch (note.signal) {
    case 'claimed':
      return POOL_NOTES[language].claimed(shares.claimedOnly)
    case 'scarce':
      return POOL_NOTES[language].scarce(shares.missing)
    case 'uncertain':
      return POOL_NOTES[language].uncertain(
        Math.min(100 - shares.missing, shares.partial + shares.claimedOnly),
      )
    case 'proven':
      return POOL_NOTES[language].proven(Math.max(0, shares.matched - shares.claimedOnly))
    default:
      return null
  }
}

const TYPE_NAMES: Record<PostingLanguage, Record<RequirementType, string>> = {
  en: {
    skill: 'skill',
    knowledge: 'knowledge area',
    activity: 'activity',
    language: 'language',
    degree: 'degree',
    certification: 'certification',
    experience: 'experience',
    trait: 'trait',
    logistics: 'condition',
  },
  pt: {
    skill: 'habilidade',
    knowledge: 'área de conhecimento',
    activity: 'atividade',
    language: 'idioma',
    degree: 'formação',
    certification: 'certificação',
    experience: 'experiência',
    trait: 'característica',
    logistics: 'condição',
  },
  es: {
    skill: 'habilidad',
    knowledge: 'área de conocimiento',
    activity: 'actividad',
    language: 'idioma',
    degree: 'titulación',
    certification: 'certificación',
    experience: 'experiencia',
    trait: 'rasgo',
    logistics: 'condición',
  },
}

type R<K extends QuestionReason['kind']> = Extract<QuestionReason, { kind: K }>

const PHRASES: Record<PostingLanguage, Phrases> = {
  en: {
    required: (r: R<'required'>) => `Covers the required ${TYPE_NAMES.en[r.type]} "${r.label}".`,
    deepened: (r: R<'deepened'>) =>
      `A harder second question on "${r.label}", one of the heaviest required items.`,
    nice: (r: R<'nice'>) => `Covers the nice-to-have "${r.label}".`,
    trait: (r: R<'trait'>) =>
      `"${r.label}" is a quality a resume cannot show, so it is assessed here through past behaviour.`,
    language: (r: R<'language'>) =>
      `The posting requires "${r.label}": part of the interview runs in that language.`,
    check: (r: R<'check'>) => `"${r.label}" is confirmed with the candidate, not graded in the interview.`,
    experience: (r: R<'experience'>) =>
      `The posting asks for "${r.label}": the candidate walks through that experience.`,
    competency: (r: R<'competency'>) =>
      r.signal
        ? `${capitalise(r.competency)}: the posting signals it ("${r.signal}")${r.label ? `; answers to "${r.label}"` : ''}.`
        : `${capitalise(r.competency)}, on the work the role exists for${r.label ? ` ("${r.label}")` : ''}.`,
    'gap-missing': (r: R<'gap-missing'>) => `The resume shows no evidence of "${r.label}".`,
    'gap-partial': (r: R<'gap-partial'>) => `The resume only partly shows "${r.label}".`,
    'claim-listed': (r: R<'claim-listed'>) =>
      `"${r.label}" appears only in a skills list: this checks the claim.`,
    'claim-impact': (r: R<'claim-impact'>) => `Verifies a figure the resume claims (${r.label}).`,
    deep: (r: R<'deep'>) => `The resume is strong on "${r.label}": this finds how deep it goes.`,
    pool: (r: R<'pool'>) => `Probes "${r.label}" more deeply: ${r.note}`,
    'pool-covered': (r: R<'pool-covered'>) =>
      `Covers the required ${TYPE_NAMES.en[r.type]} "${r.label}": ${r.note}`,
  },
  pt: {
    required: (r: R<'required'>) => `Cobre a ${TYPE_NAMES.pt[r.type]} obrigatória "${r.label}".`,
    deepened: (r: R<'deepened'>) =>
      `Uma segunda pergunta, mais difícil, sobre "${r.label}", um dos requisitos de maior peso.`,
    nice: (r: R<'nice'>) => `Cobre o diferencial "${r.label}".`,
    trait: (r: R<'trait'>) =>
      `"${r.label}" é uma característica que o currículo não mostra, por isso é avaliada pelo comportamento passado.`,
    language: (r: R<'language'>) => `A vaga exige "${r.label}": parte da entrevista acontece nesse idioma.`,
    check: (r: R<'check'>) => `"${r.label}" é confirmado com a pessoa candidata, não avaliado na entrevista.`,
    experience: (r: R<'experience'>) =>
      `A vaga pede "${r.label}": a pessoa candidata percorre essa experiência.`,
    competency: (r: R<'competency'>) =>
      r.signal
        ? `${capitalise(r.competency)}: a vaga indica isso ("${r.signal}")${r.label ? `; responde a "${r.label}"` : ''}.`
        : `${capitalise(r.competency)}, sobre o trabalho central da vaga${r.label ? ` ("${r.label}")` : ''}.`,
    'gap-missing': (r: R<'gap-missing'>) => `O currículo não mostra evidência de "${r.label}".`,
    'gap-partial': (r: R<'gap-partial'>) => `O currículo mostra "${r.label}" apenas em parte.`,
    'claim-listed': (r: R<'claim-listed'>) =>
      `"${r.label}" aparece só numa lista de habilidades: esta pergunta verifica a afirmação.`,
    'claim-impact': (r: R<'claim-impact'>) => `Verifica um número que o currículo afirma (${r.label}).`,
    deep: (r: R<'deep'>) => `O currículo é forte em "${r.label}": esta pergunta mede a profundidade.`,
    pool: (r: R<'pool'>) => `Aprofunda "${r.label}": ${r.note}`,
    'pool-covered': (r: R<'pool-covered'>) =>
      `Cobre a ${TYPE_NAMES.pt[r.type]} obrigatória "${r.label}": ${r.note}`,
  },
  es: {
    required: (r: R<'required'>) => `Cubre la ${TYPE_NAMES.es[r.type]} obligatoria "${r.label}".`,
    deepened: (r: R<'deepened'>) =>
      `Una segunda pregunta, más difícil, sobre "${r.label}", uno de los requisitos de más peso.`,
    nice: (r: R<'nice'>) => `Cubre el deseable "${r.label}".`,
    trait: (r: R<'trait'>) =>
      `"${r.label}" es una cualidad que un currículum no muestra, así que se evalúa por el comportamiento pasado.`,
    language: (r: R<'language'>) =>
      `El puesto exige "${r.label}": parte de la entrevista se hace en ese idioma.`,
    check: (r: R<'check'>) =>
      `"${r.label}" se confirma con la persona candidata, no se evalúa en la entrevista.`,
    experience: (r: R<'experience'>) =>
      `El puesto pide "${r.label}": la persona candidata recorre esa experiencia.`,
    competency: (r: R<'competency'>) =>
      r.signal
        ? `${capitalise(r.competency)}: la oferta lo indica ("${r.signal}")${r.label ? `; responde a "${r.label}"` : ''}.`
        : `${capitalise(r.competency)}, sobre el trabajo central del puesto${r.label ? ` ("${r.label}")` : ''}.`,
    'gap-missing': (r: R<'gap-missing'>) => `El currículum no muestra evidencia de "${r.label}".`,
    'gap-partial': (r: R<'gap-partial'>) => `El currículum muestra "${r.label}" solo en parte.`,
    'claim-listed': (r: R<'claim-listed'>) =>
      `"${r.label}" aparece solo en una lista de habilidades: esta pregunta verifica la afirmación.`,
    'claim-impact': (r: R<'claim-impact'>) => `Verifica una cifra que el currículum afirma (${r.label}).`,
    deep: (r: R<'deep'>) => `El currículum es fuerte en "${r.label}": esta pregunta mide la profundidad.`,
    pool: (r: R<'pool'>) => `Profundiza en "${r.label}": ${r.note}`,
    'pool-covered': (r: R<'pool-covered'>) =>
      `Cubre la ${TYPE_NAMES.es[r.type]} obligatoria "${r.label}": ${r.note}`,
  },
} as unknown as Record<PostingLanguage, Phrases>

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 90 ? `${flat.slice(0, 89).replace(/\s+\S*$/, '')}…` : flat
}

/** The one-line "why this question" shown with every kit question, in the kit's language. */
export function explainQuestion(language: PostingLanguage, reason: QuestionReason): string {
  const shortened = 'label' in reason && reason.label ? { ...reason, label: shorten(reason.label) } : reason
  const phrase = PHRASES[language][reason.kind] as (reason: QuestionReason) => string
  return phrase(shortened)
}
