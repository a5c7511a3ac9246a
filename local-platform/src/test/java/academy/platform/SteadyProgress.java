package academy.platform;

import io.vertx.core.json.JsonObject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lesson progress at a steady rate: every tick one sitting of a random learner on one of the
 * lessons open to all of them, a score below or above the pass score, its own Idempotency-Key.
 * Each learner's app keeps at most {@code window} commands on the wire and queues the rest, as
 * a phone does while the academy is unreachable: the queue grows during an outage and drains
 * afterwards, instead of every queued command retrying at once.
 */
final class SteadyProgress implements AutoCloseable {

    private static final double[] SCORES = {0.4, 0.6, 0.7, 0.85, 1.0};

    private final RetryingClient client;
    private final List<Long> learners;
    private final List<String> lessonIds;
    private final String keyPrefix;
    private final int window;
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger commands = new AtomicInteger();
    private final Map<Long, Deque<RetryingClient.Command>> queued = new HashMap<>();
    private final Map<Long, Integer> onTheWire = new HashMap<>();
    private volatile boolean sending;

    SteadyProgress(RetryingClient client, List<Long> learners, List<String> lessonIds, String keyPrefix, int window) {
        this.client = client;
        this.learners = List.copyOf(learners);
        this.lessonIds = List.copyOf(lessonIds);
        this.keyPrefix = keyPrefix;
        this.window = window;
        learners.forEach(learner -> {
            queued.put(learner, new ArrayDeque<>());
            onTheWire.put(learner, 0);
        });
    }

    void start(int perSecond) {
        sending = true;
        ticks.scheduleAtFixedRate(() -> {
            if (sending) {
                offer(next());
            }
        }, 0, 1000 / perSecond, TimeUnit.MILLISECONDS);
    }

    private RetryingClient.Command next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long learner = learners.get(random.nextInt(learners.size()));
        String lessonId = lessonIds.get(random.nextInt(lessonIds.size()));
        JsonObject sitting = new JsonObject().put("score", SCORES[random.nextInt(SCORES.length)])
                .put("timeSpent", random.nextInt(5, 600));
        return new RetryingClient.Command(keyPrefix + "-progress-" + commands.incrementAndGet(), learner,
                "/lessons/progress/" + lessonId, sitting);
    }

    /** {@code count} commands at once on top of the steady rate: every learner's window fills. */
    void burst(int count) {
        for (int i = 0; i < count; i++) {
            offer(next());
        }
    }

    private synchronized void offer(RetryingClient.Command command) {
        queued.get(command.userId()).add(command);
        pump(command.userId());
    }

    private synchronized void pump(long learner) {
        while (onTheWire.get(learner) < window && !queued.get(learner).isEmpty()) {
            onTheWire.merge(learner, 1, Integer::sum);
            client.send(queued.get(learner).poll()).whenComplete((ack, failure) -> acknowledged(learner));
        }
    }

    private synchronized void acknowledged(long learner) {
        onTheWire.merge(learner, -1, Integer::sum);
        pump(learner);
    }

    /** Commands made but not yet handed to the client (queued on the learners' phones). */
    synchronized int queued() {
        return queued.values().stream().mapToInt(Deque::size).sum();
    }

    /** No new commands from now on; queued ones are still sent, and retried until acknowledged. */
    void stop() {
        sending = false;
        ticks.shutdown();
        try {
            ticks.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int commands() {
        return commands.get();
    }

    @Override
    public void close() {
        stop();
    }
}
