import { Workbook } from 'exceljs';
import type { GraphQLData, GraphQLResponse, ServiceTestApp } from '@imis/testing';
import { validInsuranceNumber } from '../support/registry-fixtures';

export const IMPORT_HEADER = ['familyKey', 'isHead', 'insuranceNumber', 'lastName', 'otherNames', 'gender', 'birthDate', 'villageCode', 'healthFacilityCode', 'phone', 'poverty', 'familyType'];

export type ImportRowValues = Record<string, string | Date>;

/** A number with a wrong check digit under the default rule (modulo 7, 9 digits). */
export function badCheckDigitNumber(): string {
  const valid = validInsuranceNumber();
  return `${valid.slice(0, 8)}${(Number(valid[8]) + 1) % 7}`;
}

export const head = (familyKey: string, values: ImportRowValues = {}): ImportRowValues => ({
  familyKey,
  isHead: 'Y',
  insuranceNumber: validInsuranceNumber(),
  lastName: 'Mwakyusa',
  otherNames: `Head ${familyKey}`,
  gender: 'M',
  birthDate: '17/04/1980',
  villageCode: 'T111V1',
  poverty: 'N',
  familyType: 'H',
  ...values,
});

export const member = (familyKey: string, values: ImportRowValues = {}): ImportRowValues => ({
  familyKey,
  isHead: 'N',
  insuranceNumber: validInsuranceNumber(),
  lastName: 'Mwakyusa',
  otherNames: `Member ${familyKey}`,
  gender: 'F',
  birthDate: '03/02/2010',
  ...values,
});

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function csvOf(rows: readonly ImportRowValues[], header: readonly string[] = IMPORT_HEADER): string {
  return [header.join(','), ...rows.map((row) => header.map((column) => quote(String(row[column] ?? ''))).join(','))].join('\r\n');
}

export async function xlsxOf(rows: readonly ImportRowValues[], header: readonly string[] = IMPORT_HEADER): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Insurees');
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow(header.map((column) => row[column] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const START_IMPORT = `mutation Start($input: StartInsureeImportInput!) {
  startInsureeImport(input: $input) { insureeImport { id status fileName } errors { code message field } clientMutationId }
}`;

export const IMPORT = `query Import($id: ID!, $first: Int, $after: String) {
  insureeImport(id: $id) {
    id fileName format mode dateFormat status phase totalRows rowsDone percent errorsCount familiesCreated insureesCreated failureMessage
    requestedAt startedAt finishedAt
    errors(first: $first, after: $after) { totalCount edges { cursor node { row column code message } } pageInfo { hasNextPage endCursor } }
  }
}`;

export const IMPORT_REPORT = `query Report($id: ID!) { insureeImport(id: $id) { errorReportCsv } }`;

export interface StartOptions {
  format?: 'CSV' | 'XLSX';
  dateFormat?: 'DMY' | 'MDY' | 'ISO';
  mode?: 'ALL_OR_NOTHING' | 'VALID_ROWS_ONLY';
  columnMapping?: { field: string; column: string }[];
  headers?: Record<string, string>;
  clientMutationId?: string;
}

export function startImport(service: ServiceTestApp, file: string | Buffer, options: StartOptions = {}): Promise<GraphQLResponse> {
  const input = {
    fileName: options.format === 'XLSX' ? 'families.xlsx' : 'families.csv',
    format: options.format ?? 'CSV',
    contentBase64: Buffer.from(file).toString('base64'),
    dateFormat: options.dateFormat ?? 'DMY',
    mode: options.mode ?? 'ALL_OR_NOTHING',
    columnMapping: options.columnMapping ?? null,
    clientMutationId: options.clientMutationId ?? null,
  };
  return service.graphql(START_IMPORT, { input }, options.headers);
}

/** Starts an import that must be accepted, waits for its end and returns it (with its first errors). */
export async function runImport(service: ServiceTestApp, file: string | Buffer, options: StartOptions = {}, first = 100): Promise<GraphQLData> {
  const response = await startImport(service, file, options);
  const payload = response.data?.startInsureeImport;
  if (!payload?.insureeImport) throw new Error(`Import refused: ${JSON.stringify(response.errors ?? payload?.errors)}`);
  return finished(service, payload.insureeImport.id, options.headers, first);
}

export async function finished(service: ServiceTestApp, id: string, headers?: Record<string, string>, first = 100): Promise<GraphQLData> {
  return service.eventually(async () => {
    const { insureeImport } = await service.data(IMPORT, { id, first }, headers);
    return insureeImport.status === 'SUCCEEDED' || insureeImport.status === 'FAILED' ? insureeImport : null;
  }, 20_000);
}

export const errorCodes = (job: GraphQLData): string[] =>
  job.errors.edges.map(({ node }: { node: { row: number; column: string | null; code: string } }) => `${node.row}:${node.column}:${node.code}`);
