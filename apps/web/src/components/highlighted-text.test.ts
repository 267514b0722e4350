import { describe, expect, it } from 'vitest'
import { segmentText } from './highlighted-text'

describe('segmentText', () => {
  it('splits overlapping spans into adjacent segments that cover the text exactly once', () => {
    const text = 'Python and Kubernetes on AWS'
    const segments = segmentText(text, [
      { start: 0, end: 6, id: 'python' },
      { start: 11, end: 28, id: 'cloud' },
      { start: 11, end: 21, id: 'kubernetes' },
    ])
    expect(segments.map((segment) => text.slice(segment.start, segment.end)).join('')).toBe(text)
    const kubernetes = segments.find((segment) => text.slice(segment.start, segment.end) === 'Kubernetes')
    expect(kubernetes?.spans.map((span) => span.id).sort()).toEqual(['cloud', 'kubernetes'])
    const tail = segments.find((segment) => text.slice(segment.start, segment.end) === ' on AWS')
    expect(tail?.spans.map((span) => span.id)).toEqual(['cloud'])
    const gap = segments.find((segment) => text.slice(segment.start, segment.end) === ' and ')
    expect(gap?.spans).toEqual([])
  })

  it('clamps spans that run past the text and drops empty or inverted ones', () => {
    const segments = segmentText('abc', [
      { start: -5, end: 1, id: 'a' },
      { start: 2, end: 99, id: 'c' },
      { start: 2, end: 2, id: 'empty' },
      { start: 3, end: 1, id: 'inverted' },
    ])
    expect(
      segments.map((segment) => [segment.start, segment.end, segment.spans.map((span) => span.id)]),
    ).toEqual([
      [0, 1, ['a']],
      [1, 2, []],
      [2, 3, ['c']],
    ])
  })
})
