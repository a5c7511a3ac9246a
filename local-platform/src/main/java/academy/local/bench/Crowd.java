package academy.local.bench;

import com.sun.management.UnixOperatingSystemMXBean;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.impl.HttpClientConnection;
import io.vertx.core.http.impl.HttpClientInternal;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.net.SocketAddress;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * "10,000 learners at once": every learner holds a keep-alive connection of its own to
 * projector-service and opens its dashboard every {@code crowd-read-every} seconds (10), and
 * posts progress every {@code crowd-post-every} seconds (60) to learning-service through the
 * generator's shared connection pool; each learner starts at a random moment of its period, so
 * the load is even (~1,000 reads/s and ~170 posts/s for 10,000 learners). Runs
 * {@code crowd-seconds} (60), then stops by itself. The learners are capped by this JVM's
 * file-descriptor limit (ulimit -n), leaving room for everything else.
 */
final class Crowd {

    /** Descriptors kept free for the JVM, the shared pools and the coordinator's needs. */
    private static final long FD_RESERVE = 1_000;
    private static final int CONNECTS_AT_ONCE = 200;

    private final Vertx vertx;
    private final List<String> tokens;
    private final LongFunction<Future<LoadGenerator.Answer>> post;
    private final URI projector;

    Crowd(Vertx vertx, List<String> tokens, URI projector, LongFunction<Future<LoadGenerator.Answer>> post) {
        this.vertx = vertx;
        this.tokens = tokens;
        this.projector = projector;
        this.post = post;
    }

    /** How many learners this JVM can give a connection each. */
    static int affordable(int wanted) {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix) {
            long free = unix.getMaxFileDescriptorCount() - unix.getOpenFileDescriptorCount() - FD_RESERVE;
            System.out.printf("crowd_fd_limit=%d descriptors%n", unix.getMaxFileDescriptorCount());
            return (int) Math.max(0, Math.min(wanted, free));
        }
        return wanted;
    }

    void run(long seconds, long readEverySeconds, long postEverySeconds) throws InterruptedException {
        int learners = tokens.size();
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
                .setKeepAliveTimeout(0).setConnectTimeout(10_000));
        List<HttpClientConnection> connections = connect((HttpClientInternal) client, learners);
        System.out.printf("crowd_learners=%d learners%n", learners);
        System.out.printf("crowd_connected=%d connections%n", connections.size());
        System.out.printf("crowd_connect_errors=%d connections%n", learners - connections.size());
        LoadGenerator.marker("#begin crowd");

        LoadGenerator.Result reads = new LoadGenerator.Result();
        LoadGenerator.Result posts = new LoadGenerator.Result();
        AtomicLong skipped = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger inFlight = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        List<Long> timers = new ArrayList<>();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < connections.size(); i++) {
            HttpClientConnection connection = connections.get(i);
            String token = tokens.get(i);
            AtomicBoolean busy = new AtomicBoolean();
            long readPeriod = TimeUnit.SECONDS.toMillis(readEverySeconds);
            timers.add(vertx.setPeriodic(1 + random.nextLong(readPeriod), readPeriod, id -> {
                if (!running.get()) {
                    return;
                }
                if (!busy.compareAndSet(false, true)) {
                    skipped.incrementAndGet(); // the previous read on this connection is still running
                    return;
                }
                long due = System.nanoTime();
                reads.sent.incrementAndGet();
                inFlight.incrementAndGet();
                dashboard(connection, token).onComplete(answer -> {
                    reads.record(due, answer.succeeded() ? answer.result() : -1);
                    busy.set(false);
                    inFlight.decrementAndGet();
                });
            }));
            long learner = i;
            long postPeriod = TimeUnit.SECONDS.toMillis(postEverySeconds);
            timers.add(vertx.setPeriodic(1 + random.nextLong(postPeriod), postPeriod, id -> {
                if (!running.get()) {
                    return;
                }
                long due = System.nanoTime();
                posts.sent.incrementAndGet();
                inFlight.incrementAndGet();
                post.apply(learner).onComplete(answer -> {
                    posts.record(due, answer.succeeded() ? answer.result().status() : -1);
                    inFlight.decrementAndGet();
                });
            }));
        }
        long half = start + (end - start) / 2;
        TimeUnit.NANOSECONDS.sleep(Math.max(0, half - System.nanoTime()));
        LoadGenerator.marker("#sample crowd");
        System.out.printf("crowd_open_connections_generator=%d connections%n",
                connections.stream().filter(c -> c.isValid()).count());
        TimeUnit.NANOSECONDS.sleep(Math.max(0, end - System.nanoTime()));
        running.set(false);
        timers.forEach(vertx::cancelTimer);
        long drainDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (inFlight.get() > 0 && System.nanoTime() < drainDeadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        reads.finish(start, inFlight.get());
        posts.finish(start, 0);
        LoadGenerator.marker("#end crowd");
        reads.print("crowd_dashboard", "req/s");
        posts.print("crowd_post", "posts/s");
        System.out.printf("crowd_dashboard_skipped=%d reads%n", skipped.get());
        CountDownLatch closed = new CountDownLatch(1);
        client.close().onComplete(ignored -> closed.countDown());
        closed.await(10, TimeUnit.SECONDS);
    }

    /** One connection per learner, opened a few hundred at a time so the projector's accept queue keeps up. */
    private List<HttpClientConnection> connect(HttpClientInternal client, int learners) throws InterruptedException {
        List<HttpClientConnection> connections = java.util.Collections.synchronizedList(new ArrayList<>());
        Semaphore slots = new Semaphore(CONNECTS_AT_ONCE);
        CountDownLatch done = new CountDownLatch(learners);
        SocketAddress address = SocketAddress.inetSocketAddress(projector.getPort(), projector.getHost());
        for (int i = 0; i < learners; i++) {
            slots.acquire();
            client.connect(address).onComplete(result -> {
                if (result.succeeded()) {
                    connections.add(result.result());
                }
                slots.release();
                done.countDown();
            });
        }
        done.await(120, TimeUnit.SECONDS);
        return new ArrayList<>(connections);
    }

    /** GET /dashboard on the learner's own connection; the status, or -1 when it failed. */
    private Future<Integer> dashboard(HttpClientConnection connection, String token) {
        ContextInternal context = (ContextInternal) vertx.getOrCreateContext();
        return connection.createRequest(context).compose(request -> {
            request.setMethod(HttpMethod.GET).setURI("/dashboard").setHost(projector.getHost()).setPort(projector.getPort())
                    .putHeader("Authorization", "Bearer " + token);
            return request.send().compose(response -> response.body().map(body -> response.statusCode()));
        });
    }
}
