import { v7 } from 'uuid';
import { uuidv7Floor } from './uuid-floor';

describe('uuidv7Floor', () => {
  it('orders below ids generated at or after that millisecond and above earlier ones', () => {
    const now = Date.now();
    const floor = uuidv7Floor(now);
    expect(v7({ msecs: now }) >= floor).toBe(true);
    expect(v7({ msecs: now + 1 }) > floor).toBe(true);
    expect(v7({ msecs: now - 1 }) < floor).toBe(true);
  });
});
