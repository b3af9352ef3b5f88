import type { MigrationObject } from '@mikro-orm/core';

/**
 * Applied in this order, after the migrations of the libraries the service uses (paymentPersistence);
 * listed explicitly so that nothing is discovered from the file system at run time. Write the next one
 * with tools/create-migration.ts and add it at the end.
 */
export const paymentMigrations: MigrationObject[] = [];
