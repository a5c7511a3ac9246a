package academy.platform;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON client for the academy's HTTP API (through the gateway). */
public final class ApiClient {

    /** One answer: status and body text. */
    public record Answer(String method, String path, int status, String body) {

        public JsonObject json() {
            Object value = parsed();
            if (value instanceof JsonObject object) {
                return object;
            }
            throw new PlatformException(method + " " + path + " answered " + status + " without a JSON object: " + body);
        }

        public Object parsed() {
            try {
                return body == null || body.isBlank() ? null : Json.decodeValue(body);
            } catch (DecodeException e) {
                return null;
            }
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The body when 2xx; otherwise a {@link PlatformException} with the problem's detail. */
        public Answer expectOk() {
            if (!ok()) {
                throw new PlatformException(method + " " + path + " answered " + status + ": " + body);
            }
            return this;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final String baseUrl;
    private final String token;

    public ApiClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    public ApiClient withToken(String value) {
        return new ApiClient(baseUrl, value);
    }

    public Answer get(String path) {
        return send("GET", path, null, null);
    }

    public Answer post(String path, Object body) {
        return send("POST", path, body, null);
    }

    public Answer post(String path, Object body, String idempotencyKey) {
        return send("POST", path, body, idempotencyKey);
    }

    public Answer put(String path, Object body, String idempotencyKey) {
        return send("PUT", path, body, idempotencyKey);
    }

    public Answer send(String method, String path, Object body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            String json = body instanceof JsonObject object ? object.encode()
                    : body instanceof JsonArray array ? array.encode() : Json.encode(body);
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(""));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(method, path, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new PlatformException(method + " " + baseUrl + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted during " + method + " " + path);
        }
    }
}
