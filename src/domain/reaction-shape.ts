// The shape of one reaction in an observation record, checked by tablet and server alike. Fields
// added later (Brighton level, treatment) are optional so older records stay valid; what
// they may say is not: anaphylaxis is never mild or moderate.
import { FieldReader, isObject, type Obj } from './field-reader';
import { SEVERITIES, TREATMENTS } from './observation';

export function checkReaction(r: FieldReader, reaction: unknown, path: string): void {
  if (!isObject(reaction)) return void r.fail(path, 'type', 'Must be an object');
  const code = r.string(reaction, 'code', `${path}.code`, { max: 64 });
  const severity = r.oneOf(reaction, 'severity', `${path}.severity`, SEVERITIES);
  const anaphylaxis = code === 'anaphylaxis';
  if (anaphylaxis && severity !== undefined && severity !== 'severe') {
    r.fail(
      `${path}.severity`,
      'anaphylaxis-severity',
      'Anaphylaxis is always severe; grade it by Brighton level (1–3), not as mild or moderate',
    );
  }
  const range = { min: 1, max: 3, integer: true, optional: true };
  const level = r.number(reaction, 'brighton', `${path}.brighton`, range);
  if (level !== undefined && code !== undefined && !anaphylaxis) {
    r.fail(`${path}.brighton`, 'brighton-not-anaphylaxis', 'Only anaphylaxis has a Brighton level');
  }
  const treatment = r.object(reaction, 'treatment', `${path}.treatment`, true);
  if (treatment !== undefined) checkTreatment(r, treatment, `${path}.treatment`);
}

const KNOWN: ReadonlySet<string> = new Set(TREATMENTS);

function checkTreatment(r: FieldReader, treatment: Obj, path: string): void {
  const actions = r.present(treatment, 'actions', `${path}.actions`, false);
  if (actions !== undefined && !Array.isArray(actions)) {
    r.fail(`${path}.actions`, 'type', 'Must be an array');
  }
  const list: unknown[] = Array.isArray(actions) ? actions : [];
  list.forEach((action, i) => {
    if (typeof action !== 'string' || !KNOWN.has(action)) {
      r.fail(`${path}.actions.${i}`, 'unknown', `Must be one of ${TREATMENTS.join(', ')}`);
    } else if (list.indexOf(action) !== i) {
      r.fail(`${path}.actions.${i}`, 'duplicate', 'Listed twice');
    }
  });
  const note = r.string(treatment, 'note', `${path}.note`, { max: 500, optional: true });
  if (Array.isArray(actions) && actions.length === 0 && note === undefined) {
    r.fail(`${path}.actions`, 'required', 'Say what was done: at least one action or a note');
  }
  r.timestamp(treatment, 'at', `${path}.at`);
}
