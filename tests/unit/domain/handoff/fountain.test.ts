import { describe, expect, it } from 'vitest';
import {
  encodeSymbol,
  FountainDecoder,
  symbolBlocks,
  toBlocks,
} from '../../../../src/domain/handoff/fountain';
import { DayReceiver, dayFrames } from '../../../../src/domain/handoff/day-frames';

/** Deterministic pseudo-random bytes and choices, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 4294967296;
  };
}
const bytesOf = (n: number, seed = 7) => {
  const next = random(seed);
  return Uint8Array.from({ length: n }, () => Math.floor(next() * 256));
};

/** Feeds symbols seed 0, 1, 2… through `keep` until the decoder is done; returns symbols sent. */
function transfer(data: Uint8Array, blockSize: number, keep: (seed: number) => boolean) {
  const blocks = toBlocks(data, blockSize);
  const decoder = new FountainDecoder(blocks.length, blockSize);
  let seed = 0;
  while (!decoder.done && seed < blocks.length * 10) {
    if (keep(seed)) decoder.add(seed, encodeSymbol(blocks, seed));
    seed += 1;
  }
  return { decoder, sent: seed, k: blocks.length };
}

describe('LT fountain code', () => {
  it('rebuilds from a stream with nothing lost', () => {
    const data = bytesOf(1000);
    const { decoder } = transfer(data, 100, () => true);
    expect(decoder.data()).toEqual(data);
  });

  it('any sufficient set rebuilds: only coded symbols, in any order', () => {
    const data = bytesOf(5000, 3);
    const blocks = toBlocks(data, 100);
    const seeds = Array.from({ length: 200 }, (_, i) => 1000 + i).reverse();
    const decoder = new FountainDecoder(blocks.length, 100);
    for (const seed of seeds) decoder.add(seed, encodeSymbol(blocks, seed));
    expect(decoder.done).toBe(true);
    expect(decoder.data()!.subarray(0, data.length)).toEqual(data);
  });

  it('rebuilds with 20 % of symbols lost, with a small overhead', () => {
    const overheads: number[] = [];
    for (let run = 0; run < 10; run++) {
      const data = bytesOf(100 * 400, run + 1);
      const lose = random(run + 100);
      const { decoder, sent, k } = transfer(data, 400, () => lose() >= 0.2);
      expect(decoder.data()!.subarray(0, data.length)).toEqual(data);
      overheads.push(sent / k);
    }
    // 1 / 0.8 = 1.25 symbols sent per block at best; the code adds a few per cent to that.
    expect(Math.max(...overheads)).toBeLessThan(1.6);
    expect(overheads.reduce((a, b) => a + b) / overheads.length).toBeLessThan(1.4);
  });

  it('duplicate symbols are harmless', () => {
    const data = bytesOf(3000, 11);
    const blocks = toBlocks(data, 100);
    const decoder = new FountainDecoder(blocks.length, 100);
    for (let seed = 0; !decoder.done; seed++) {
      for (let again = 0; again < 3; again++) decoder.add(seed, encodeSymbol(blocks, seed));
      decoder.add(0, encodeSymbol(blocks, 0));
    }
    expect(decoder.data()!.subarray(0, data.length)).toEqual(data);
  });

  it('a seed draws the same blocks on both sides, within range and distinct', () => {
    for (let seed = 50; seed < 500; seed++) {
      const blocks = symbolBlocks(seed, 50);
      expect(blocks).toEqual(symbolBlocks(seed, 50));
      expect(new Set(blocks).size).toBe(blocks.length);
      expect(blocks.every((b) => b >= 0 && b < 50)).toBe(true);
    }
  });
});

describe('end-of-day frames', () => {
  it('rebuild the bundle, checked against its digest, through 20 % loss', async () => {
    const bundle = bytesOf(40_000, 5);
    const frames = await dayFrames(bundle, 600);
    const receiver = new DayReceiver();
    const lose = random(42);
    let outcome = 'progress';
    for (let seed = 0; outcome !== 'complete'; seed++) {
      if (lose() >= 0.2) outcome = receiver.add(frames.frame(seed));
    }
    expect(await receiver.bundle()).toEqual(bundle);
  });

  it('refuses a frame from another transfer, and keeps going with its own', async () => {
    const mine = await dayFrames(bytesOf(3000, 1), 500);
    const theirs = await dayFrames(bytesOf(3000, 2), 500);
    const receiver = new DayReceiver();
    expect(receiver.add(mine.frame(0))).not.toBe('other-transfer');
    expect(receiver.add(theirs.frame(1))).toBe('other-transfer');
    let outcome = 'progress';
    for (let seed = 1; outcome !== 'complete'; seed++) outcome = receiver.add(mine.frame(seed));
    expect(receiver.progress.blocks).toBe(6);
    expect(receiver.progress.received).toBeGreaterThanOrEqual(6);
    expect(await receiver.bundle()).toEqual(bytesOf(3000, 1));
  });

  it('a damaged frame is unreadable; a rebuilt set that does not hash to the digest is refused', async () => {
    const frames = await dayFrames(bytesOf(1000, 9), 1000);
    const receiver = new DayReceiver();
    expect(receiver.add(frames.frame(0).slice(0, -3))).toBe('unreadable');
    expect(receiver.add('VXD1:%%')).toBe('unreadable');
    // One block: any frame rebuilds it. Its header kept, its symbol from another set.
    const other = await dayFrames(bytesOf(1000, 10), 1000);
    const header = 5 + (43 / 2) * 3;
    const spliced = frames.frame(0).slice(0, header) + other.frame(0).slice(header);
    expect(receiver.add(spliced)).toBe('complete');
    expect(await receiver.bundle()).toBeUndefined();
  });
});
