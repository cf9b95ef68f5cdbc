import type { FieldError } from '../domain/records';
import { isMessageKey, type Translate } from '../i18n/i18n';

/** A field error in the person's language; unknown codes fall back to the server's words. */
export function fieldErrorText(error: FieldError, t: Translate): string {
  const key = `field.${error.code}`;
  return isMessageKey(key) ? t(key) : error.message;
}
