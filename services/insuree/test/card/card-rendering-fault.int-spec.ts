import { spawn } from 'child_process';
import { once } from 'events';
import { resolve } from 'path';
import { createInterface } from 'readline';

const REPO_ROOT = resolve(__dirname, '../../../..');
const FIXTURE = resolve(__dirname, 'fixtures/hostile-layout-process.ts');

/**
 * pdfkit decodes PNGs in zlib callbacks, where a throw escapes every try/catch and used to end the
 * process. Rendered in a real service process (a Jest worker keeps uncaught errors to itself), such a
 * throw fails that render with CardRenderingFailed, is logged, and the next card renders.
 */
describe('membership cards: an error pdfkit throws in a callback', () => {
  it('fails that render with a clear error, logged, and the process goes on rendering', async () => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', FIXTURE], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const lines: Record<string, unknown>[] = [];
    createInterface({ input: child.stdout }).on('line', (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
    const [code] = await once(child, 'exit');

    expect(lines.filter((line) => line.outcome).map((line) => line.outcome)).toEqual([
      { careless: 'CardRenderingFailed', message: 'The membership card PDF could not be rendered: Invalid filter algorithm: 5' },
      { standard: '%PDF-' },
    ]);
    expect(lines.find((line) => line.level === 50)).toMatchObject({ msg: expect.stringContaining('uncaught exception'), err: { message: 'Invalid filter algorithm: 5' } });
    expect(code).toBe(0);
  });
});
