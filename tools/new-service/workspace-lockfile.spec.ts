import { withWorkspacePackage } from './workspace-lockfile';

describe('a workspace in package-lock.json', () => {
  it('adds the workspace and its node_modules link where npm sorts them', () => {
    const lock = {
      name: 'imis',
      lockfileVersion: 3,
      packages: {
        '': { name: 'imis' },
        'node_modules/@imis/location': { resolved: 'services/location', link: true },
        'node_modules/zod': { version: '3.25.0' },
        'services/location': { name: '@imis/location', version: '0.1.0', license: 'AGPL-3.0-only' },
      },
    };
    const updated = withWorkspacePackage(lock, { path: 'services/claim', name: '@imis/claim', version: '0.1.0', license: 'AGPL-3.0-only' });
    expect(Object.keys(updated.packages)).toEqual([
      '',
      'node_modules/@imis/claim',
      'node_modules/@imis/location',
      'node_modules/zod',
      'services/claim',
      'services/location',
    ]);
    expect(updated.packages['services/claim']).toEqual({ name: '@imis/claim', version: '0.1.0', license: 'AGPL-3.0-only' });
    expect(updated.packages['node_modules/@imis/claim']).toEqual({ resolved: 'services/claim', link: true });
    expect(updated.lockfileVersion).toBe(3);
  });
});
