/**
 * How a stream is rebuilt with its sequence numbers: JetStream numbers messages itself (one after the other),
 * so a saved stream whose first message is not 1, or with deleted messages between, is rebuilt by first moving
 * the empty stream's next number to its first sequence (a purge up to it, which NATS 2.9 accepts on an empty
 * stream: `first_seq` of the stream configuration needs 2.10), then publishing each saved message in order and a
 * filler message, deleted at once, for each missing number.
 */
export interface SavedRange {
  /** The stream's first sequence when saved (the next one when it was emptied; 0 when it never held a message). */
  firstSeq: number;
  /** The stream's last sequence when saved (firstSeq - 1 when it held no message). */
  lastSeq: number;
}

export type PlannedPublish<M> = { kind: 'message'; seq: number; message: M } | { kind: 'filler'; seq: number };

/** The sequence to purge the new, empty stream up to before publishing (undefined: it starts at 1 already). */
export function startSequence(range: SavedRange): number | undefined {
  const { firstSeq, lastSeq } = usedRange(range);
  if (!Number.isInteger(firstSeq) || firstSeq < 1) throw new Error(`first sequence ${firstSeq} is not a positive integer`);
  if (!Number.isInteger(lastSeq) || lastSeq < firstSeq - 1) throw new Error(`last sequence ${lastSeq} is before first sequence ${firstSeq}`);
  return firstSeq > 1 ? firstSeq : undefined;
}

/** What to publish, in order, for the saved messages (ascending sequences) to get their own numbers again. */
export async function* publishes<M extends { seq: number }>(range: SavedRange, messages: AsyncIterable<M> | Iterable<M>): AsyncGenerator<PlannedPublish<M>> {
  const { firstSeq, lastSeq } = usedRange(range);
  let next = firstSeq;
  for await (const message of messages) {
    const { seq } = message;
    if (!Number.isInteger(seq) || seq < next || seq > lastSeq) throw new Error(`message sequence ${seq} is out of order or outside ${firstSeq}..${lastSeq}`);
    for (; next < seq; next++) yield { kind: 'filler', seq: next };
    yield { kind: 'message', seq, message };
    next = seq + 1;
  }
  for (; next <= lastSeq; next++) yield { kind: 'filler', seq: next };
}

/** JetStream reports a stream that never held a message as 0..0: the same as 1..0. */
function usedRange({ firstSeq, lastSeq }: SavedRange): SavedRange {
  return firstSeq === 0 && lastSeq === 0 ? { firstSeq: 1, lastSeq: 0 } : { firstSeq, lastSeq };
}
