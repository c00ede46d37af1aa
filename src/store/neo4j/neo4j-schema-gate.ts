/**
 * The schema (constraints, indexes) is applied before the first statement
 * that needs it, once. When Neo4j is down at start-up the service starts
 * anyway; every call then tries again, so the schema is applied as soon as
 * Neo4j answers, by whichever request or readiness probe comes first.
 */
export class SchemaGate {
  private applied = false;
  private pending: Promise<void> | undefined;

  constructor(private readonly applySchema: () => Promise<void>) {}

  /** Applies the schema now, even if it was applied before (rules that exist are skipped). */
  async apply(): Promise<void> {
    await this.applySchema();
    this.applied = true;
  }

  /** Resolves once the schema has been applied; concurrent callers share one attempt. */
  ready(): Promise<void> {
    if (this.applied) return Promise.resolve();
    this.pending ??= this.apply().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }
}
