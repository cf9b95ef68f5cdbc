const encoder = new TextEncoder();

/** Size in bytes of `value` as the UTF-8 JSON the server will receive. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}
