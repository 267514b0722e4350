import type { MessageLocale } from '@shortlist/db'

/**
 * The notice that an automated tool helps screen applications (NYC Local Law 144 asks for one before it is used),
 * with the way to ask for an alternative. Shown on the prep page and carried by the default invite templates.
 */
export const AI_NOTICE: Record<MessageLocale, string> = {
  en: 'About automated screening: we use an automated tool to help screen applications. It compares the skills, experience and qualifications in your resume with the requirements of the posting; it does not read your name, contact details, photo, age or any self-identification answer. People review its results and make every decision. You may ask for an alternative selection process or an accommodation on your preparation page.',
  pt: 'Sobre a triagem automatizada: usamos uma ferramenta automatizada para ajudar na triagem das candidaturas. Ela compara as competências, a experiência e as qualificações do seu currículo com os requisitos da vaga; não lê o seu nome, contatos, foto, idade nem qualquer resposta de autoidentificação. Pessoas revisam os resultados e tomam todas as decisões. Você pode pedir um processo seletivo alternativo ou uma adaptação na sua página de preparação.',
  es: 'Sobre la evaluación automatizada: usamos una herramienta automatizada para ayudar a evaluar las postulaciones. Compara las habilidades, la experiencia y las calificaciones de tu currículum con los requisitos de la vacante; no lee tu nombre, datos de contacto, foto, edad ni ninguna respuesta de autoidentificación. Personas revisan sus resultados y toman todas las decisiones. Puedes pedir un proceso de selección alternativo o una adaptación en tu página de preparación.',
}

/** The notice in the posting's language, English when it is none of en, pt, es. */
export function aiNoticeFor(language: string): string {
  return language === 'pt' || language === 'es' ? AI_NOTICE[language] : AI_NOTICE.en
}
