// Pull cursors are opaque to the client: base64url of `v1:<last seq seen>`. The version prefix
// lets a later format be told apart; anything that does not decode is a bad request, and so is
// any spelling but the one the server gave (base64 has others: padding, stray low bits).
const PREFIX = 'v1:';

export function encodeCursor(seq: number): string {
  return Buffer.from(`${PREFIX}${seq}`).toString('base64url');
}

/** The last seq seen, 0 for no cursor, or undefined when the cursor is not one of ours. */
export function decodeCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined || cursor === '') return 0;
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX)) return undefined;
  const digits = text.slice(PREFIX.length);
  if (!/^(0|[1-9]\d{0,15})$/.test(digits)) return undefined;
  const seq = Number(digits);
  return Number.isSafeInteger(seq) && encodeCursor(seq) === cursor ? seq : undefined;
}
