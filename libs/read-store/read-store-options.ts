/** Where read models live; one code path and one set of entities for all three (ARCHITECTURE: read side). */
export type ReadStoreOptions =
  | { readonly type: 'sqlite'; readonly file: string }
  | {
      readonly type: 'postgres';
      readonly url: string;
      /** Defaults to the connection's search_path (usually `public`); tests use one schema per suite. */
      readonly schema?: string;
    }
  | {
      readonly type: 'oracle';
      readonly user: string;
      readonly password: string;
      /** Easy Connect string, e.g. `localhost:1521/FREEPDB1`. */
      readonly connectString: string;
    };

export type ReadStoreDialect = ReadStoreOptions['type'];
