// A fresh IndexedDB database per test, for the data and sync tests (records come from
// tests/support/records).
import { openDb, type VaxDb } from '../../../src/data/db';
import { newId } from '../../../src/domain/ids';

export function freshDb(): VaxDb {
  return openDb(`test-${newId()}`);
}
