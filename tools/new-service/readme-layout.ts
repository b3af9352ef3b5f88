/**
 * The README with the new service in its "## Layout" block, after the last `services/` line and aligned
 * with it. Unchanged when the service is already listed; an error when there is no such block.
 */
export function withServiceInLayout(readme: string, name: string, description: string): string {
  const lines = readme.split('\n');
  const layout = lines.findIndex((line) => line.trim() === '## Layout');
  if (layout < 0) throw new Error('README.md has no "## Layout" section');
  const open = lines.findIndex((line, index) => index > layout && line.startsWith('```'));
  const close = lines.findIndex((line, index) => index > open && line.startsWith('```'));
  if (open < 0 || close < 0) throw new Error('README.md: the "## Layout" section has no code block');
  const block = lines.slice(open + 1, close);
  if (block.some((line) => line.startsWith(`services/${name}/ `))) return readme;
  const lastService = block.map((line) => line.startsWith('services/')).lastIndexOf(true);
  const after = lastService >= 0 ? open + 1 + lastService : open;
  const column = lastService >= 0 ? descriptionColumn(block[lastService]!) : 21;
  const path = `services/${name}/`;
  lines.splice(after + 1, 0, `${path.padEnd(Math.max(column, path.length + 1))}${description}`);
  return lines.join('\n');
}

/** Where the description starts on a layout line (after the path and its padding). */
function descriptionColumn(line: string): number {
  const match = /^\S+\s+/.exec(line);
  return match ? match[0].length : line.length + 1;
}
