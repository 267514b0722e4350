import type { RequirementKind } from '../types'
import { findTopicLabelEnd } from './find-topic-label'
import { classifyHeading } from './posting-cues'

/**
 * Where a label that only names the asks in general ends ("Perfil: …", "Competencias: …", "Profile: …", "Soft
 * skills: …"): a short label that, read as a heading, would head a list of what is asked. It groups what follows its
 * colon and asks nothing itself, so the qualities after it are read as they would be on a line of their own. Null when
 * the line opens with no such label; else where it ends and the kind it names as a heading.
 */
export function findAsksLabel(sentence: string): { end: number; kind: RequirementKind } | null {
  const end = findTopicLabelEnd(sentence)
  if (end < 0) return null
  const label = sentence.slice(0, end).replace(/[\s:]+$/u, '')
  if (label.trim().split(/\s+/u).length > 3) return null
  const section = classifyHeading(label, true)
  return section === 'required' || section === 'nice_to_have' ? { end, kind: section } : null
}
