import { Controller, Get, Header } from '@nestjs/common';
import { PublicRoute } from './public-route';
import { metricsRegistry } from './metrics';

@PublicRoute()
@Controller('metrics')
export class MetricsController {
  @Get()
  @Header('Content-Type', metricsRegistry.contentType)
  scrape(): Promise<string> {
    return metricsRegistry.metrics();
  }
}
