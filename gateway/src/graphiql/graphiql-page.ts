import { GRAPHIQL_ASSETS_PATH, WORKER_FILES } from './graphiql-assets';

/** What the runtime passes to the page renderer (Yoga's GraphiQL options: title, default query…). */
export type GraphiqlPageOptions = Record<string, unknown>;

/** GraphiQL's title, and no logo: the runtime's default is another product's. */
export const GRAPHIQL_OPTIONS = { title: 'IMIS GraphQL API', logo: '<span aria-hidden="true"></span>' } as const;

const asset = (file: string) => `${GRAPHIQL_ASSETS_PATH}/${file}`;

/**
 * GraphiQL's page (the runtime's `renderGraphiQL`) loading its script, styles, icon and editor workers from
 * the gateway's own GRAPHIQL_ASSETS_PATH instead of a CDN: it works offline. The options are GraphiQL's,
 * less the icon (served as a file); they are written into a script as JSON with `<` escaped, so that no text
 * in them can end the script element.
 */
export function renderGraphiqlPage(options: GraphiqlPageOptions = {}): string {
  const { favicon: _favicon, ...graphiqlOptions } = options;
  const title = escapeHtml(typeof options.title === 'string' ? options.title : 'GraphiQL');
  const workers = Object.fromEntries(Object.entries(WORKER_FILES).map(([label, file]) => [label, asset(file)]));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="icon" href="${asset('favicon.ico')}">
<link rel="stylesheet" href="${asset('graphiql.css')}">
</head>
<body id="body" class="no-focus-outline">
<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root">Loading ${title}…</div>
<script>
const workers = ${scriptJson(workers)};
self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (moduleId, label) => workers[label] };
</script>
<script src="${asset('graphiql.js')}"></script>
<script>
YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), ${scriptJson(graphiqlOptions)});
</script>
</body>
</html>
`;
}

function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
