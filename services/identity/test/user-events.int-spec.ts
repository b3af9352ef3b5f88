import { findEventContract, parseEvent } from '@imis/contracts';
import { SYSTEM_ROLE_IDS } from '../src/modules/user/domain/system-role-ids';
import { ERRORS, startWorld, type World } from './support/user-admin';

describe('identity: user, officer and claim administrator events', () => {
  let world: World;

  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(() => world.identity.close());

  it('publishes created, updated and deleted events through the outbox, without any password data', async () => {
    const mutate = async (operation: string, node: string, input: Record<string, unknown>) => {
      const inputType = `${operation[0].toUpperCase()}${operation.slice(1)}Input`;
      const data = await world.identity.data(`mutation ($input: ${inputType}!) { ${operation}(input: $input) { ${node} { id } ${ERRORS} } }`, { input }, world.admin);
      return data[operation] as Record<string, { id: string }>;
    };
    const user = {
      username: 'evented',
      lastName: 'Event',
      otherNames: 'Eva',
      password: 'Never-In-Events-77',
      roleIds: [SYSTEM_ROLE_IDS[1]],
      districtIds: [world.district(1).id],
      activeTo: '2030-12-31',
    };
    const { user: created } = await mutate('createUser', 'user', user);
    await mutate('updateUser', 'user', { ...user, id: created.id, lastName: 'Changed' });
    const officer = { code: 'EVO', lastName: 'Off', otherNames: 'Icer', villageIds: [world.village(1).id], userId: created.id, worksTo: '2031-01-01' };
    const { enrolmentOfficer } = await mutate('createEnrolmentOfficer', 'enrolmentOfficer',
      officer,
    );
    await mutate('updateEnrolmentOfficer', 'enrolmentOfficer', { ...officer, id: enrolmentOfficer.id });
    await mutate('deleteEnrolmentOfficer', 'enrolmentOfficer', { id: enrolmentOfficer.id });
    const admin = { code: 'EVC', lastName: 'Claim', otherNames: 'Admin', healthFacilityId: world.facility(1).id };
    const { claimAdministrator } = await mutate('createClaimAdministrator', 'claimAdministrator',
      admin,
    );
    await mutate('updateClaimAdministrator', 'claimAdministrator', { ...admin, id: claimAdministrator.id, userId: created.id });
    await mutate('deleteClaimAdministrator', 'claimAdministrator', { id: claimAdministrator.id });
    await mutate('deleteUser', 'user', { id: created.id });

    const events = await world.identity.publishedEvents(9);
    expect(events.map((event) => event.type)).toEqual([
      'imis.identity.user.created.v1',
      'imis.identity.user.updated.v1',
      'imis.identity.officer.created.v1',
      'imis.identity.officer.updated.v1',
      'imis.identity.officer.deleted.v1',
      'imis.identity.claim-admin.created.v1',
      'imis.identity.claim-admin.updated.v1',
      'imis.identity.claim-admin.deleted.v1',
      'imis.identity.user.deleted.v1',
    ]);
    expect(events[0]).toMatchObject({
      subjectId: created.id,
      data: {
        id: created.id,
        username: 'evented',
        lastName: 'Event',
        otherNames: 'Eva',
        roleIds: [SYSTEM_ROLE_IDS[1]],
        districtIds: [world.district(1).id],
        activeTo: '2030-12-31',
        version: 1,
      },
    });
    expect(events[1].data).toMatchObject({ lastName: 'Changed', version: 2 });
    expect(events[2].data).toMatchObject({ code: 'EVO', villageIds: [world.village(1).id], userId: created.id, worksTo: '2031-01-01', substitutionOfficerId: null });
    expect(events[6].data).toMatchObject({ code: 'EVC', healthFacilityId: world.facility(1).id, userId: created.id, version: 2 });
    expect(events[8].data).toMatchObject({ id: created.id, version: 3 });
    for (const event of events) {
      expect(JSON.stringify(event.data)).not.toMatch(/password|Never-In-Events|hash/i);
      const contract = findEventContract(event.type)!;
      expect(() => parseEvent(contract, { specversion: '1.0', id: '0190f7a4-1d2e-7c3b-8a9f-000000000001', source: '/imis/identity', type: event.type, time: new Date().toISOString(), subject: event.subjectId, datacontenttype: 'application/json', data: event.data })).not.toThrow();
    }
  });
});
