import { describe, expect, it } from 'vitest';
import { corpusDistortions, distortedFrame, random } from '../../support/qr/distort';

const TEXT = '079190001234|025123456|Nguyễn Thị Ánh|15061990|Nữ|12 Lê Lợi, Quận 1|01022021';

describe('distorted QR frames', () => {
  it('are the same for the same seed and differ with another', () => {
    const [d] = corpusDistortions(1);
    const a = distortedFrame(TEXT, d!, 1, 320, 180);
    expect(distortedFrame(TEXT, d!, 1, 320, 180).data).toEqual(a.data);
    expect(distortedFrame(TEXT, d!, 2, 320, 180).data).not.toEqual(a.data);
  });

  it('mixes every kind of distortion in the corpus', () => {
    const corpus = corpusDistortions(16);
    expect(corpus[0]!.blur).toBeGreaterThanOrEqual(1.2);
    expect(corpus[1]!.noise).toBeGreaterThanOrEqual(12);
    expect(corpus[2]!.tiltDeg).toBeGreaterThanOrEqual(20);
    expect(corpus[4]!.contrast).toBeLessThanOrEqual(0.45);
    expect(corpus[5]!.glare).toBeGreaterThanOrEqual(0.5);
    expect(corpus[6]!.size).toBeLessThanOrEqual(240);
    expect(corpus[7]!.blur).toBeGreaterThanOrEqual(0.8);
    expect(corpus[7]!.noise).toBeGreaterThanOrEqual(8);
    expect(corpusDistortions(16)).toEqual(corpus);
  });

  it('draws dark modules and light quiet zone around the centre', () => {
    const frame = distortedFrame(
      TEXT,
      {
        angleDeg: 0,
        tiltDeg: 0,
        size: 160,
        offsetX: 0,
        offsetY: 0,
        blur: 0,
        noise: 0,
        contrast: 1,
        glare: 0,
      },
      1,
      320,
      180,
    );
    const values = Array.from(frame.data.subarray(90 * 320 + 90, 90 * 320 + 230));
    expect(Math.min(...values)).toBeLessThan(60);
    expect(Math.max(...values)).toBeGreaterThan(200);
  });

  it('random() is a deterministic sequence in [0, 1)', () => {
    const a = random(42);
    const b = random(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
