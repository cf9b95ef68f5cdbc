import { describe, expect, it } from 'vitest';
import { chooseScan } from '../../../../src/domain/qr/choose';
import { formatRegistrationQr } from '../../../../src/domain/qr/registration';

const card = (id: string, name: string) =>
  [id, '', name, '15061990', 'Nữ', '12 Lê Lợi, Quận 1', '01022021'].join('|');
const ANH = card('079190001234', 'Nguyễn Thị Ánh');
const DUC = card('079090004321', 'Trần Văn Đức');
const personal = (id: string) => `${id}|NGUYEN THI ANH|1990-06-15|1|Q0001|`;
const slip = (code: string) => formatRegistrationQr({ siteId: 'demo-site', code });
const POSTER = 'https://tiemchung.example.vn/dang-ky';

const chosen = (texts: string[]) => {
  const choice = chooseScan(texts);
  return choice.kind === 'one' ? choice.scan.kind : choice.kind;
};

describe('chooseScan', () => {
  it('takes the only code of the frame, whatever it is', () => {
    expect(chosen([POSTER])).toBe('unknown');
    expect(chosen([ANH])).toBe('cccd');
  });

  it('prefers the citizen’s code to a poster’s, in either order', () => {
    expect(chosen([POSTER, ANH])).toBe('cccd');
    expect(chosen([ANH, POSTER])).toBe('cccd');
    expect(chosen([POSTER, slip('AB12CD')])).toBe('registration');
    expect(chosen([POSTER, 'HC1:6BFOXN'])).toBe('dcc');
  });

  it('ranks the ID card over the personal QR, the slip and a certificate', () => {
    expect(chosen([slip('AB12CD'), 'HC1:6BFOXN', personal('079190001234'), ANH])).toBe('cccd');
    expect(chosen([slip('AB12CD'), personal('079190001234')])).toBe('personal');
    expect(chosen(['HC1:6BFOXN', slip('AB12CD')])).toBe('registration');
  });

  it('prefers a masked or damaged code to an unrelated one: it says what to do', () => {
    expect(chosen([POSTER, '0791*******4|NGUYEN VAN A|1990-01-01|1|Q0001|'])).toBe(
      'personal-masked',
    );
  });

  it('takes the card and the personal QR of the same citizen as one person', () => {
    expect(chosen([personal('079190001234'), ANH])).toBe('cccd');
  });

  it('says so when two citizens’ codes are in view, never guessing', () => {
    expect(chosen([ANH, DUC])).toBe('several-citizens');
    expect(chosen([ANH, personal('079090004321'), POSTER])).toBe('several-citizens');
    expect(chosen([slip('AB12CD'), slip('ZZ99YY')])).toBe('several-citizens');
    expect(chosen(['HC1:6BFOXN', 'HC1:OTHER1'])).toBe('several-citizens');
  });
});
