import type { MessageKind, MessageLocale, MessageTemplateRecord } from '@shortlist/db'
import { AI_NOTICE } from './ai-notice'

export type MessageTemplateText = { subject: string; body: string }
export type MessageValues = {
  candidateName: string
  jobTitle: string
  link: string
  organizationName: string
}

/** Placeholders every template may use. */
export const MESSAGE_PLACEHOLDERS = ['{candidateName}', '{jobTitle}', '{link}', '{organizationName}'] as const

export const MESSAGE_KINDS: readonly MessageKind[] = ['prep_invite', 'interview_invitation', 'rejection']
export const MESSAGE_LOCALES: readonly MessageLocale[] = ['en', 'pt', 'es']

/** What an organisation sends until it writes its own templates. */
export const DEFAULT_MESSAGE_TEMPLATES: Record<MessageKind, Record<MessageLocale, MessageTemplateText>> = {
  prep_invite: {
    en: {
      subject: 'Prepare for your interview: {jobTitle} at {organizationName}',
      body: `Hello {candidateName},\n\nThank you for applying for {jobTitle}. We have put together a page to help you prepare for your interviews: the topics we will cover and some practice questions.\n\n{link}\n\nThe link works on any device until it expires.\n\n${AI_NOTICE.en}\n\nBest regards,\n{organizationName}`,
    },
    pt: {
      subject: 'Prepare-se para a sua entrevista: {jobTitle} na {organizationName}',
      body: `Olá {candidateName},\n\nObrigado por se candidatar à vaga de {jobTitle}. Preparamos uma página para ajudar na sua preparação para as entrevistas: os temas que vamos abordar e algumas perguntas para praticar.\n\n{link}\n\nO link funciona em qualquer dispositivo até expirar.\n\n${AI_NOTICE.pt}\n\nAtenciosamente,\n{organizationName}`,
    },
    es: {
      subject: 'Prepárate para tu entrevista: {jobTitle} en {organizationName}',
      body: `Hola {candidateName},\n\nGracias por postularte a {jobTitle}. Hemos preparado una página para ayudarte a preparar tus entrevistas: los temas que trataremos y algunas preguntas de práctica.\n\n{link}\n\nEl enlace funciona en cualquier dispositivo hasta que caduque.\n\n${AI_NOTICE.es}\n\nSaludos cordiales,\n{organizationName}`,
    },
  },
  interview_invitation: {
    en: {
      subject: 'Interview invitation: {jobTitle} at {organizationName}',
      body: `Hello {candidateName},\n\nWe would like to invite you to interview for {jobTitle}. We will be in touch shortly to agree on a time. In the meantime, this page will help you prepare:\n\n{link}\n\n${AI_NOTICE.en}\n\nBest regards,\n{organizationName}`,
    },
    pt: {
      subject: 'Convite para entrevista: {jobTitle} na {organizationName}',
      body: `Olá {candidateName},\n\nGostaríamos de convidar você para uma entrevista para a vaga de {jobTitle}. Entraremos em contato em breve para combinar um horário. Enquanto isso, esta página vai ajudar na sua preparação:\n\n{link}\n\n${AI_NOTICE.pt}\n\nAtenciosamente,\n{organizationName}`,
    },
    es: {
      subject: 'Invitación a entrevista: {jobTitle} en {organizationName}',
      body: `Hola {candidateName},\n\nNos gustaría invitarte a una entrevista para {jobTitle}. Te contactaremos pronto para acordar un horario. Mientras tanto, esta página te ayudará a prepararte:\n\n{link}\n\n${AI_NOTICE.es}\n\nSaludos cordiales,\n{organizationName}`,
    },
  },
  rejection: {
    en: {
      subject: 'Your application for {jobTitle} at {organizationName}',
      body: 'Hello {candidateName},\n\nThank you for your interest in {jobTitle} and for the time you gave us. After careful consideration we have decided not to move forward with your application.\n\nWe wish you every success in your search.\n\nBest regards,\n{organizationName}',
    },
    pt: {
      subject: 'Sua candidatura para {jobTitle} na {organizationName}',
      body: 'Olá {candidateName},\n\nObrigado pelo seu interesse na vaga de {jobTitle} e pelo tempo dedicado. Após uma análise cuidadosa, decidimos não seguir com a sua candidatura.\n\nDesejamos muito sucesso na sua busca.\n\nAtenciosamente,\n{organizationName}',
    },
    es: {
      subject: 'Tu postulación para {jobTitle} en {organizationName}',
      body: 'Hola {candidateName},\n\nGracias por tu interés en {jobTitle} y por el tiempo que nos dedicaste. Tras una cuidadosa consideración, hemos decidido no avanzar con tu postulación.\n\nTe deseamos mucho éxito en tu búsqueda.\n\nSaludos cordiales,\n{organizationName}',
    },
  },
}

/** Which templates carry the candidate's prep link (an invite is created when they are sent). */
export const messageCarriesLink = (kind: MessageKind): boolean => kind !== 'rejection'

/** The organisation's template for a kind and locale, else the default one. */
export function pickMessageTemplate(
  custom: readonly MessageTemplateRecord[],
  kind: MessageKind,
  locale: MessageLocale,
): MessageTemplateText & { custom: boolean } {
  const own = custom.find((template) => template.kind === kind && template.locale === locale)
  return own
    ? { subject: own.subject, body: own.body, custom: true }
    : { ...DEFAULT_MESSAGE_TEMPLATES[kind][locale], custom: false }
}

/** Fills the placeholders; unknown `{names}` stay visible so a typo shows in the preview instead of vanishing. */
export function renderCandidateMessage(
  template: MessageTemplateText,
  values: MessageValues,
): MessageTemplateText {
  const fill = (text: string) =>
    text.replace(/\{(candidateName|jobTitle|link|organizationName)\}/g, (_whole, name: keyof MessageValues) =>
      // A subject line is one line: a value with line breaks (a hostile candidate name) cannot add headers.
      values[name].replace(/[\r\n]+/g, ' '),
    )
  return { subject: fill(template.subject), body: fill(template.body) }
}
