import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SubgraphRestProxy } from './subgraph-rest-proxy';

/** An import id as the insuree service makes them (a UUID); anything else never reaches it. */
const IMPORT_ID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * The services' plain HTTP routes that clients use, reachable through the gateway as GraphQL is; every other
 * route of a service (its /graphql, health, metrics, a payment gateway's callback) stays internal. Each
 * request goes on to the service, which keeps its own checks (the errors CSV: token, right, requester).
 */
@Controller()
export class RestRoutesController {
  constructor(private readonly proxy: SubgraphRestProxy) {}

  /** The public keys verifying membership-card QR codes (insuree, no sign-in). */
  @Get('.well-known/card-keys.json')
  cardKeys(@Req() request: Request, @Res() response: Response): void {
    this.forward('insuree', '.well-known/card-keys.json', request, response);
  }

  /** The refusals of an insuree import as CSV (insuree: bearer token, only the requester or an administrator). */
  @Get('insuree-imports/:id/errors.csv')
  importErrors(@Param('id') id: string, @Req() request: Request, @Res() response: Response): void {
    if (!IMPORT_ID.test(id)) throw notFound();
    this.forward('insuree', `insuree-imports/${id}/errors.csv`, request, response);
  }

  private forward(subgraph: string, path: string, request: Request, response: Response): void {
    const target = this.proxy.target(subgraph, path);
    if (!target) throw notFound();
    this.proxy.forward(target, request, response);
  }
}

const notFound = () => new NotFoundException({ code: 'NOT_FOUND', message: 'No such resource' });
