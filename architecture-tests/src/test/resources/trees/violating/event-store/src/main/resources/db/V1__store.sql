CREATE TABLE IF NOT EXISTS stored_events (id bigint PRIMARY KEY);
create table checkpoints (name text PRIMARY KEY);
