import { GraphiqlAssets, dataUriBytes, type GraphiqlBundle } from './graphiql-assets';
import { renderGraphiqlPage } from './graphiql-page';

describe('GraphiQL page', () => {
  it('loads its files from the gateway and hands GraphiQL its options, less the icon', () => {
    const html = renderGraphiqlPage({ title: 'IMIS GraphQL API', favicon: 'data:image/png;base64,AAAA', defaultQuery: '{ me { id } }' });
    expect(html).toContain('<title>IMIS GraphQL API</title>');
    expect(html).toContain('<link rel="icon" href="/graphiql/favicon.ico">');
    expect(html).toContain('<script src="/graphiql/graphiql.js"></script>');
    expect(html).toContain('"graphql":"/graphiql/graphql.worker.js"');
    expect(html).toContain('{"title":"IMIS GraphQL API","defaultQuery":"{ me { id } }"}');
    expect(html).not.toContain('data:image/png');
  });

  it('writes no option text that could end its script or markup', () => {
    const html = renderGraphiqlPage({ title: '<b>"x"</b>', defaultQuery: '</script><script>alert(1)</script>' });
    expect(html).toContain('<title>&#60;b&#62;&#34;x&#34;&#60;/b&#62;</title>');
    expect(html).not.toContain('</script><script>alert');
    expect(html).toContain('\\u003c/script>\\u003cscript>alert(1)\\u003c/script>');
  });
});

describe('GraphiQL files', () => {
  const bundle: GraphiqlBundle = {
    js: 'window.YogaGraphiQL = {};',
    css: 'body{}',
    favicon: `data:image/x-icon;base64,${Buffer.from([0, 0, 1, 0]).toString('base64')}`,
    editorWorkerService: 'self.editor=1',
    jsonWorker: 'self.json=1',
    graphqlWorker: 'self.graphql=1',
  };

  it('loads the bundle only when a file is first asked for, and once', () => {
    let loads = 0;
    const assets = new GraphiqlAssets(() => {
      loads += 1;
      return bundle;
    });
    expect(loads).toBe(0);
    expect(assets.file('graphiql.css')).toEqual({ contentType: 'text/css; charset=utf-8', body: Buffer.from('body{}'), etag: expect.stringMatching(/^"[\w-]{27}"$/) });
    expect(assets.file('graphql.worker.js')?.body.toString()).toBe('self.graphql=1');
    expect(assets.file('favicon.ico')?.body).toEqual(Buffer.from([0, 0, 1, 0]));
    expect(loads).toBe(1);
  });

  it('has no other file, whatever the name', () => {
    const assets = new GraphiqlAssets(() => bundle);
    for (const name of ['missing.js', 'constructor', '__proto__', '../package.json']) expect(assets.file(name)).toBeUndefined();
    expect(GraphiqlAssets.names.sort()).toEqual(['editor.worker.js', 'favicon.ico', 'graphiql.css', 'graphiql.js', 'graphql.worker.js', 'json.worker.js']);
  });

  it('refuses an icon that is not a base64 data URI', () => {
    expect(() => dataUriBytes('https://example.org/favicon.ico')).toThrow('not a base64 data URI');
  });
});
