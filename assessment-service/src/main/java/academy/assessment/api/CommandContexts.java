package academy.assessment.api;

import academy.assessment.application.CommandContext;
import academy.edge.idempotency.IdempotentCommands;
import java.util.UUID;

/** The context of one command request: caller, route, Idempotency-Key and trace headers. */
final class CommandContexts {

    private CommandContexts() {
    }

    static CommandContext of(long userId, String route, String idempotencyKey, String traceparent, Object request) {
        return new CommandContext(userId, route, idempotencyKey, UUID.randomUUID().toString(), traceparent,
                IdempotentCommands.requestHash(route, idempotencyKey, request));
    }
}
