import { foldText } from './tokenize-text'

/** Kebab-case id from a label ("C++" -> "cpp", "Weights & Biases" -> "weights-and-biases"). */
export function slugify(label: string, maxLength = 80): string {
  const slug = foldText(label)
    .replace(/c\+\+/g, 'cpp')
    .replace(/c#/g, 'csharp')
    .replace(/f#/g, 'fsharp')
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug.slice(0, maxLength).replace(/-+$/, '')
}
