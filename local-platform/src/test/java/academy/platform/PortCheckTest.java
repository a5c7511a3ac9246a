package academy.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.embedded.Ports;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void namesEveryTakenPortAndWhatNeedsIt() throws Exception {
        try (ServerSocket gateway = taken(); ServerSocket course = taken()) {
            PlatformOptions options = options(gateway.getLocalPort(), course.getLocalPort());

            assertThatThrownBy(() -> PortCheck.requireFree(options)).isInstanceOf(PlatformException.class)
                    .hasMessageContaining(gateway.getLocalPort() + " (gateway; set ACADEMY_PORT to use another)")
                    .hasMessageContaining(course.getLocalPort() + " (course-service)")
                    .hasMessageContaining("already in use")
                    .hasMessageNotContaining("Exception");
        }
    }

    @Test
    void passesWhenEveryPortIsFree() {
        assertThatCode(() -> PortCheck.requireFree(options(Ports.free(), Ports.free()))).doesNotThrowAnyException();
    }

    private static PlatformOptions options(int gatewayPort, int coursePort) {
        Map<AcademyService, Integer> ports = new EnumMap<>(AcademyService.class);
        for (AcademyService service : AcademyService.values()) {
            ports.put(service, service == AcademyService.COURSE ? coursePort : Ports.free());
        }
        return PlatformOptions.fromEnvironment(Path.of(".")).withPorts(gatewayPort, ports);
    }

    private static ServerSocket taken() throws Exception {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress("127.0.0.1", 0));
        return socket;
    }
}
