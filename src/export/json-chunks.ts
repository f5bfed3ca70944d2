// JSON text in pieces: an export's big lists are written element by element, never as one string.

/**
 * Yields `JSON.stringify(value, null, 1) + '\n'` in pieces: the object's opening, then each
 * element of its top-level arrays (with its comma and indentation), then its closing. Joined,
 * the pieces are that text exactly; written one after another, they never make the whole text,
 * which at 50,000 minutes is a string of hundreds of MB (`actions.json`). JSON strings hold no
 * raw line break, so indenting a piece's lines is safe.
 */
export function* jsonChunks(value: object): Generator<string> {
  // What JSON.stringify keeps of an object: own enumerable keys whose values serialise.
  const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined && typeof item !== 'function' && typeof item !== 'symbol');
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{';
  for (const [index, [key, item]] of entries.entries()) {
    const comma = index < entries.length - 1 ? ',' : '';
    yield `\n ${JSON.stringify(key)}: `;
    if (Array.isArray(item) && item.length > 0) {
      yield '[';
      for (const [at, element] of item.entries()) {
        // An element that does not serialise is null in an array, as JSON.stringify writes it.
        const text = JSON.stringify(element, null, 1) ?? 'null';
        yield `\n  ${text.replace(/\n/g, '\n  ')}${at < item.length - 1 ? ',' : ''}`;
      }
      yield `\n ]${comma}`;
    } else {
      yield `${JSON.stringify(item, null, 1).replace(/\n/g, '\n ')}${comma}`;
    }
  }
  yield '\n}\n';
}
