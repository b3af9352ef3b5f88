import { SetMetadata } from '@nestjs/common';

/**
 * Metadata marking a route or resolver reachable without signing in. Every service guards everything
 * else (libs/auth); health and metrics are public so that orchestrators and Prometheus can reach them.
 */
export const PUBLIC_ROUTE = 'imis:public-route';

export const PublicRoute = () => SetMetadata(PUBLIC_ROUTE, true);
