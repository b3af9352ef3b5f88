// Three suites: unit (*.spec.ts, no I/O), integration (test/*.int-spec.ts, real PostgreSQL/NATS/Redis)
// and e2e (e2e/*.e2e-spec.ts, real processes through the gateway).
const { pathsToModuleNameMapper } = require('./tools/jest/paths');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

// ESM-only packages that Jest (CommonJS here) must transpile; Node itself loads them natively.
const esmPackages = ['jose'];

const common = {
  rootDir: __dirname,
  transform: { '^.+\\.ts$': swc, [`node_modules/(${esmPackages.join('|')})/.+\\.js$`]: swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: pathsToModuleNameMapper(),
  testEnvironment: 'node',
  // Compiled copies (`npm start`'s var/dist) hold package.json files of the same names: not modules for Jest.
  modulePathIgnorePatterns: ['<rootDir>/var/'],
  setupFiles: ['reflect-metadata'],
};

module.exports = {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{libs,services,gateway,tools}/**/*.spec.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/{libs,services,gateway,tools}/**/*.int-spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'] },
  ],
};
