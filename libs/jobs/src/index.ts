// Durable jobs: a PostgreSQL row as the truth, BullMQ as transport (filled in by the domain-platform work)
export {};
