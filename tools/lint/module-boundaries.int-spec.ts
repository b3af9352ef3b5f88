import { ESLint, type Linter } from 'eslint';
import { join, resolve } from 'path';

// Lints code as if it were a file of the repository, with the repository's real ESLint config and Nx
// project graph. `tools/lint/fixtures/other-service` is a committed Nx project tagged type:service that
// stands in for "another service". The config is handed over as an object because ESLint loads config
// files with import(), which Jest's module sandbox does not allow.
const repoRoot = resolve(__dirname, '../..');
const BOUNDARIES = '@nx/enforce-module-boundaries';
const RESTRICTED = 'no-restricted-imports';
const locationDomainFile = 'services/location/src/modules/location/domain/zz-lint-probe.ts';
const locationApiFile = 'services/location/src/modules/location/api/zz-lint-probe.ts';
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
