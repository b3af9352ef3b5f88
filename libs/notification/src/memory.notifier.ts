import type { Notice, NoticeOutcome } from './notice';
import type { Notifier } from './notifier';

/** Keeps the notices it is given, answering `outcome` for each: the port's implementation for tests and demos. */
export class MemoryNotifier implements Notifier {
  readonly channel: string = 'memory';
  readonly notices: Notice[] = [];

  constructor(private readonly outcome: NoticeOutcome = 'SENT') {}

  async send(notices: readonly Notice[]): Promise<NoticeOutcome[]> {
    this.notices.push(...notices);
    return notices.map(() => this.outcome);
  }
}
