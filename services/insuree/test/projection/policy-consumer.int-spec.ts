import { randomBytes } from 'crypto';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { MikroORM } from '@mikro-orm/core';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { jetstreamManager } from '@nats-io/jetstream';
import { Injectable, Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PNG } from 'pngjs';
import { insureeCreatedEvent, insureesImportedEvent, isEventOf, type CloudEvent, type InsureesImportedData, type InsureeState } from '@imis/contracts';
import {
  familiesByIds,
  familyMembers,
  InsureeProjectionModule,
  insureeProjectionEntities,
  insureeProjectionMigrations,
  insureesByIds,
  insureesByNumbers,
} from '@imis/insuree-projection';
import { durableConsumerName, DurableConsumer, MessagingModule, messagingEntities, OnEvent, streamName, type HandlerContext } from '@imis/messaging';
import { serviceOrmConfig } from '@imis/persistence';
import { createTestDatabase, type GraphQLData, type ServiceTestApp, type TestDatabase } from '@imis/testing';
import { csvOf, head, IMPORT_HEADER, member, runImport } from '../import/import-fixtures';
import { startInsuree } from '../support/insuree-service';
import { person, seedPlaces, type SeededPlaces } from '../support/registry-fixtures';
import { CHANGE_STATUS, CREATE_FAMILY, CREATE_INSUREE, DELETE_INSUREES, MOVE_INSUREE, REMOVE_INSUREES, SET_FAMILY_HEAD, UPDATE_FAMILY, UPDATE_INSUREE } from '../support/registry-operations';

/** A policy service's own consumer, written with the kit: new insurees, by whichever path they came. */
@Injectable()
@DurableConsumer('new-insurees')
class NewInsureeHandlers {
  @OnEvent(insureeCreatedEvent, insureesImportedEvent)
  async record(event: CloudEvent<InsureeState | InsureesImportedData>, { em }: HandlerContext): Promise<void> {
    const insurees = isEventOf(event, insureesImportedEvent) ? event.data.insurees : [event.data as InsureeState];
    const path = isEventOf(event, insureesImportedEvent) ? 'import' : 'command';
    await em.execute('insert into policy_new_insuree (id, path) select unnest(?::uuid[]), ?', [`{${insurees.map((insuree) => insuree.id).join(',')}}`, path]);
  }
}

const INSUREE_COLUMNS = `id, insurance_number as "insuranceNumber", family_id as "familyId", is_head as "isHead", gender,
  to_char(birth_date, 'YYYY-MM-DD') as "birthDate", relationship, current_village_id as "currentVillageId", family_village_id as "familyVillageId",
  health_facility_id as "healthFacilityId", status, to_char(status_date, 'YYYY-MM-DD') as "statusDate",
  to_char(photo_date, 'YYYY-MM-DD') as "photoDate", deleted_at is not null as deleted`;

const UPLOAD_PHOTO = `mutation ($input: UploadInsureePhotoInput!) { uploadInsureePhoto(input: $input) { insuree { photoDate } errors { code } } }`;

/**
 * The acceptance test of the consumer kit: a policy-like service (its own database, the messaging kit and
 * libs/insuree-projection, nothing of the insuree service) keeps the insurees and families that the real
 * insuree service registers one by one through its commands AND by a bulk import, catching up from the
 * start of the stream, and its projected rows match the insuree service's own.
 */
describe('a policy-like consumer of insuree events', () => {
  let service: ServiceTestApp;
  let places: SeededPlaces;
  let policyDb: TestDatabase;
  let policy: INestApplicationContext | undefined;
  const photoDir = mkdtempSync(join(tmpdir(), 'imis-photos-'));

  beforeAll(async () => {
    ({ service } = await startInsuree({ IMPORT_QUEUE_PREFIX: `imis-test-${randomBytes(4).toString('hex')}`, PHOTO_DIR: photoDir }));
    places = await seedPlaces(service);
    policyDb = await createTestDatabase('policy');
  });

  afterAll(async () => {
    await policy?.close();
    await service?.close();
    await policyDb?.drop();
    rmSync(photoDir, { recursive: true, force: true });
  });

  async function startPolicy(): Promise<INestApplicationContext> {
    const config = serviceOrmConfig({
      service: 'policy',
      serverUrl: policyDb.serverUrl,
      database: policyDb.name,
      entities: [...insureeProjectionEntities, ...messagingEntities],
      migrations: insureeProjectionMigrations,
    });
    // The projection's tables come from its own migration; the service's own tables (inbox…) as its initial migration would make them.
    const orm = await MikroORM.init<PostgreSqlDriver>({ ...config, migrations: { ...config.migrations, silent: true } });
    await orm.getMigrator().up();
    await orm.schema.updateSchema();
    await orm.em.getConnection().execute('create table policy_new_insuree (id uuid not null, path text not null)');
    await orm.close(true);

    @Module({
      imports: [
        MikroOrmModule.forRoot(config),
        MessagingModule.forRoot({ service: 'policy', natsUrl: service.env.NATS_URL, prefix: service.prefix, relay: false }),
        InsureeProjectionModule,
      ],
      providers: [NewInsureeHandlers],
    })
    class PolicyModule {}
    return NestFactory.createApplicationContext(PolicyModule, { logger: false });
  }

  const em = () => policy!.get(MikroORM).em.fork() as EntityManager;

  /** Every committed insuree change is on the stream, and both policy consumers have applied all of it. */
  async function caughtUp(): Promise<void> {
    const stream = streamName(service.prefix, 'insuree');
    const jsm = await jetstreamManager(service.nats);
    await service.eventually(async () => {
      const [{ n }] = await service.query<{ n: number }>('select count(*)::int as n from outbox where sent_at is null');
      if (n > 0) return false;
      const last = (await jsm.streams.info(stream)).state.last_seq;
      for (const purpose of ['insuree-projection', 'new-insurees']) {
        const consumer = await jsm.consumers.info(stream, durableConsumerName('policy', purpose));
        if (consumer.delivered.stream_seq !== last || consumer.num_pending > 0 || consumer.num_ack_pending > 0) return false;
      }
      return true;
    }, 30_000);
  }

  async function expectProjectionMatchesRegistry(): Promise<void> {
    const insurees = await service.query<Record<string, unknown>>(`select ${INSUREE_COLUMNS} from insuree order by id`);
    const projected = await insureesByIds(em(), insurees.map((insuree) => insuree.id as string), { includeDeleted: true });
    const comparable = projected.map(({ villageId: _village, version: _version, ...row }) => row).sort((a, b) => a.id.localeCompare(b.id));
    expect(comparable).toEqual(insurees);
    const families = await service.query<Record<string, unknown>>(
      'select id, head_insuree_id as "headInsureeId", village_id as "villageId", poverty, deleted_at is not null as deleted, version from family order by id',
    );
    const projectedFamilies = await familiesByIds(em(), families.map((family) => family.id as string), { includeDeleted: true });
    expect(projectedFamilies.sort((a, b) => a.id.localeCompare(b.id))).toEqual(families);
  }

  it('projects insurees created one by one and by bulk import, catching up from the stream start, then following', async () => {
    // Through the insuree service's commands, before the policy service exists.
    const data = async (query: string, input: Record<string, unknown>) => Object.values(await service.data(query, { input }))[0] as GraphQLData;
    const first = (await data(CREATE_FAMILY, { villageId: places.village1.id, head: person({ healthFacilityId: places.healthFacilityId }), poverty: true })).family;
    const sister = (await data(CREATE_INSUREE, { familyId: first.id, ...person({ otherNames: 'Gita', currentVillageId: places.village2.id, relationship: '1' }) })).insuree;
    const brother = (await data(CREATE_INSUREE, { familyId: first.id, ...person({ otherNames: 'Ram', gender: 'M' }) })).insuree;
    await data(UPDATE_INSUREE, { id: sister.id, birthDate: '1990-02-03', gender: 'O' });
    const photo = new PNG({ width: 8, height: 8 });
    expect((await data(UPLOAD_PHOTO, { insureeId: sister.id, contentBase64: PNG.sync.write(photo).toString('base64'), takenOn: '2026-01-15' })).errors).toEqual([]);
    await data(CHANGE_STATUS, { id: brother.id, status: 'INACTIVE', reasonCode: 'MOV', date: '2026-03-04' });
    await data(SET_FAMILY_HEAD, { familyId: first.id, insureeId: sister.id });
    const second = (await data(CREATE_FAMILY, { villageId: places.village2.id, head: person() })).family;
    await data(MOVE_INSUREE, { id: brother.id, familyId: second.id });
    await data(UPDATE_FAMILY, { id: second.id, villageId: places.village3.id });
    await data(REMOVE_INSUREES, { insureeIds: [first.headInsureeId] }); // the former head, now a plain member, leaves
    const third = (await data(CREATE_FAMILY, { villageId: places.village1.id, headInsureeId: first.headInsureeId })).family; // and heads a new family

    // And by a bulk import, run by the service's own worker.
    const rows = [head('A', { healthFacilityCode: 'HF1' }), member('A', { birthDate: '29.02.2012', relationship: '4' }), member('A', { relationship: '7' }), head('B', { villageCode: 'T121V1', poverty: 'yes' })];
    expect(await runImport(service, csvOf(rows, [...IMPORT_HEADER, 'relationship']))).toMatchObject({ status: 'SUCCEEDED', insureesCreated: 4, familiesCreated: 2 });

    // The policy service starts afterwards: a new consumer catches up from the start of the stream.
    policy = await startPolicy();
    await caughtUp();
    await expectProjectionMatchesRegistry();

    const imported = await insureesByNumbers(em(), rows.map((row) => row.insuranceNumber as string));
    expect(imported).toHaveLength(4);
    const familyA = imported.find((insuree) => insuree.insuranceNumber === rows[0].insuranceNumber)!;
    expect(familyA).toMatchObject({ isHead: true, gender: 'M', birthDate: '1980-04-17', villageId: places.village1.id, healthFacilityId: places.healthFacilityId, status: 'AC' });
    expect((await familyMembers(em(), [familyA.familyId!])).map((insuree) => [insuree.insuranceNumber, insuree.isHead, insuree.relationship])).toEqual([
      [rows[0].insuranceNumber, true, null],
      ...[rows[1], rows[2]].map((row) => [row.insuranceNumber, false, row.relationship]).sort(([a], [b]) => String(a).localeCompare(String(b))),
    ]);
    const [sisterRow] = await insureesByIds(em(), [sister.id]);
    expect(sisterRow).toMatchObject({ isHead: true, gender: 'O', birthDate: '1990-02-03', villageId: places.village2.id, familyVillageId: places.village1.id, relationship: '1', photoDate: '2026-01-15' });
    expect((await insureesByIds(em(), [brother.id]))[0]).toMatchObject({ familyId: second.id, familyVillageId: places.village3.id, status: 'IN', statusDate: '2026-03-04' });
    expect((await insureesByIds(em(), [first.headInsureeId]))[0]).toMatchObject({ familyId: third.id, isHead: true });

    // Live, once running: an insuree created and one deleted now reach it too.
    const late = (await data(CREATE_INSUREE, { familyId: third.id, ...person({ otherNames: 'Late' }) })).insuree;
    await data(DELETE_INSUREES, { insureeIds: [brother.id] });
    await caughtUp();
    await expectProjectionMatchesRegistry();
    expect((await familyMembers(em(), [third.id])).map((insuree) => [insuree.id, insuree.isHead])).toEqual([
      [first.headInsureeId, true],
      [late.id, false],
    ]);
    expect(await insureesByIds(em(), [brother.id])).toEqual([]);

    // The service's own consumer saw every new insuree, by the path it came.
    const seen = await em().execute<{ path: string; n: number }[]>('select path, count(*)::int as n from policy_new_insuree group by path order by path');
    expect(seen).toEqual([
      { path: 'command', n: 5 },
      { path: 'import', n: 4 },
    ]);
  });
});
