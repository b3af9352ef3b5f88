import type { ServiceTestApp } from '@imis/testing';
import { ADMINISTRATOR, startClaim } from './support/claim-service';

const CREATE_NOTE = `
  mutation($input: CreateClaimNoteInput!) {
    createClaimNote(input: $input) { note { id text writtenBy } errors { code field } clientMutationId }
  }`;
const NOTES = `query($first: Int, $after: String) {
  claimNotes(first: $first, after: $after) { totalCount edges { node { text } } pageInfo { hasNextPage endCursor } }
}`;

describe('notes', () => {
  let service: ServiceTestApp;

  beforeAll(async () => {
    ({ service } = await startClaim());
  });

  afterAll(async () => {
    await service?.close();
  });

  it('writes notes as the signed-in user and lists them page by page in the order written', async () => {
    for (const text of ['first', '  second  ', 'third']) {
      const { createClaimNote } = await service.data(CREATE_NOTE, { input: { text } });
      expect(createClaimNote).toMatchObject({ note: { text: text.trim(), writtenBy: ADMINISTRATOR.id }, errors: [] });
    }
    const first = (await service.data(NOTES, { first: 2 })).claimNotes;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((edge: { node: { text: string } }) => edge.node.text)).toEqual(['first', 'second']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await service.data(NOTES, { first: 2, after: first.pageInfo.endCursor })).claimNotes;
    expect(rest.edges.map((edge: { node: { text: string } }) => edge.node.text)).toEqual(['third']);
  });

  it('refuses a blank text in the payload and writes nothing', async () => {
    const before = await service.count('note');
    const { createClaimNote } = await service.data(CREATE_NOTE, { input: { text: '   ' } });
    expect(createClaimNote).toEqual({ note: null, errors: [{ code: 'NOTE_TEXT_INVALID', field: 'text' }], clientMutationId: null });
    expect(await service.count('note')).toBe(before);
  });

  it('returns the first note again when a mutation is retried with the same clientMutationId', async () => {
    const input = { text: 'sent twice', clientMutationId: 'retry-1' };
    const first = (await service.data(CREATE_NOTE, { input })).createClaimNote;
    const retry = (await service.data(CREATE_NOTE, { input })).createClaimNote;
    expect(retry).toEqual(first);
    expect(await service.query('select id from note where text = $1', ['sent twice'])).toHaveLength(1);
  });

  it('answers nobody without a valid access token', async () => {
    const response = await service.graphql(NOTES, {}, {});
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
