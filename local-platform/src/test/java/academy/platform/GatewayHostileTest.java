package academy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import academy.embedded.Ports;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the gateway refuses or passes on whole, in front of stand-ins that behave like the services. */
class GatewayHostileTest {

    /** A stand-in's own body limit, below the gateway's: its 413 must reach the caller. */
    private static final int SERVICE_LIMIT = 64 * 1024;

    private final Vertx vertx = Vertx.vertx();
    private final Map<AcademyService, Integer> ports = new EnumMap<>(AcademyService.class);
    private final List<HttpServer> upstreams = new ArrayList<>();
    private Gateway gateway;

    @BeforeEach
    void start() throws Exception {
        for (AcademyService service : AcademyService.values()) {
            ports.put(service, Ports.free());
            upstreams.add(vertx.createHttpServer().requestHandler(request -> {
                String length = request.getHeader("Content-Length");
                if (length != null && Long.parseLong(length) > SERVICE_LIMIT) {
                    // As Quarkus does: 413 from the header, the connection closed, the body never read.
                    request.response().setStatusCode(413).putHeader("Connection", "close")
                            .putHeader("Content-Type", "application/problem+json")
                            .endHandler(ended -> request.connection().close())
                            .end("{\"status\":413}");
                    return;
                }
                request.body().onSuccess(body -> request.response().putHeader("Content-Type", "application/json")
                        .end(new JsonObject().put("path", request.path()).put("body", body.toString())
                                .put("chunked", request.getHeader("Transfer-Encoding")).encode()));
            }).listen(ports.get(service), "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS));
        }
        gateway = Gateway.start(vertx, RouteTable.load(), ports, "127.0.0.1", Ports.free());
    }

    @AfterEach
    void stop() throws Exception {
        gateway.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void dotSegmentsInAnyEncodingAre400BeforeRouting() throws IOException {
        for (String path : List.of("/auth/../q/metrics", "/auth/%2e%2e/q/metrics", "/auth/%2E%2E/q/metrics",
                "/courses/.%2e/q/metrics", "/courses/./x", "/users/..;/q/metrics", "/courses/a%2F..%2Fq",
                "/courses/a\\..\\q", "/lessons/%00")) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(path).startsWith("HTTP/1.1 400");
            assertThat(answer).as(path).contains("application/problem+json").doesNotContain("\"path\"");
        }
        assertThat(raw("GET /courses/abc HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
    }

    @Test
    void aChunkedBodyReachesTheServiceWhole() throws IOException {
        String answer = raw("PATCH /users/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n"
                + "a\r\n{\"timezone\r\n" + "12\r\n\":\"Europe/Berlin\"}\r\n" + "0\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200");
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertThat(body).contains("{\\\"timezone\\\":\\\"Europe/Berlin\\\"}");
    }

    @Test
    void aServicesOwn413IsPassedOnAndBodiesOverTheLimitAre413Here() throws IOException {
        for (int i = 0; i < 5; i++) {
            String answer = rawWithBody("POST /courses HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (SERVICE_LIMIT * 2) + "\r\n\r\n", SERVICE_LIMIT * 2);
            assertThat(answer).as("try " + i).startsWith("HTTP/1.1 413");
        }
        String tooBig = rawWithBody("POST /courses HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + (Gateway.MAX_BODY_BYTES + 1) + "\r\n\r\n",
                (int) Gateway.MAX_BODY_BYTES + 1);
        assertThat(tooBig).startsWith("HTTP/1.1 413").contains("application/problem+json");
    }

    private String raw(String request) throws IOException {
        return rawWithBody(request, 0);
    }

    /** Sends the head and then {@code bodyBytes} bytes, stopping quietly if the gateway hangs up, and reads the answer. */
    private String rawWithBody(String head, int bodyBytes) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", gateway.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = "x".repeat(8192).getBytes(StandardCharsets.US_ASCII);
            try {
                for (int sent = 0; sent < bodyBytes; sent += chunk.length) {
                    out.write(chunk, 0, Math.min(chunk.length, bodyBytes - sent));
                }
                out.flush();
            } catch (IOException hungUp) {
                // The gateway answered and closed before the whole body: its answer is still to be read.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int read; (read = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, read);
                }
            } catch (IOException reset) {
                // A reset after the answer: what was read is the answer.
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
