import { createHash } from 'crypto';
import { promisify } from 'util';
import { gzip } from 'zlib';

/** Where the gateway serves GraphiQL's files; the page at `GET /graphql` loads them from there. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql';

/**
 * GraphiQL as `@graphql-yoga/render-graphiql` ships it (MIT): Yoga's GraphiQL built into one script, its
 * styles (fonts and images inlined), its icon as a data URI and the Monaco editor's workers.
 */
export interface GraphiqlBundle {
  js: string;
  css: string;
  favicon: string;
  editorWorkerService: string;
  jsonWorker: string;
  graphqlWorker: string;
}

/** The file serving each Monaco worker, by the label Monaco asks for (`MonacoEnvironment.getWorkerUrl`). */
export const WORKER_FILES = { editorWorkerService: 'editor.worker.js', json: 'json.worker.js', graphql: 'graphql.worker.js' } as const;

const SCRIPT = 'text/javascript; charset=utf-8';
const text = (content: string) => Buffer.from(content, 'utf8');

const FILES: Readonly<Record<string, { contentType: string; content: (bundle: GraphiqlBundle) => Buffer }>> = {
  'graphiql.js': { contentType: SCRIPT, content: (bundle) => text(bundle.js) },
  'graphiql.css': { contentType: 'text/css; charset=utf-8', content: (bundle) => text(bundle.css) },
  'favicon.ico': { contentType: 'image/x-icon', content: (bundle) => dataUriBytes(bundle.favicon) },
  [WORKER_FILES.editorWorkerService]: { contentType: SCRIPT, content: (bundle) => text(bundle.editorWorkerService) },
  [WORKER_FILES.json]: { contentType: SCRIPT, content: (bundle) => text(bundle.jsonWorker) },
  [WORKER_FILES.graphql]: { contentType: SCRIPT, content: (bundle) => text(bundle.graphqlWorker) },
};

export interface GraphiqlFile {
  contentType: string;
  body: Buffer;
  /** Strong validator of the content. */
  etag: string;
}

/** The bundle, required only when GraphiQL is first asked for: 9 MB of strings a process without it never loads. */
function requireRenderGraphiqlBundle(): GraphiqlBundle {
  return require('@graphql-yoga/render-graphiql/graphiql') as GraphiqlBundle;
}

/**
 * GraphiQL's files, served by the gateway itself so that the page works on a network without Internet access:
 * each built on first request and kept, with its gzip form made once.
 */
export class GraphiqlAssets {
  private bundle?: GraphiqlBundle;
  private readonly files = new Map<string, GraphiqlFile>();
  private readonly gzipped = new Map<string, Promise<Buffer>>();

  constructor(private readonly loadBundle: () => GraphiqlBundle = requireRenderGraphiqlBundle) {}

  /** The names of the files served. */
  static get names(): string[] {
    return Object.keys(FILES);
  }

  /** The file called `name`, or undefined when there is none. */
  file(name: string): GraphiqlFile | undefined {
    const definition = Object.hasOwn(FILES, name) ? FILES[name] : undefined;
    if (!definition) return undefined;
    let file = this.files.get(name);
    if (!file) {
      this.bundle ??= this.loadBundle();
      const body = definition.content(this.bundle);
      file = { contentType: definition.contentType, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
      this.files.set(name, file);
    }
    return file;
  }

  /** The gzip form of a file this class returned (compressed off the event loop, once). */
  gzip(name: string, file: GraphiqlFile): Promise<Buffer> {
    let compressed = this.gzipped.get(name);
    if (!compressed) {
      compressed = promisify(gzip)(file.body);
      this.gzipped.set(name, compressed);
    }
    return compressed;
  }
}

/** The bytes of a base64 data URI (`data:image/x-icon;base64,…`). */
export function dataUriBytes(uri: string): Buffer {
  const match = /^data:[^,]*;base64,(.*)$/s.exec(uri);
  if (!match?.[1]) throw new Error('not a base64 data URI');
  return Buffer.from(match[1], 'base64');
}
