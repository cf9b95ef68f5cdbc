// A platform person's key: a hash of the identity its check-ins claim (identityKey), so the key
// is stable across runs and servers yet carries no ID number or name into URLs and logs.
import { createHash } from 'node:crypto';

export const personKey = (identity: string): string =>
  createHash('sha256').update(identity).digest('base64url').slice(0, 16);
