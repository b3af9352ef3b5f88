export { collect, ok, refused } from './domain-error';
export type { DomainError, Result } from './domain-error';
export { isCalendarDate } from './calendar-date';
export { isNonNegativeInteger, trimmedOrNull } from './text.rules';
