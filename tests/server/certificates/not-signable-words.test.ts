// The one table of why a person is not signed yet: both languages, both audiences, and the
// citizen's words free of what only staff can act on (an admin command, a reports address).
import { describe, expect, it } from 'vitest';
import { notSignableWords } from '../../../sync-server/src/certificates';
import { certificateHistorySection } from '../../../sync-server/src/reports/pages/certificate-history-view';

const LANGS = ['vi', 'en'] as const;

describe('not-signable words', () => {
  it('word every reason alike in both languages, NFC, for staff and citizens', () => {
    for (const audience of ['staff', 'citizen'] as const) {
      const [vi, en] = LANGS.map((lang) => notSignableWords(lang, audience));
      expect(Object.keys(vi!)).toEqual(Object.keys(en!));
      for (const text of [...Object.values(vi!), ...Object.values(en!)]) {
        expect(text.length).toBeGreaterThan(10);
        expect(text).toBe(text.normalize('NFC'));
      }
    }
  });

  it("keep staff commands and addresses out of the citizen's words", () => {
    for (const lang of LANGS) {
      const staff = Object.values(notSignableWords(lang, 'staff')).join(' ');
      expect(staff).toContain('issuer:init');
      expect(staff).toContain('/reports/registry');
      for (const text of Object.values(notSignableWords(lang, 'citizen'))) {
        expect(text).not.toMatch(/[a-z]+:[a-z]+|\/reports|CSDL/);
      }
    }
  });

  it("are the work-queue's words for a person not signed", () => {
    const section = certificateHistorySection(
      { history: [], notSignable: 'identity-mismatch' },
      'vi',
    );
    expect(String(section)).toContain(notSignableWords('vi', 'staff')['identity-mismatch']);
  });
});
