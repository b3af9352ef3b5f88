// ESLint rule `imis/module-imports`: inside a service, `src/modules/<name>/` folders are modules. A file of
// module A may import module B only through B's public `index.ts` (`../../b`, never `../../b/domain/x`),
// and no chain of such imports may lead from B back to A (no module cycles). The module graph is read
// from the files on disk (every relative import of every .ts file under `src/modules/`).
const { existsSync, readdirSync, readFileSync, statSync } = require('fs');
const { dirname, join, relative, resolve, sep } = require('path');

const MODULE_FILE = new RegExp(`^(.*${escape(sep)}src${escape(sep)}modules)${escape(sep)}([^${escape(sep)}]+)${escape(sep)}`);
const SPECIFIER = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
const GRAPH_TTL_MS = 2000;
const graphs = new Map();

function escape(text) {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/** `{ modulesDir, module }` of a file inside `src/modules/<module>/`, else undefined. */
function moduleOf(file) {
  const match = MODULE_FILE.exec(file);
  return match ? { modulesDir: match[1], module: match[2] } : undefined;
}

/** The sibling module a relative specifier points into, and whether it goes through its index. */
function target(fromFile, specifier, modulesDir) {
  if (!specifier.startsWith('.')) return undefined;
  const path = resolve(dirname(fromFile), specifier);
  const rest = relative(modulesDir, path);
  if (rest.startsWith('..') || rest === '') return undefined;
  const [module, ...inside] = rest.split(sep);
  const throughIndex = inside.length === 0 || (inside.length === 1 && /^index(\.ts)?$/.test(inside[0]));
  return { module, throughIndex };
}

function tsFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...tsFiles(path));
    else if (entry.name.endsWith('.ts')) files.push(path);
  }
  return files;
}

/** Module → the sibling modules its files import, read from disk (cached briefly: a lint run reads it once). */
function moduleGraph(modulesDir) {
  const cached = graphs.get(modulesDir);
  if (cached && Date.now() - cached.at < GRAPH_TTL_MS) return cached.graph;
  const graph = new Map();
  for (const module of readdirSync(modulesDir)) {
    const dir = join(modulesDir, module);
    if (!statSync(dir).isDirectory()) continue;
    const edges = new Set();
    for (const file of tsFiles(dir)) {
      for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
        const found = target(file, match[1] ?? match[2] ?? match[3], modulesDir);
        if (found && found.module !== module) edges.add(found.module);
      }
    }
    graph.set(module, edges);
  }
  graphs.set(modulesDir, { at: Date.now(), graph });
  return graph;
}

/** A path of module imports from `from` to `to`, or undefined. */
function pathBetween(graph, from, to, seen = new Set()) {
  if (from === to) return [to];
  seen.add(from);
  for (const next of graph.get(from) ?? []) {
    if (seen.has(next)) continue;
    const rest = pathBetween(graph, next, to, seen);
    if (rest) return [from, ...rest];
  }
  return undefined;
}

module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'Modules of a service import each other only through index.ts, and never in a cycle' },
    schema: [
      {
        type: 'object',
        properties: {
          // Cycles to remove, tolerated meanwhile: each entry lists module folders (from the repository
          // root); a cycle made of modules of one entry only is not reported.
          knownCycles: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      deep: "'{{specifier}}' reaches inside module '{{module}}': import what it exports from its index.ts ('{{index}}') instead.",
      cycle: "Importing module '{{module}}' from '{{self}}' closes a module cycle: {{cycle}}.",
    },
  },
  create(context) {
    const file = context.filename;
    const self = moduleOf(file);
    if (!self) return {};
    const known = (context.options[0]?.knownCycles ?? []).map((modules) => new Set(modules.map((module) => resolve(context.cwd, module))));
    const tolerated = (cycle) => known.some((modules) => cycle.every((module) => modules.has(join(self.modulesDir, module))));
    const check = (node, specifier) => {
      if (typeof specifier !== 'string') return;
      const found = target(file, specifier, self.modulesDir);
      if (!found || found.module === self.module) return;
      if (!found.throughIndex) {
        const index = relative(dirname(file), join(self.modulesDir, found.module)).split(sep).join('/');
        context.report({ node, messageId: 'deep', data: { specifier, module: found.module, index } });
      }
      if (!existsSync(join(self.modulesDir, found.module))) return;
      const back = pathBetween(moduleGraph(self.modulesDir), found.module, self.module);
      if (back && !tolerated(back)) context.report({ node, messageId: 'cycle', data: { module: found.module, self: self.module, cycle: [self.module, ...back].join(' → ') } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
