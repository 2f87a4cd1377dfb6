package talkbot.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One line of a facts file read as a flat JSON object: each field's value a string, a whole
 * number, a boolean, null, or {@link #OTHER} (a fraction, an array, an object). Read with Jackson's
 * streaming parser rather than its object mapper, whose start-up (some 0.3 s of class loading on a
 * cold JVM) every {@code ask} would pay.
 */
final class FlatJson {
    /** A value that is none of the kinds a fact's fields take. */
    static final Object OTHER = new Object();
    /** JSON's null. */
    static final Object NULL = new Object();
    private static final JsonFactory FACTORY = new JsonFactory();

    private FlatJson() {}

    /**
     * The fields of the object on {@code line}, in order (the last of a repeated field wins), or
     * empty when the line holds anything but one JSON object.
     *
     * @throws JsonProcessingException when the line is not JSON at all
     */
    static Optional<Map<String, Object>> object(String line) throws JsonProcessingException {
        try (JsonParser p = FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME) {
                    return Optional.empty();
                }
                String name = p.currentName();
                fields.put(name, value(p, p.nextToken()));
            }
            return p.nextToken() == null ? Optional.of(fields) : Optional.empty();
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue() : OTHER;
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return NULL;
            case START_OBJECT:
            case START_ARRAY:
                p.skipChildren();
                return OTHER;
            default:
                return OTHER;
        }
    }
}
