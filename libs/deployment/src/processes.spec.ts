import { join } from 'path';
import { COMPILED_DIR_ENV, entryNodeArgs, NODE_FLAGS } from './processes';
import { REPO_ROOT } from './repo-root';

describe('entryNodeArgs', () => {
  it('runs the TypeScript through @swc-node/register when no compiled folder is named', () => {
    expect(entryNodeArgs('services/location/src/main.ts', ['--check'], {})).toEqual([
      ...NODE_FLAGS,
      '-r',
      '@swc-node/register',
      join(REPO_ROOT, 'services/location/src/main.ts'),
      '--check',
    ]);
  });

  it('runs the compiled JavaScript of the entry when IMIS_COMPILED_DIR names a folder', () => {
    // scripts/run-compiled.js is committed JavaScript: it stands in for a compiled entry here.
    const args = entryNodeArgs('scripts/run-compiled.ts', [], { [COMPILED_DIR_ENV]: '.' });
    expect(args).toEqual([...NODE_FLAGS, join(REPO_ROOT, 'scripts/run-compiled.js')]);
  });

  it('refuses to run an entry that was not compiled', () => {
    expect(() => entryNodeArgs('services/location/src/main.ts', [], { [COMPILED_DIR_ENV]: 'var/nowhere' })).toThrow(/does not exist: compile the sources first/);
  });
});
