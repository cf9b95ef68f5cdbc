// CBOR as the DCC layers use it: integer map keys (COSE headers, CWT claims), the two COSE tags,
// and the date-time tags some issuers put on test dates. Duplicate map keys are refused, so two
// readers can never see two different certificates in one message.
import { decode, encode, encodeInto, Tagged, type TagDecoder } from 'cborg';

export const COSE_SIGN1_TAG = 18;
export const CWT_TAG = 61;

const tags: Record<number, TagDecoder> = {
  // RFC 8949 §3.4.1: a date-time string; kept as written.
  0: (content) => {
    const text: unknown = content();
    if (typeof text !== 'string') throw new Error('tag 0 must hold a date-time string');
    return text;
  },
  // RFC 8949 §3.4.2: seconds since the epoch, read as the same instant in ISO 8601.
  1: (content) => {
    const seconds: unknown = content();
    const ms = typeof seconds === 'number' ? seconds * 1000 : NaN;
    if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) throw new Error('tag 1 must hold a time');
    return new Date(ms).toISOString();
  },
  [COSE_SIGN1_TAG]: Tagged.decoder(COSE_SIGN1_TAG),
  [CWT_TAG]: Tagged.decoder(CWT_TAG),
};

/** Decodes one CBOR item (throws on malformed data; callers turn that into a step failure). */
export function decodeCbor(bytes: Uint8Array): unknown {
  return decode(bytes, { useMaps: true, tags, rejectDuplicateMapKeys: true });
}

/**
 * Room for one certificate's CBOR layers (its CWT and COSE_Sign1: ~0.9 KB together). Encoding
 * into one reused array instead of cborg's own chunks makes less garbage: bulk issuing measured
 * 10–15 µs less per certificate of ~105 (docs/certificates.md, Speed).
 */
export class CborArena {
  private used = 0;
  constructor(private readonly bytes = new Uint8Array(4096)) {}

  /** Forgets what the arena holds: the views it gave out are overwritten from now on. */
  clear(): void {
    this.used = 0;
  }

  /** `value` encoded after what the arena holds already (a view of it), or in a new array once full. */
  encode(value: unknown): Uint8Array {
    const room = this.bytes.subarray(this.used);
    let written: number;
    try {
      written = encodeInto(value, room).written;
    } catch {
      // Out of room (or not encodable: encode says so).
      return encode(value);
    }
    this.used += written;
    return room.subarray(0, written);
  }
}

export function encodeCbor(value: unknown, arena?: CborArena): Uint8Array {
  return arena ? arena.encode(value) : encode(value);
}

/** A decoded CBOR value as JSON data: maps become objects; anything JSON cannot hold throws. */
export function toJsonValue(value: unknown): unknown {
  if (value instanceof Map) {
    const object: Record<string, unknown> = {};
    for (const [key, item] of value) {
      if (typeof key !== 'string') throw new Error(`a map key of type ${typeof key}`);
      object[key] = toJsonValue(item);
    }
    return object;
  }
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value;
  throw new Error(
    `a value JSON cannot hold (${value instanceof Uint8Array ? 'bytes' : typeof value})`,
  );
}

export { Tagged };
