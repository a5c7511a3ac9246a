package academy.platform;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Every port the academy needs is free, or one clear message says which are taken. */
final class PortCheck {

    private PortCheck() {
    }

    static void requireFree(PlatformOptions options) {
        List<String> taken = new ArrayList<>();
        if (!free(options.host(), options.gatewayPort())) {
            taken.add(options.gatewayPort() + " (gateway; set ACADEMY_PORT to use another)");
        }
        for (AcademyService service : AcademyService.values()) {
            if (!free(options.host(), options.port(service))) {
                taken.add(options.port(service) + " (" + service.serviceName() + ")");
            }
        }
        if (!taken.isEmpty()) {
            throw new PlatformException("port" + (taken.size() > 1 ? "s " : " ") + String.join(", ", taken)
                    + (taken.size() > 1 ? " are" : " is") + " already in use.\n"
                    + "  Is the academy already running? Stop it (Ctrl-C in its terminal, or ./academy down),\n"
                    + "  or stop what listens there (see: ss -ltnp).");
        }
    }

    static boolean free(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
