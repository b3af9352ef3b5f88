import { scrapeSample } from './scrape-sample';

describe('scrapeSample', () => {
  let clock = 0;
  const now = () => clock;

  beforeEach(() => {
    clock = 1_000;
  });

  it('takes one sample per period and shares it, then takes a new one', async () => {
    let taken = 0;
    const sample = scrapeSample(async () => ++taken, 5_000, now);
    expect(await sample()).toBe(1);
    clock += 4_999;
    expect(await sample()).toBe(1);
    clock += 1;
    expect(await sample()).toBe(2);
    expect(taken).toBe(2);
  });

  it('shares a look-up in progress', async () => {
    let release!: (value: number) => void;
    let taken = 0;
    const sample = scrapeSample(() => {
      taken += 1;
      return new Promise<number>((resolve) => (release = resolve));
    }, 5_000, now);
    const first = sample();
    const second = sample();
    release(7);
    expect(await Promise.all([first, second])).toEqual([7, 7]);
    expect(taken).toBe(1);
  });

  it('does not keep a failed look-up', async () => {
    let fail = true;
    const sample = scrapeSample(async () => {
      if (fail) throw new Error('database unavailable');
      return 3;
    }, 5_000, now);
    await expect(sample()).rejects.toThrow('database unavailable');
    fail = false;
    expect(await sample()).toBe(3);
  });
});
