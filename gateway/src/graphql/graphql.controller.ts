import { All, Controller, Inject, type OnApplicationShutdown, Req, Res } from '@nestjs/common';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { Request, Response } from 'express';

export const GATEWAY_RUNTIME = Symbol('GATEWAY_RUNTIME');

/**
 * The one GraphQL endpoint: hands the raw request to the Hive runtime. It runs after the
 * observability middleware, so the request already carries its x-correlation-id.
 */
@Controller()
export class GraphqlController implements OnApplicationShutdown {
  constructor(@Inject(GATEWAY_RUNTIME) private readonly runtime: GatewayRuntime) {}

  @All('graphql')
  async handle(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.runtime.requestListener(request, response);
  }

  /** Closes the runtime's connections to the subgraphs. */
  async onApplicationShutdown(): Promise<void> {
    await this.runtime.dispose();
  }
}
