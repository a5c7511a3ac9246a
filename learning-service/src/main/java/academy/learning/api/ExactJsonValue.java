package academy.learning.api;

import academy.edge.json.BoundedValues;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import java.io.IOException;

/**
 * Reads a body field as a JSON tree, but a fractional number as the exact decimal it was sent as.
 * As a double, {@code 1e400} would become Infinity (no decimal at all) and {@code 1e-400} a valid
 * score of 0; as a decimal both are refused by the score rules.
 */
final class ExactJsonValue extends JsonDeserializer<JsonNode> {

    @Override
    public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            // The academy's bounds first (422 naming the field): 1e-20000 is between 0 and 1, and unstorable.
            return DecimalNode.valueOf(BoundedValues.checkedDecimal(parser));
        }
        return context.readTree(parser);
    }
}
