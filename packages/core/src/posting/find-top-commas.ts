/**
 * The indexes of the commas of a line that stand outside brackets: where a run of asks may be cut, since a comma
 * inside "(A, B or C)" only lists examples of one ask.
 */
export function findTopCommas(line: string): number[] {
  const found: number[] = []
  let depth = 0
  for (const [index, char] of [...line].entries()) {
    if (char === '(' || char === '[') depth += 1
    else if ((char === ')' || char === ']') && depth > 0) depth -= 1
    else if (char === ',' && depth === 0) found.push(index)
  }
  return found
}
