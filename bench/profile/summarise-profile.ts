import { readFileSync } from 'fs';
import { relative } from 'path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  busySamples: number;
  /** Own (self) samples by package or project folder, largest first. */
  selfByOwner: [string, number][];
  /** Samples with any frame of the owner on the stack, counted once per sample. */
  inclusiveByOwner: [string, number][];
  /** Own samples by function, largest first. */
  selfByFunction: [string, number][];
  /** Samples with the function on the stack, counted once per sample. */
  inclusiveByFunction: [string, number][];
}

const IDLE = new Set(['(idle)', '(root)']);

/** Where a frame's code comes from: `node_modules/<package>`, a project folder, `node:` internals, or V8 itself. */
export function ownerOf(url: string, functionName: string, root: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = path.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (path.startsWith('node:')) return `node:${path.slice(5).split('/')[0]}`;
  const local = relative(root, path).split('/');
  return local.slice(0, local[0] === 'libs' || local[0] === 'services' ? 2 : 1).join('/');
}

/** Summarises a V8 `.cpuprofile` (from the inspector profiler): busy samples only, by owner and by function. */
export function summariseProfile(file: string, root: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfOwner = new Map<string, number>();
  const inclusiveOwner = new Map<string, number>();
  const selfFunction = new Map<string, number>();
  const inclusiveFunction = new Map<string, number>();
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  let busy = 0;
  for (const id of profile.samples) {
    const node = byId.get(id)!;
    if (IDLE.has(node.callFrame.functionName)) continue;
    busy++;
    const { url, functionName } = node.callFrame;
    add(selfOwner, ownerOf(url, functionName, root));
    add(selfFunction, functionLabel(node.callFrame, root));
    const owners = new Set<string>();
    const functions = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const frame = byId.get(current)!.callFrame;
      owners.add(ownerOf(frame.url, frame.functionName, root));
      functions.add(functionLabel(frame, root));
    }
    for (const owner of owners) add(inclusiveOwner, owner);
    for (const name of functions) add(inclusiveFunction, name);
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return {
    busySamples: busy,
    selfByOwner: sorted(selfOwner),
    inclusiveByOwner: sorted(inclusiveOwner),
    selfByFunction: sorted(selfFunction),
    inclusiveByFunction: sorted(inclusiveFunction),
  };
}

function functionLabel({ functionName, url, lineNumber }: ProfileNode['callFrame'], root: string): string {
  return `${functionName || '(anonymous)'} ${url ? `${relative(root, url.replace(/^file:\/\//, ''))}:${lineNumber + 1}` : ''}`.trim();
}

export function printSummary(title: string, summary: ProfileSummary, top = 25): void {
  const share = (count: number) => `${((count / summary.busySamples) * 100).toFixed(1).padStart(5)}%`;
  console.log(`\n${title}: ${summary.busySamples} busy samples`);
  console.log('  self time by owner:');
  for (const [owner, count] of summary.selfByOwner.slice(0, top)) console.log(`    ${share(count)}  ${owner}`);
  console.log('  stacks containing the owner (inclusive):');
  for (const [owner, count] of summary.inclusiveByOwner.slice(0, top)) console.log(`    ${share(count)}  ${owner}`);
  console.log('  self time by function:');
  for (const [name, count] of summary.selfByFunction.slice(0, top)) console.log(`    ${share(count)}  ${name}`);
  console.log('  stacks containing the function (inclusive):');
  for (const [name, count] of summary.inclusiveByFunction.slice(0, top * 3)) console.log(`    ${share(count)}  ${name}`);
}
