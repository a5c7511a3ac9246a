-- Fencing token of a subscription's leader: bumped by each new leader, checked by every
-- checkpoint move, so a deposed leader that has not noticed yet can never move the checkpoint.
ALTER TABLE subscription_checkpoints ADD COLUMN IF NOT EXISTS leader_epoch bigint NOT NULL DEFAULT 0;
