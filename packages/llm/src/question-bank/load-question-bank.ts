import { readdirSync, readFileSync } from 'node:fs'
import type { PostingLanguage } from '@shortlist/core'
import {
  type BehavioralBank,
  type GenericBank,
  type TechnicalBank,
  ZBehavioralBank,
  ZGenericBank,
  ZTechnicalBank,
} from './question-bank.schema'

export type QuestionBank = {
  behavioral: Record<PostingLanguage, BehavioralBank>
  generic: Record<PostingLanguage, GenericBank>
  /** Skill- and category-specific questions, by language; a language may have none. */
  technical: Record<PostingLanguage, TechnicalBank['topics']>
}

/** Version of the curated bank; part of the offline provider's prompt version so caches roll over on edits. */
export const QUESTION_BANK_VERSION = 'question-bank.v2'

const DEFAULT_DIRECTORY = new URL('../../data/question-bank/', import.meta.url)
const LANGUAGES: PostingLanguage[] = ['en', 'pt', 'es']

let cached: QuestionBank | null = null

function readJson(directory: URL, name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, directory), 'utf8'))
}

function parseOrThrow<T>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: Error } },
  value: unknown,
  name: string,
): T {
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new Error(`Invalid question bank file ${name}: ${parsed.error.message}`)
  return parsed.data
}

/** Reads and validates the curated question bank (memoised for the default folder). */
export function loadQuestionBank(directory?: URL): QuestionBank {
  if (!directory && cached) return cached
  const folder = directory ?? DEFAULT_DIRECTORY
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
  const bank: QuestionBank = {
    behavioral: {} as QuestionBank['behavioral'],
    generic: {} as QuestionBank['generic'],
    technical: { en: [], pt: [], es: [] },
  }
  for (const language of LANGUAGES) {
    const behavioralName = `behavioral.${language}.json`
    const genericName = `generic.${language}.json`
    bank.behavioral[language] = parseOrThrow(
      ZBehavioralBank,
      readJson(folder, behavioralName),
      behavioralName,
    )
    bank.generic[language] = parseOrThrow(ZGenericBank, readJson(folder, genericName), genericName)
  }
  for (const name of names.filter((file) => file.startsWith('technical'))) {
    const technical = parseOrThrow(ZTechnicalBank, readJson(folder, name), name)
    bank.technical[technical.language].push(...technical.topics)
  }
  if (!directory) cached = bank
  return bank
}
