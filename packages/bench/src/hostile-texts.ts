/**
 * Families of hostile resume texts, each built at any size from one repeated pattern. The first three are the
 * inputs that stalled the service (issue 14); the others stress the remaining per-line, per-mention and
 * per-section paths the same way. `scale` 1 is the small base size; 16 is the stalling size or beyond.
 */
export const HOSTILE_TEXTS: Record<string, (scale: number) => string> = {
  // One run of 20,000 letters per scale step under a contact block: 4× is the 80 KB file that stalled for 9.6 s.
  'letter run': (scale) => `Jane Doe\njane@example.com\n${'a'.repeat(20_000 * scale)}`,
  // A skill next to an address, 2,000 times per step: 4× is the text that stalled for 29 s.
  'mentions beside addresses': (scale) => 'python a@b.co '.repeat(2_000 * scale),
  // Heading lines, 25,000 per step: 16× is the 4.4 MB file that hung the server for over 10 minutes.
  'heading lines': (scale) => 'Experience\n'.repeat(25_000 * scale),
  // Ambiguous skill names, each needing a look at its neighbours.
  'ambiguous mentions': (scale) => 'Go R Excel Swift Word '.repeat(2_000 * scale),
  // Dated entries, each its own experience entry mentioning a skill.
  'dated entries': (scale) =>
    `Jane Doe\n\nExperience\n${'Engineer, Acme\nJan 2019 - Feb 2020\nBuilt Kafka pipelines.\n\n'.repeat(1_000 * scale)}`,
  // One bullet wrapped over thousands of lines.
  'wrapped bullet': (scale) =>
    `Experience\n- Built\n${'systems and tools for the team\n'.repeat(2_000 * scale)}`,
}

export const HOSTILE_SCALES = [1, 4, 16] as const
