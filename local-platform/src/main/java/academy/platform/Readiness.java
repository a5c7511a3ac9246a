package academy.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Waits until every service answers {@code /q/health/ready} and {@code /health}, saying which are ready as they come. */
final class Readiness {

    private static final long NOTICE_EVERY_NANOS = TimeUnit.SECONDS.toNanos(20);

    private Readiness() {
    }

    static void await(List<ServiceProcess> services, PlatformOptions options, BooleanSupplier cancelled) {
        Consumer<String> say = options.progress();
        long deadline = System.nanoTime() + options.startTimeout().toNanos();
        long nextNotice = System.nanoTime() + NOTICE_EVERY_NANOS;
        List<ServiceProcess> waiting = new ArrayList<>(services);
        while (!waiting.isEmpty()) {
            if (cancelled.getAsBoolean()) {
                throw new PlatformException("stopped while starting");
            }
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (service.isReady()) {
                    waiting.remove(service);
                    say.accept(String.format("  ready  %-19s http://%s:%d  (%.1f s)", service.service().serviceName(),
                            options.host(), options.port(service.service()), service.secondsSinceStart()));
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                ServiceProcess late = waiting.get(0);
                throw new PlatformException(late.service().serviceName() + " was not ready within "
                        + options.startTimeout().toSeconds() + " s. Last lines of " + late.logFile() + ":\n" + late.tail(15));
            }
            if (System.nanoTime() > nextNotice) {
                nextNotice = System.nanoTime() + NOTICE_EVERY_NANOS;
                say.accept("  still starting: " + waiting.stream().map(s -> s.service().serviceName())
                        .collect(Collectors.joining(", ")));
            }
            pause(Duration.ofMillis(300));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while starting");
        }
    }
}
