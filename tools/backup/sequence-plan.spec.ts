import { publishes, type SavedRange, startSequence } from './sequence-plan';

const planOf = async (range: SavedRange, seqs: number[]) => {
  const steps: { kind: string; seq: number }[] = [];
  for await (const step of publishes(range, seqs.map((seq) => ({ seq })))) steps.push({ kind: step.kind, seq: step.seq });
  return { startAt: startSequence(range), steps };
};

describe('rebuilding a stream with its sequence numbers', () => {
  it('publishes the messages of a stream that starts at 1 with no gap, and nothing else', async () => {
    expect(await planOf({ firstSeq: 1, lastSeq: 3 }, [1, 2, 3])).toEqual({
      startAt: undefined,
      steps: [
        { kind: 'message', seq: 1 },
        { kind: 'message', seq: 2 },
        { kind: 'message', seq: 3 },
      ],
    });
  });

  it('starts a purged stream at its first sequence and fills deleted messages between and after', async () => {
    expect(await planOf({ firstSeq: 10, lastSeq: 14 }, [10, 12])).toEqual({
      startAt: 10,
      steps: [
        { kind: 'message', seq: 10 },
        { kind: 'filler', seq: 11 },
        { kind: 'message', seq: 12 },
        { kind: 'filler', seq: 13 },
        { kind: 'filler', seq: 14 },
      ],
    });
  });

  it('keeps the next sequence of a stream emptied by a purge, and does nothing for one never used', async () => {
    expect(await planOf({ firstSeq: 8, lastSeq: 7 }, [])).toEqual({ startAt: 8, steps: [] });
    expect(await planOf({ firstSeq: 1, lastSeq: 0 }, [])).toEqual({ startAt: undefined, steps: [] });
    expect(await planOf({ firstSeq: 0, lastSeq: 0 }, [])).toEqual({ startAt: undefined, steps: [] });
  });

  it('refuses messages out of order or outside the saved range, and a range that is none', async () => {
    await expect(planOf({ firstSeq: 1, lastSeq: 3 }, [2, 1])).rejects.toThrow('message sequence 1 is out of order');
    await expect(planOf({ firstSeq: 5, lastSeq: 9 }, [4])).rejects.toThrow('outside 5..9');
    expect(() => startSequence({ firstSeq: 5, lastSeq: 3 })).toThrow('last sequence 3 is before first sequence 5');
    expect(() => startSequence({ firstSeq: 0, lastSeq: 3 })).toThrow('first sequence 0 is not a positive integer');
  });
});
