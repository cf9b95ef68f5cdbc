// Record ids are UUIDv7 so they sort by creation time in every index they are stored in.
import { v7 } from 'uuid';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function newId(): string {
  return v7();
}

/** Any RFC 4122/9562 UUID (versions 1–8), in either case. */
export function isUuid(s: string): boolean {
  return UUID.test(s);
}
