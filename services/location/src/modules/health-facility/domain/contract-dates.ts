import { type DomainError, isCalendarDate } from '@imis/kernel';
import { healthFacilityErrors } from './health-facility.errors';

/** A contract has both dates or neither, and ends after it starts. */
export function contractDateErrors(start: string | null, end: string | null): DomainError[] {
  const invalid = (message: string, field: string) => [healthFacilityErrors.contractDatesInvalid(message, field)];
  if (start === null && end === null) return [];
  if (start === null) return invalid('A contract end date needs a start date', 'contractStartDate');
  if (end === null) return invalid('A contract start date needs an end date', 'contractEndDate');
  if (!isCalendarDate(start)) return invalid('The contract start date must be a date YYYY-MM-DD', 'contractStartDate');
  if (!isCalendarDate(end)) return invalid('The contract end date must be a date YYYY-MM-DD', 'contractEndDate');
  // ISO calendar dates compare correctly as strings.
  if (end <= start) return invalid('The contract must end after it starts', 'contractEndDate');
  return [];
}
