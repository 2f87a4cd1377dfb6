package talkbot.news;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page's bytes into text whatever its server says. Servers often get the charset wrong,
 * so the bytes decide first: a byte-order mark; else bytes that are valid UTF-8 are UTF-8;
 * else the charset the server or the page declares (Content-Type, then {@code <meta charset>});
 * else windows-1252, which decodes any byte (and is what browsers take Latin-1 to mean).
 */
final class Charsets {
    private static final Pattern META = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Charsets() {}

    static String decode(byte[] bytes, Optional<String> declared, boolean html) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        Optional<String> utf8 = strictUtf8(bytes);
        if (utf8.isPresent()) {
            return utf8.get();
        }
        Optional<Charset> named = declared.flatMap(Charsets::charset);
        if (named.isEmpty() && html) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META.matcher(head);
            if (m.find()) {
                named = charset(m.group(1));
            }
        }
        Charset cs = named.filter(c -> !c.equals(StandardCharsets.UTF_8)).orElse(WINDOWS_1252);
        return new String(bytes, cs);
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> charset(String name) {
        try {
            String n = name.strip();
            if (n.equalsIgnoreCase("iso-8859-1") || n.equalsIgnoreCase("latin1") || n.equalsIgnoreCase("us-ascii")) {
                return Optional.of(WINDOWS_1252); // as browsers read them
            }
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
