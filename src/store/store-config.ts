/** Which store to open, and how to reach it. */
export type StoreConfig =
  | {
      readonly kind: 'sqlite';
      readonly file: string;
      /** Reader processes beside the writer (KG_SQLITE_READERS); one per core, 2 to 4, when absent. */
      readonly readers?: number;
    }
  | {
      readonly kind: 'neo4j';
      readonly uri: string;
      readonly user: string;
      readonly password: string;
      readonly database: string | undefined;
    };
