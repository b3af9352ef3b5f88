import { assertEventFits, EventTooLarge, MAX_EVENT_BYTES } from './event-size';

describe('assertEventFits', () => {
  it('accepts events up to MAX_EVENT_BYTES of UTF-8', () => {
    expect(() => assertEventFits('imis.test.small.v1', '{"a":1}')).not.toThrow();
    expect(() => assertEventFits('imis.test.ascii.v1', 'a'.repeat(MAX_EVENT_BYTES))).not.toThrow();
  });

  it('refuses a longer one, counting bytes rather than characters', () => {
    expect(() => assertEventFits('imis.test.ascii.v1', 'a'.repeat(MAX_EVENT_BYTES + 1))).toThrow(EventTooLarge);
    // 300,000 Devanagari characters are 900,000 bytes.
    const devanagari = 'क'.repeat(300_000);
    expect(devanagari.length).toBeLessThan(MAX_EVENT_BYTES);
    expect(() => assertEventFits('imis.test.names.v1', devanagari)).toThrow(
      expect.objectContaining({ eventType: 'imis.test.names.v1', bytes: 900_000, message: `Event imis.test.names.v1 is 900000 bytes, over the ${MAX_EVENT_BYTES} an event may have` }),
    );
  });
});
