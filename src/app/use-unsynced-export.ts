// The offline export as a button's action: from the day report, and from the revoked tablet's
// notice, which must work before any station screen was opened.
import { useState } from 'preact/hooks';
import { useApp } from './context';
import { downloadText } from './download';

export interface ExportOutcome {
  text: string;
  error?: boolean;
}

export function useUnsyncedExport(): { outcome: ExportOutcome | null; run(): Promise<void> } {
  const { t, services } = useApp();
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  async function run() {
    try {
      const file = await services.exports.unsynced();
      if (file.count === 0) return setOutcome({ text: t('report.exportNone') });
      downloadText(file.fileName, file.text);
      setOutcome({ text: t('report.exported', { n: file.count, file: file.fileName }) });
    } catch {
      setOutcome({ text: t('report.exportFailed'), error: true });
    }
  }
  return { outcome, run };
}
