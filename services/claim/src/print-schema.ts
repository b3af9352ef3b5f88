import { printServiceSchema } from '@imis/service-kit';
import { claimService } from './service';

/** Prints the subgraph's federation SDL to stdout (needs no database, NATS, Redis or keys). */
printServiceSchema(claimService);
