import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type MetricsServer, startMetricsServer } from '@imis/observability';
import { PinoLogger } from 'nestjs-pino';

export interface GatewayMetricsAddress {
  host: string;
  port: number;
}

/**
 * The gateway's `/metrics`, on GATEWAY_METRICS_HOST:GATEWAY_METRICS_PORT (loopback by default) instead of
 * the public port, from bootstrap to shutdown.
 */
@Injectable()
export class GatewayMetricsEndpoint implements OnApplicationBootstrap, OnApplicationShutdown {
  private server?: MetricsServer;

  constructor(
    private readonly address: GatewayMetricsAddress,
    private readonly logger: PinoLogger,
  ) {}

  get url(): string | undefined {
    return this.server?.url;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.server = await startMetricsServer(this.address.host, this.address.port, (error) => this.logger.error({ err: error }, 'metrics scrape failed'));
    this.logger.info({ url: this.server.url }, 'metrics served apart from the API');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.server?.close();
  }
}
