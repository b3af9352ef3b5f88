// ESLint 9 flat config. Besides typescript-eslint's recommended rules it enforces the architecture:
// - @nx/enforce-module-boundaries: services, libs and the gateway import only libs (by their @imis/*
//   alias), never another project by a relative or absolute path;
// - domain folders stay free of NestJS, MikroORM, NATS, BullMQ, Redis and pg;
// - imis/module-imports: a service's modules (src/modules/<name>/) import each other only through their
//   index.ts, and never in a cycle.
const { defineConfig } = require('eslint/config');
const tseslint = require('typescript-eslint');
const nx = require('@nx/eslint-plugin');
const prettier = require('eslint-config-prettier');
const { ensureProjectGraph } = require('./tools/lint/project-graph');
const imis = require('./tools/lint/rules');

const boundaries = [
  'error',
  {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: [
      { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib'] },
      { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
      { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
      // e2e scenarios and benchmarks start services as processes; they import only libs too.
      { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:lib'] },
      // A project someone forgot to tag is held to the same rule.
      { sourceTag: '*', onlyDependOnLibsWithTags: ['type:lib'] },
    ],
  },
];

const infrastructurePackages = ['@nestjs/*', '@mikro-orm/*', '@nats-io/*', 'nats', 'bullmq', 'ioredis', 'pg'];
const domainPurity = [
  'error',
  {
    patterns: [
      {
        group: [...infrastructurePackages, ...infrastructurePackages.filter((p) => !p.endsWith('*')).map((p) => `${p}/*`)],
        message: 'Domain code is plain TypeScript: keep NestJS, MikroORM, NATS, BullMQ, Redis and pg out of domain/.',
      },
    ],
  },
];

const nodeCommonJsGlobals = Object.fromEntries(
  ['require', 'module', 'exports', '__dirname', '__filename', 'process', 'console', 'Buffer'].map((name) => [name, 'readonly']),
);

const config = defineConfig(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/tmp/**', '**/coverage/**', '.nx/**', 'deploy/**', 'var/**'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': boundaries,
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Optional packages are loaded lazily with require() so a missing one fails only when used; GraphiQL's
      // 9 MB bundle only once GraphiQL is asked for (its subpath has no types under moduleResolution node).
      '@typescript-eslint/no-require-imports': ['error', { allow: ['^testcontainers$', '^@graphql-yoga/render-graphiql/graphiql$'] }],
    },
  },
  {
    // Tests exercise a lib or service through its public @imis/* entry point.
    files: ['**/test/**/*.ts', '**/*.spec.ts'],
    rules: { '@nx/enforce-module-boundaries': [boundaries[0], { ...boundaries[1], allowCircularSelfDependency: true }] },
  },
  {
    files: ['**/domain/**/*.ts'],
    rules: { 'no-restricted-imports': domainPurity },
  },
  {
    files: ['services/*/src/modules/**/*.ts'],
    plugins: { imis },
    rules: {
      'imis/module-imports': 'error',
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: nodeCommonJsGlobals },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);

// The boundaries rule reads Nx's cached project graph and silently skips itself when there is none
// (a fresh clone) or uses a stale one; computing the graph first makes the rule always apply.
module.exports = ensureProjectGraph().then(() => config);
