import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GRAPHIQL_ASSETS_PATH, GraphiqlAssets } from './graphiql-assets';

/** GraphiQL's script, styles, icon and editor workers (only while GraphiQL is on). */
@Controller(GRAPHIQL_ASSETS_PATH.slice(1))
export class GraphiqlAssetsController {
  constructor(private readonly assets: GraphiqlAssets) {}

  @Get(':file')
  async serve(@Param('file') name: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const file = this.assets.file(name);
    if (!file) throw new NotFoundException({ code: 'NOT_FOUND', message: `GraphiQL has no file ${name}` });
    response.setHeader('content-type', file.contentType);
    response.setHeader('cache-control', 'public, max-age=86400');
    response.setHeader('etag', file.etag);
    response.setHeader('vary', 'accept-encoding');
    response.setHeader('x-content-type-options', 'nosniff');
    if (request.headers['if-none-match'] === file.etag) {
      response.status(304).end();
      return;
    }
    if (!acceptsGzip(request.headers['accept-encoding'])) {
      response.end(file.body);
      return;
    }
    const body = await this.assets.gzip(name, file);
    response.setHeader('content-encoding', 'gzip');
    response.end(body);
  }
}

function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((coding) => {
    const [name, ...parameters] = coding.trim().toLowerCase().split(';');
    return name === 'gzip' && !parameters.some((parameter) => /^\s*q=0(\.0*)?\s*$/.test(parameter));
  });
}
