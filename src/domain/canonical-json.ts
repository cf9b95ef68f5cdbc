// One spelling per value: the server tells a harmless re-send (`duplicate`) from a conflicting
// record with the same id by comparing these strings, whatever key order the client used.
// Written out directly rather than through JSON.stringify with a key-sorting replacer, which
// copied every object and was a tenth of the server's ingest time; JSON.stringify still spells
// every scalar and key, so the output is the same.

export function canonicalJson(value: unknown): string {
  return write(value) ?? 'null';
}

/** The canonical text of `value`, or undefined where JSON.stringify would leave it out. */
function write(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const { toJSON } = value as { toJSON?: unknown };
  if (typeof toJSON === 'function') return write((toJSON as (this: object) => unknown).call(value));
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += write(value[i]) ?? 'null';
    }
    return `${out}]`;
  }
  // Boxed primitives (new String('x')) spell as their value, as in JSON.stringify.
  if (value instanceof String || value instanceof Number || value instanceof Boolean) {
    return JSON.stringify(value);
  }
  const source = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(source).sort()) {
    const text = write(source[key]);
    if (text === undefined) continue;
    if (out.length > 1) out += ',';
    out += `${JSON.stringify(key)}:${text}`;
  }
  return `${out}}`;
}
