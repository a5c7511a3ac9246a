-- Run once after a logical restore (pg_restore of a backup.sh dump, or logical replication into
-- a new cluster), as the owner of the tables, with every service stopped, before they start:
--   psql -v ON_ERROR_STOP=1 --single-transaction -d "$DATABASE_URL" -f rebase-transaction-ids.sql
-- then VACUUM ANALYZE event_store. docs/operations.md, "Restore", says why; the restore drill of
-- the test suite (RestoreDrillIT) runs this file.
LOCK TABLE event_store, subscription_checkpoints, dead_letters IN ACCESS EXCLUSIVE MODE;

-- Each checkpoint (t, p) means: every event with (transaction_id, global_position) <= (t, p)
-- was processed. After the rebase the feed order is global_position order, so move each
-- checkpoint to the last position before its first unprocessed event; events after it that
-- were already processed are delivered again and de-duplicated by event_id.
UPDATE subscription_checkpoints c
   SET global_position = coalesce(
           (SELECT min(e.global_position) - 1
              FROM event_store e
             WHERE (e.transaction_id, e.global_position) > (c.transaction_id, c.global_position)),
           (SELECT coalesce(max(e.global_position), 0) FROM event_store e)),
       transaction_id = '0',
       updated_at = now();

UPDATE dead_letters SET transaction_id = '0';

-- Every stored event now sorts before anything this cluster will write.
UPDATE event_store SET transaction_id = '0';
