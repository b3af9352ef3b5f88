import { NO_RENEWAL_FILTER, renewalFilterFaults, type RenewalRunFilter } from './renewal-run-filter';

const filter = (change: Partial<RenewalRunFilter>): RenewalRunFilter => ({ ...NO_RENEWAL_FILTER, ...change });
const everything = { restrictedScope: false, locationFound: true, officerFound: true };
const codes = (run: RenewalRunFilter, facts = everything) => renewalFilterFaults(run, facts).map((fault) => `${fault.field}:${fault.code}`);

describe('renewal reminders: the filters of a manual run', () => {
  it('accepts no filter, or any found in scope, and a range of one day', () => {
    expect(codes(NO_RENEWAL_FILTER)).toEqual([]);
    expect(codes(filter({ locationId: 'l', officerId: 'o', dateFrom: '2025-07-01', dateTo: '2025-07-01' }))).toEqual([]);
    expect(codes(filter({ dateTo: '2025-07-01' }))).toEqual([]);
  });

  it('refuses a range ending before it starts, a location or officer not found in scope, every fault at once', () => {
    expect(codes(filter({ locationId: 'l', officerId: 'o', dateFrom: '2025-07-02', dateTo: '2025-07-01' }), { ...everything, locationFound: false, officerFound: false })).toEqual([
      'dateTo:RENEWAL_DATE_RANGE_INVALID',
      'locationId:RENEWAL_LOCATION_NOT_FOUND',
      'officerId:RENEWAL_OFFICER_NOT_FOUND',
    ]);
  });

  it('asks a user with a restricted data scope to name a location', () => {
    expect(codes(filter({ officerId: 'o' }), { ...everything, restrictedScope: true })).toEqual(['locationId:RENEWAL_LOCATION_REQUIRED']);
    expect(codes(filter({ locationId: 'l' }), { ...everything, restrictedScope: true })).toEqual([]);
  });
});
