import { Deployment } from './support/deployment';
import { graphqlData, postGraphQL } from './support/graphql-client';

/**
 * The insuree service's two plain HTTP routes through the gateway (real processes): the card keys, and an
 * import's error report as CSV, whose token and requester checks stay the insuree service's.
 */
jest.setTimeout(180_000);

const ADMIN = { username: 'e2e-files-admin', password: 'F1les-e2e-Pa55word' };
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken errors { code } } }`;
const START_IMPORT = `mutation($input: StartInsureeImportInput!) { startInsureeImport(input: $input) { insureeImport { id } errors { code message } } }`;
const IMPORT = `query($id: ID!) { insureeImport(id: $id) { status errorReportCsv } }`;

const deployment = new Deployment();
let gateway: string;
let signedIn: { authorization: string };

beforeAll(async () => {
  await deployment.start(ADMIN, { only: ['insuree'] });
  gateway = new URL(deployment.gatewayUrl).origin;
  const { login } = await graphqlData<{ login: { accessToken: string } }>(deployment.gatewayUrl, LOGIN, { input: ADMIN });
  signedIn = { authorization: `Bearer ${login.accessToken}` };
});

afterAll(async () => {
  await deployment.stop();
});

const insuree = () => deployment.subgraphs.find(({ definition }) => definition.name === 'insuree')!.origin;

const call = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
  const { body } = await postGraphQL<T>(deployment.gatewayUrl, query, variables, signedIn);
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
};

describe("the insuree service's files through the gateway", () => {
  it('serves the card keys as the insuree service does, without a token', async () => {
    const [throughGateway, direct] = await Promise.all([fetch(`${gateway}/.well-known/card-keys.json`), fetch(`${insuree()}/.well-known/card-keys.json`)]);
    expect(throughGateway.status).toBe(200);
    expect(throughGateway.headers.get('cache-control')).toBe(direct.headers.get('cache-control'));
    const keys = await throughGateway.json();
    expect(typeof keys.format).toBe('string');
    expect(Array.isArray(keys.keys)).toBe(true);
    expect(keys).toEqual(await direct.json());
  });

  it("downloads an import's error report with the requester's token, and leaves the refusals to the insuree service", async () => {
    const file = Buffer.from('familyKey,lastName\r\nF1,Doe\r\n').toString('base64');
    const { startInsureeImport } = await call<{ startInsureeImport: { insureeImport: { id: string }; errors: unknown[] } }>(START_IMPORT, {
      input: { fileName: 'wrong-columns.csv', format: 'CSV', mode: 'ALL_OR_NOTHING', dateFormat: 'ISO', contentBase64: file },
    });
    expect(startInsureeImport.errors).toEqual([]);
    const { id } = startInsureeImport.insureeImport;
    let report: { status: string; errorReportCsv: string | null };
    for (const deadline = Date.now() + 60_000; ; ) {
      report = (await call<{ insureeImport: typeof report }>(IMPORT, { id })).insureeImport;
      if (report.status === 'FAILED' || report.status === 'SUCCEEDED' || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(report.status).toBe('FAILED');

    const download = await fetch(`${gateway}/insuree-imports/${id}/errors.csv`, { headers: signedIn });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="import-${id}-errors.csv"`);
    const csv = await download.text();
    expect(csv).toContain('IMPORT_COLUMN_MISSING');
    expect(csv).toBe(report.errorReportCsv);

    expect((await fetch(`${gateway}/insuree-imports/${id}/errors.csv`)).status).toBe(401);
    const unknown = await fetch(`${gateway}/insuree-imports/0190f1c2-3b4a-7c5d-8e6f-708192a3b4c5/errors.csv`, { headers: signedIn });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});
