// What a correction and a void share: saving the correction record for whoever is signed in (the
// visit service checks it by the server's rules first), the problems shown, and the form's footer
// of reason words and two buttons.
import { useState } from 'preact/hooks';
import type { CorrectedRecord } from '../../../domain/corrections';
import type { VoidReason } from '../../../domain/records';
import { buildCorrection } from '../../../domain/build-records';
import { ProblemList } from '../shared/ProblemList';
import { useSave } from '../shared/use-save';

export interface CorrectionChange {
  changes: Record<string, unknown>;
  reason: string;
  void?: VoidReason;
}

export function useCorrectionSave(entry: CorrectedRecord, onSaved: () => void) {
  const [errors, setErrors] = useState<string[]>([]);
  const { busy, save: saveRecord } = useSave((text) => setErrors([text]));

  async function save(change: CorrectionChange) {
    const { siteId, visitKey } = entry.record;
    const at = { siteId, visitKey, now: new Date(), targetId: entry.original.id };
    await saveRecord((staff) => buildCorrection({ ...at, staffId: staff.id, ...change }), onSaved);
  }

  return { errors, setErrors, busy, save };
}

export interface CorrectionFooterProps {
  label: string;
  words: string;
  onWords(words: string): void;
  errors: string[];
  busy: boolean;
  saveText: string;
  cancelText: string;
  /** A void is a destructive action and looks like one. */
  danger?: boolean;
  onCancel(): void;
}

export function CorrectionFooter(p: CorrectionFooterProps) {
  return (
    <>
      <label class="field">
        <span>{p.label}</span>
        <textarea
          class="input"
          rows={2}
          maxLength={500}
          value={p.words}
          onInput={(e) => p.onWords(e.currentTarget.value)}
        />
      </label>
      <ProblemList items={p.errors} />
      <div class="actions">
        <button
          class={p.danger ? 'button primary is-danger' : 'button primary'}
          type="submit"
          disabled={p.busy}
        >
          {p.saveText}
        </button>
        <button class="button" type="button" onClick={p.onCancel}>
          {p.cancelText}
        </button>
      </div>
    </>
  );
}
