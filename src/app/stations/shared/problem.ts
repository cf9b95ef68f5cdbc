// Why a station's record may not be saved yet: a message key and its parameters, so each form
// lists its problems in the station's language (screening, injection and corrections alike).
import type { MessageKey, Params } from '../../../i18n/i18n';

export interface Problem {
  key: MessageKey;
  params?: Params;
}
