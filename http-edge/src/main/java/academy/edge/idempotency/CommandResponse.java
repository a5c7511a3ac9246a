package academy.edge.idempotency;

/** What a command answers: a status and a JSON body (stored for Idempotency-Key retries). */
public record CommandResponse(int status, Object body) {

    public static CommandResponse created(Object body) {
        return new CommandResponse(201, body);
    }

    public static CommandResponse ok(Object body) {
        return new CommandResponse(200, body);
    }
}
