import { describe, expect, it } from 'vitest';
import { cadence } from '../../../src/scanner/cadence';

describe('cadence', () => {
  it('decodes every frame while decoding is faster than the camera', () => {
    const pace = cadence();
    expect(pace.rest()).toBe(0);
    for (const ms of [12, 25, 9, 30]) pace.decoded(ms);
    expect(pace.rest()).toBe(0);
  });

  it('rests as long as a decode takes once decodes are slow: half a core at most', () => {
    const pace = cadence(0.5);
    for (let i = 0; i < 20; i++) pace.decoded(200);
    expect(pace.rest()).toBeCloseTo(200);
  });

  it('follows the decode time without jumping at one slow frame', () => {
    const pace = cadence(0.5, 0.25);
    for (let i = 0; i < 20; i++) pace.decoded(10);
    pace.decoded(250);
    expect(pace.rest()).toBeCloseTo(70);
    for (let i = 0; i < 20; i++) pace.decoded(10);
    expect(pace.rest()).toBe(0);
  });

  it('lets a smaller duty rest longer', () => {
    const pace = cadence(0.25);
    pace.decoded(100);
    expect(pace.rest()).toBeCloseTo(300);
  });
});
