import { ESLint, type Linter } from 'eslint';
import { join, resolve } from 'path';

// Lints code as if it were a file of the repository, with the repository's real ESLint config and Nx
// project graph. `tools/lint/fixtures/other-service` is a committed Nx project tagged type:service that
// stands in for "another service". The config is handed over as an object because ESLint loads config
// files with import(), which Jest's module sandbox does not allow.
const repoRoot = resolve(__dirname, '../..');
const BOUNDARIES = '@nx/enforce-module-boundaries';
const RESTRICTED = 'no-restricted-imports';
const MODULE_IMPORTS = 'imis/module-imports';
const locationDomainFile = 'services/location/src/modules/location/domain/zz-lint-probe.ts';
const locationApiFile = 'services/location/src/modules/location/api/zz-lint-probe.ts';
const healthFacilityApiFile = 'services/location/src/modules/health-facility/api/zz-lint-probe.ts';
const otherServiceFile = 'tools/lint/fixtures/other-service/src/zz-lint-probe.ts';

let eslint: ESLint;

beforeAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS config exports a Promise
  const config = (await require(join(repoRoot, 'eslint.config.js'))) as Linter.Config[];
  eslint = new ESLint({ cwd: repoRoot, overrideConfigFile: true, overrideConfig: config });
});

async function lint(file: string, ...lines: string[]): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(lines.join('\n') + '\n', { filePath: join(repoRoot, file) });
  return result.messages;
}

function ruleIds(messages: Linter.LintMessage[]): (string | null)[] {
  return messages.map((message) => message.ruleId);
}

describe('module boundaries', () => {
  it('refuses the location service importing another service by a relative path', async () => {
    const messages = await lint(
      locationApiFile,
      "import { fixture } from '../../../../../../tools/lint/fixtures/other-service/src/index';",
      'export const probe = fixture;',
    );
    expect(ruleIds(messages)).toEqual([BOUNDARIES]);
    expect(messages[0].message).toContain('relative or absolute path');
  });

  it('refuses another service importing the location service by its package name', async () => {
    const messages = await lint(otherServiceFile, "import { bootstrap } from '@imis/location';", 'export const probe = bootstrap;');
    expect(ruleIds(messages)).toEqual([BOUNDARIES]);
  });

  it('refuses a lib importing a service', async () => {
    const messages = await lint('libs/config/src/zz-lint-probe.ts', "import { bootstrap } from '@imis/location';", 'export const probe = bootstrap;');
    expect(ruleIds(messages)).toEqual([BOUNDARIES]);
  });

  it('refuses the gateway importing a service', async () => {
    const messages = await lint('gateway/src/zz-lint-probe.ts', "import { bootstrap } from '@imis/location';", 'export const probe = bootstrap;');
    expect(ruleIds(messages)).toEqual([BOUNDARIES]);
  });

  it('refuses a service importing a lib by a relative path instead of its @imis alias', async () => {
    const messages = await lint(
      locationApiFile,
      "import { loadConfig } from '../../../../../../libs/config/src/load-config';",
      'export const probe = loadConfig;',
    );
    expect(ruleIds(messages)).toEqual([BOUNDARIES]);
  });

  it('lets a service import a lib by its alias', async () => {
    const messages = await lint(locationApiFile, "import { loadConfig } from '@imis/config';", 'export const probe = loadConfig;');
    expect(messages).toEqual([]);
  });
});

describe('modules of a service', () => {
  it('refuses a deep import into a sibling module', async () => {
    const messages = await lint(
      healthFacilityApiFile,
      "import { LocationQueries } from '../../location/application/location.queries';",
      'export const probe = LocationQueries;',
    );
    expect(ruleIds(messages)).toEqual([MODULE_IMPORTS]);
    expect(messages[0].message).toContain("reaches inside module 'location'");
    expect(messages[0].message).toContain("'../../location'");
  });

  it('refuses a deep re-export and a deep type-only import too', async () => {
    const messages = await lint(
      healthFacilityApiFile,
      "export { locationErrors } from '../../location/domain/location.errors';",
      "import type { LocationView } from '../../location/application/location.view';",
      'export type Probe = LocationView;',
    );
    expect(ruleIds(messages)).toEqual([MODULE_IMPORTS, MODULE_IMPORTS]);
  });

  it("lets a module import a sibling through its index.ts, and its own files by any path", async () => {
    const messages = await lint(
      healthFacilityApiFile,
      "import { LocationQueries } from '../../location';",
      "import { HealthFacilityQueries } from '../application/health-facility.queries';",
      'export const probe = [LocationQueries, HealthFacilityQueries];',
    );
    expect(messages).toEqual([]);
  });

  it('refuses an import that closes a module cycle, even through the index', async () => {
    // health-facility imports location: location importing health-facility would close the cycle.
    const messages = await lint(locationApiFile, "import { HealthFacilityQueries } from '../../health-facility';", 'export const probe = HealthFacilityQueries;');
    expect(ruleIds(messages)).toEqual([MODULE_IMPORTS]);
    expect(messages[0].message).toContain('location → health-facility → location');
  });

  it('applies to every service', async () => {
    const messages = await lint(
      'services/insuree/src/modules/registry/application/zz-lint-probe.ts',
      "import { PhotoQueries } from '../../photo/application/photo.queries';",
      'export const probe = PhotoQueries;',
    );
    expect(ruleIds(messages)).toEqual([MODULE_IMPORTS, MODULE_IMPORTS]);
    expect(messages.map((message) => message.message).join('\n')).toContain('registry → photo → registry');
  });
});

describe('domain purity', () => {
  it.each(['@nestjs/common', '@mikro-orm/core', '@nats-io/jetstream', 'nats', 'bullmq', 'ioredis', 'pg', 'pg/lib/client'])(
    'refuses %s in a domain folder',
    async (infrastructurePackage) => {
      const messages = await lint(locationDomainFile, `import * as infrastructure from '${infrastructurePackage}';`, 'export const probe = infrastructure;');
      expect(ruleIds(messages)).toEqual([RESTRICTED]);
    },
  );

  it('refuses a type-only MikroORM import in a domain folder', async () => {
    const messages = await lint(locationDomainFile, "import type { EntityManager } from '@mikro-orm/core';", 'export type Probe = EntityManager;');
    expect(ruleIds(messages)).toEqual([RESTRICTED]);
  });

  it('accepts plain domain code importing its own folder and a lib', async () => {
    const messages = await lint(
      locationDomainFile,
      "import { loadConfig } from '@imis/config';",
      "import { probeHelper } from './zz-lint-probe-helper';",
      'export function probe(value: string): string {',
      '  return probeHelper(value) + String(loadConfig);',
      '}',
    );
    expect(messages).toEqual([]);
  });

  it('allows NestJS outside domain folders', async () => {
    const messages = await lint(locationApiFile, "import { Injectable } from '@nestjs/common';", 'export const probe = Injectable;');
    expect(messages).toEqual([]);
  });
});
