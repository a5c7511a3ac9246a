package academy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.embedded.Ports;
import academy.testing.TestDatabase;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A boot that fails half-way, even with an Error such as the NoClassDefFoundError of a stale
 * classpath, stops what it had started (the gateway, Vert.x) and rethrows, so the launcher can
 * exit instead of hanging on their threads.
 */
class AcademyPlatformBootFailureTest {

    @TempDir
    Path root;
    private TestDatabase database;

    @BeforeEach
    void servicesLookBuilt() throws IOException {
        for (AcademyService service : AcademyService.values()) {
            Files.createDirectories(service.runnableJar(root).getParent());
            Files.createFile(service.runnableJar(root));
        }
        database = TestDatabase.create();
    }

    @AfterEach
    void dropTheDatabase() {
        database.drop();
    }

    @Test
    void anErrorAfterTheGatewayStartedStopsItAndIsRethrown() {
        Map<AcademyService, Integer> ports = new EnumMap<>(AcademyService.class);
        for (AcademyService service : AcademyService.values()) {
            ports.put(service, Ports.free());
        }
        int gatewayPort = Ports.free();
        NoClassDefFoundError missing = new NoClassDefFoundError("academy/testing/Ports");
        PlatformOptions options = PlatformOptions.fromEnvironment(root, Map.of())
                .withPorts(gatewayPort, ports)
                .withDatastores(database.url(), "redis://127.0.0.1:1", "boot-failure:")
                .withProgress(line -> {
                    if (line.startsWith("PostgreSQL")) {
                        assertThat(Ports.answers("127.0.0.1", gatewayPort)).as("the gateway listens by now").isTrue();
                        throw missing;
                    }
                });
        AcademyPlatform platform = AcademyPlatform.create(options);

        assertThatThrownBy(platform::run).isSameAs(missing);

        assertThat(platform.isRunning()).isFalse();
        assertThat(canBind(gatewayPort)).as("the gateway's port is free again").isTrue();
    }

    private static boolean canBind(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
