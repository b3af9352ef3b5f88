// Transport-free commands: transactions, idempotency, refusals (filled in by the domain-platform work)
export {};
