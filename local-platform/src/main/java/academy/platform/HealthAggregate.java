package academy.platform;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The gateway's {@code GET /health}: the seed's shape ({@code status, database, redis,
 * eventStore}) summed over the five API services, plus one entry per service (the Mini App
 * included, which reports only its status) with its own answer. 200 only when every one says ok.
 */
final class HealthAggregate {

    /** The answer: HTTP status and JSON body. */
    record Result(int status, JsonObject body) {
    }

    private final HttpClient client;
    private final Map<AcademyService, Integer> ports;
    private final String host;

    HealthAggregate(HttpClient client, Map<AcademyService, Integer> ports, String host) {
        this.client = client;
        this.ports = ports;
        this.host = host;
    }

    Future<Result> check() {
        List<Future<JsonObject>> checks = new ArrayList<>();
        for (AcademyService service : AcademyService.values()) {
            checks.add(checkOne(service));
        }
        return Future.join(checks).transform(ignored -> Future.succeededFuture(combine(checks)));
    }

    private Future<JsonObject> checkOne(AcademyService service) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(host)
                .setPort(ports.get(service)).setURI("/health").setTimeout(2000);
        return client.request(options).compose(request -> request.send())
                .compose(response -> response.body().map(body -> parse(body)))
                .recover(failure -> Future.succeededFuture(new JsonObject().put("status", "down")
                        .put("detail", "not answering on port " + ports.get(service))));
    }

    private static JsonObject parse(Buffer body) {
        try {
            return body.toJsonObject();
        } catch (RuntimeException e) {
            return new JsonObject().put("status", "down").put("detail", "answered something other than JSON");
        }
    }

    private static Result combine(List<Future<JsonObject>> checks) {
        boolean allOk = true;
        boolean databases = true;
        boolean redis = true;
        boolean stores = true;
        JsonObject services = new JsonObject();
        AcademyService[] all = AcademyService.values();
        for (int i = 0; i < all.length; i++) {
            JsonObject answer = checks.get(i).result();
            allOk &= "ok".equals(answer.getString("status"));
            services.put(all[i].serviceName(), answer);
            if (!all[i].usesDataStores()) {
                continue;
            }
            databases &= "connected".equals(answer.getString("database"));
            redis &= "connected".equals(answer.getString("redis"));
            stores &= "ready".equals(answer.getString("eventStore"));
        }
        JsonObject body = new JsonObject().put("status", allOk ? "ok" : "down")
                .put("database", databases ? "connected" : "disconnected")
                .put("redis", redis ? "connected" : "degraded")
                .put("eventStore", stores ? "ready" : "starting");
        services.forEach(entry -> body.put(entry.getKey(), entry.getValue()));
        return new Result(allOk ? 200 : 503, body);
    }
}
