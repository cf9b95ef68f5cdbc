// One spelling per value: the server tells a harmless re-send (`duplicate`) from a conflicting
// record with the same id by comparing these strings, whatever key order the client used.

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, sortKeys) ?? 'null';
}

function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  // A null prototype keeps an own "__proto__" key (legal in JSON) an ordinary property.
  const sorted: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const source = value as Record<string, unknown>;
  for (const key of Object.keys(source).sort()) sorted[key] = source[key];
  return sorted;
}
