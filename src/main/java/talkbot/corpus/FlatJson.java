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
 * number that fits an int, a boolean, null, or {@link #OTHER} (a fraction, a larger number, an
 * array, an object). What follows the object on the line is not read, as Jackson's object
 * mapper did not read it either. Read with Jackson's
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
     * The fields of the object that opens {@code line}, in order (the last of a repeated field
     * wins), or empty when the line opens with another JSON value.
     *
     * @throws JsonProcessingException when the line does not open with well-formed JSON
     */
    static Optional<Map<String, Object>> object(String line) throws JsonProcessingException {
        try (JsonParser p = FACTORY.createParser(line)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                if (first != null) {
                    p.skipChildren(); // a malformed array says what is wrong with it
                }
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
            return Optional.of(fields);
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
