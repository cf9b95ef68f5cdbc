// A refused save in words: each field error translated, joined into one sentence.
import type { FieldError } from '../../../domain/records';
import type { Translate } from '../../../i18n/i18n';
import { fieldErrorText } from '../../field-error-text';

export function saveErrorText(errors: readonly FieldError[], t: Translate): string {
  const reasons = [...new Set(errors.map((e) => fieldErrorText(e, t)))].join(' ');
  return t('station.saveFailed', { reason: reasons || t('station.unknownError') });
}
