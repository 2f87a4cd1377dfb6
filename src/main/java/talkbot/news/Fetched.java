package talkbot.news;

import java.net.URI;
import java.util.Optional;

/**
 * A fetched resource.
 *
 * @param url          where it was found, after redirects
 * @param status       200, or 304 for a conditional GET whose resource did not change (no body)
 * @param contentType  the Content-Type header; empty when absent
 * @param body         the body's bytes (empty for a 304)
 * @param etag         the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 */
record Fetched(URI url, int status, String contentType, byte[] body, String etag, String lastModified) {
    boolean notModified() {
        return status == 304;
    }

    /** The media type without parameters, lower case: "text/html". */
    String mediaType() {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The charset the Content-Type names, if any. */
    Optional<String> charset() {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return Optional.of(p.substring(8).replace("\"", "").replace("'", "").strip()).filter(s -> !s.isEmpty());
            }
        }
        return Optional.empty();
    }
}
