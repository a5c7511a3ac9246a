package academy.projector.projection.api;

import academy.edge.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The operators' commands take no input: no body, or an empty JSON object. Anything else is
 * refused before the command runs, so a malformed or unexpected body never starts a rebuild or
 * touches a dead letter.
 */
final class EmptyBody {

    private EmptyBody() {
    }

    static void require(ObjectMapper json, String body) {
        if (body == null || body.isBlank()) {
            return;
        }
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JsonProcessingException malformed) {
            throw ProblemException.badRequest("body", "malformed JSON");
        }
        if (node == null || !node.isObject()) {
            throw ProblemException.badRequest("body", "the body must be empty or an empty JSON object");
        }
        if (node.size() > 0) {
            throw ProblemException.unprocessable(node.fieldNames().next(), "unknown field: this command takes no input");
        }
    }
}
