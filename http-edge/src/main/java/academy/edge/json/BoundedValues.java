package academy.edge.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Jackson deserializers that hold every decimal and every string of a body to {@link InputBounds}
 * before the standard deserializer reads it. Integers need nothing: Jackson refuses one that
 * overflows its field.
 */
public final class BoundedValues {

    private BoundedValues() {
    }

    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("academy-bounded-values");
        module.addDeserializer(String.class, new BoundedText());
        module.addDeserializer(BigDecimal.class, new BoundedNumber<>(BigDecimal.class, NumberDeserializers.BigDecimalDeserializer.instance));
        module.addDeserializer(Double.class, new BoundedNumber<>(Double.class, NumberDeserializers.find(Double.class, Double.class.getName())));
        module.addDeserializer(Double.TYPE, new BoundedNumber<>(Double.TYPE, NumberDeserializers.find(Double.TYPE, Double.TYPE.getName())));
        module.addDeserializer(Float.class, new BoundedNumber<>(Float.class, NumberDeserializers.find(Float.class, Float.class.getName())));
        module.addDeserializer(Float.TYPE, new BoundedNumber<>(Float.TYPE, NumberDeserializers.find(Float.TYPE, Float.TYPE.getName())));
        integer(module, Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE);
        integer(module, Integer.TYPE, Integer.MIN_VALUE, Integer.MAX_VALUE);
        integer(module, Long.class, Long.MIN_VALUE, Long.MAX_VALUE);
        integer(module, Long.TYPE, Long.MIN_VALUE, Long.MAX_VALUE);
        integer(module, Short.class, Short.MIN_VALUE, Short.MAX_VALUE);
        integer(module, Short.TYPE, Short.MIN_VALUE, Short.MAX_VALUE);
        return module;
    }

    private static <T> void integer(SimpleModule module, Class<T> type, long min, long max) {
        module.addDeserializer(type, new BoundedInteger<>(type, NumberDeserializers.find(type, type.getName()), min, max));
    }

    /** The exact decimal a numeric token was sent as, refused (422) when outside the bounds. */
    public static BigDecimal checkedDecimal(JsonParser parser) throws IOException {
        BigDecimal value = parser.getDecimalValue();
        String problem = InputBounds.numberProblem(value);
        if (problem != null) {
            throw new RefusedValue(parser, problem);
        }
        return value;
    }

    static final class BoundedNumber<T> extends StdScalarDeserializer<T> {

        private final JsonDeserializer<T> standard;

        @SuppressWarnings("unchecked")
        BoundedNumber(Class<T> type, JsonDeserializer<?> standard) {
            super(type);
            this.standard = (JsonDeserializer<T>) standard;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
                checkedDecimal(parser);
            }
            return standard.deserialize(parser, context);
        }

        @Override
        public T getNullValue(DeserializationContext context) throws com.fasterxml.jackson.databind.JsonMappingException {
            return standard.getNullValue(context);
        }
    }

    /** An integer field takes integers in its range only: no silent truncation of 1.5, no overflow error without a field. */
    static final class BoundedInteger<T> extends StdScalarDeserializer<T> {

        private final JsonDeserializer<T> standard;
        private final BigDecimal min;
        private final BigDecimal max;

        @SuppressWarnings("unchecked")
        BoundedInteger(Class<T> type, JsonDeserializer<?> standard, long min, long max) {
            super(type);
            this.standard = (JsonDeserializer<T>) standard;
            this.min = BigDecimal.valueOf(min);
            this.max = BigDecimal.valueOf(max);
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
                BigDecimal value = parser.getDecimalValue();
                if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                    throw new RefusedValue(parser, "must be an integer from " + min + " to " + max);
                }
                if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
                    throw new RefusedValue(parser, "must be an integer");
                }
            }
            return standard.deserialize(parser, context);
        }

        @Override
        public T getNullValue(DeserializationContext context) throws com.fasterxml.jackson.databind.JsonMappingException {
            return standard.getNullValue(context);
        }
    }

    static final class BoundedText extends StdScalarDeserializer<String> {

        BoundedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            String problem = text == null ? null : InputBounds.textProblem(text);
            if (problem != null) {
                throw new RefusedValue(parser, problem);
            }
            return text;
        }
    }
}
