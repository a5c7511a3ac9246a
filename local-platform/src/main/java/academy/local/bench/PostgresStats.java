package academy.local.bench;

/**
 * One reading of pg_stat_database for the bench database, and the work between two readings.
 *
 * @param at System.nanoTime of the reading
 */
record PostgresStats(long commits, long rollbacks, long rowsWritten, long at) {

    /** Commits, rollbacks and rows written per second between two readings; null when either is missing. */
    static double[] perSecond(PostgresStats from, PostgresStats to) {
        if (from == null || to == null || to.at <= from.at) {
            return null;
        }
        double seconds = (to.at - from.at) / 1e9;
        return new double[] {(to.commits - from.commits) / seconds, (to.rollbacks - from.rollbacks) / seconds,
                (to.rowsWritten - from.rowsWritten) / seconds};
    }

    /** The work between {@code before} and {@code after} for {@code posts} posts; net of {@code idlePerSecond} (may be null) over that time. */
    static Work work(PostgresStats before, PostgresStats after, double[] idlePerSecond, double posts) {
        long commits = after.commits - before.commits;
        long rows = after.rowsWritten - before.rowsWritten;
        double seconds = (after.at - before.at) / 1e9;
        double idleCommits = idlePerSecond == null ? 0 : idlePerSecond[0] * seconds;
        double idleRows = idlePerSecond == null ? 0 : idlePerSecond[2] * seconds;
        return new Work(commits, after.rollbacks - before.rollbacks, rows, commits / posts, rows / posts,
                Math.max(0, commits - idleCommits) / posts, Math.max(0, rows - idleRows) / posts);
    }

    record Work(long commits, long rollbacks, long rowsWritten, double transactionsPerPost, double rowsPerPost,
                double netTransactionsPerPost, double netRowsPerPost) {
    }
}
