/** One schema step; applied once, in `version` order, each in its own transaction. */
export interface Migration {
  /** Increasing from 1; never reused or edited once released. */
  version: number
  /** What it does, for the log. */
  name: string
  /** Postgres SQL (runs unchanged on PGlite). */
  sql: string
}

/** The playground's schema, oldest first. Add new steps at the end. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'webhook inbox, accounts, job results, refresh results',
    sql: `
      CREATE TABLE webhooks (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_id text NOT NULL UNIQUE,
        event text NOT NULL,
        payload text NOT NULL,
        received_at text NOT NULL,
        signed_at text NOT NULL,
        deliveries integer NOT NULL DEFAULT 1
      );
      CREATE TABLE accounts (
        account_id text PRIMARY KEY,
        position bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        end_user_id text,
        platform_id text,
        platform_name text,
        platform_type text,
        link_token_id text,
        created_at text,
        monitoring_status text,
        connected boolean,
        source text NOT NULL
      );
      CREATE INDEX accounts_by_end_user ON accounts (end_user_id, position);
      CREATE TABLE account_jobs (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        account_id text NOT NULL REFERENCES accounts (account_id),
        job_key text NOT NULL UNIQUE,
        name text NOT NULL,
        outcome text NOT NULL,
        timestamp text,
        error_code text,
        error_type text,
        source text NOT NULL
      );
      CREATE INDEX account_jobs_by_account ON account_jobs (account_id, id);
      CREATE TABLE refreshes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        account_id text NOT NULL,
        summary text NOT NULL,
        created_at text NOT NULL
      );
      CREATE INDEX refreshes_by_account ON refreshes (account_id, id);
    `,
  },
]
