// Every migration, in order. Names sort lexically; never rename or edit a shipped one.
import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './001-initial';
import { pinsKeysDoses } from './002-pins-keys-doses';
import { operators } from './003-operators';
import { fhir } from './004-fhir';
import { visitDay } from './005-visit-day';
import { reportFacts } from './006-report-facts';
import { rateLimits } from './007-rate-limits';
import { proofsAndHolds } from './008-proofs-and-holds';
import { healthProbe } from './010-health-probe';
import { voidedDoses } from './012-voided-doses';
import { registry } from './013-registry';
import { registryMatches } from './014-registry-matches';
import { registryWork } from './015-registry-work';
import { registryStagedBlocks } from './016-registry-staged-blocks';
import { dcc } from './017-dcc';
import { certificateState } from './018-certificate-state';
import { oneLiveCertificate } from './019-one-live-certificate';
import { siteDistrict } from './020-site-district';

const migrations: Record<string, Migration> = {
  '001-initial': initial,
  '002-pins-keys-doses': pinsKeysDoses,
  '003-operators': operators,
  '004-fhir': fhir,
  '005-visit-day': visitDay,
  '006-report-facts': reportFacts,
  '007-rate-limits': rateLimits,
  '008-proofs-and-holds': proofsAndHolds,
  '010-health-probe': healthProbe,
  '012-voided-doses': voidedDoses,
  '013-registry': registry,
  '014-registry-matches': registryMatches,
  '015-registry-work': registryWork,
  '016-registry-staged-blocks': registryStagedBlocks,
  '017-dcc': dcc,
  '018-certificate-state': certificateState,
  '019-one-live-certificate': oneLiveCertificate,
  '020-site-district': siteDistrict,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
