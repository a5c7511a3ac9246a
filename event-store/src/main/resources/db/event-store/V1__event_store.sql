CREATE TABLE IF NOT EXISTS event_store (
    global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stream_id       text        NOT NULL,
    stream_version  int         NOT NULL CHECK (stream_version > 0),
    event_id        uuid        NOT NULL UNIQUE,
    event_type      text        NOT NULL,
    data            jsonb       NOT NULL CHECK (jsonb_typeof(data) = 'object'),
    metadata        jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(metadata) = 'object'),
    transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
    recorded_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    UNIQUE (stream_id, stream_version)
);

-- The feed reads in (transaction_id, global_position) order below the oldest running transaction.
CREATE INDEX IF NOT EXISTS event_store_feed_order ON event_store (transaction_id, global_position);

CREATE TABLE IF NOT EXISTS subscription_checkpoints (
    subscription    text        PRIMARY KEY,
    transaction_id  xid8        NOT NULL DEFAULT '0',
    global_position bigint      NOT NULL DEFAULT 0,
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS dead_letters (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subscription    text        NOT NULL,
    event_id        uuid        NOT NULL,
    global_position bigint      NOT NULL,
    transaction_id  xid8        NOT NULL,
    stream_id       text        NOT NULL,
    event_type      text        NOT NULL,
    attempts        int         NOT NULL,
    last_error      text        NOT NULL,
    status          text        NOT NULL DEFAULT 'parked' CHECK (status IN ('parked', 'retried', 'skipped')),
    parked_at       timestamptz NOT NULL DEFAULT now(),
    resolved_at     timestamptz,
    UNIQUE (subscription, event_id)
);

CREATE TABLE IF NOT EXISTS idempotency_records (
    user_id         text        NOT NULL,
    route           text        NOT NULL,
    idempotency_key text        NOT NULL,
    request_hash    text        NOT NULL,
    status          int         NOT NULL,
    response        jsonb       NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, route, idempotency_key)
);
