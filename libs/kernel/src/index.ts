export { collect, ok, refused } from './domain-error';
export type { DomainError, Result } from './domain-error';
export { addDays, addMonths, ageOn, daysInMonth, isCalendarDate, laterDate, today } from './calendar-date';
export { isNonNegativeInteger, storableText, trimmedOrNull, unstorableText } from './text.rules';
export type { UnstorableText } from './text.rules';
export { base64DecodedLength, decodeBase64 } from './base64';
export { centsToMoney, isMoney, moneyToCents, normalizeMoney } from './money';
