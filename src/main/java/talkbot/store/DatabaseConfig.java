package talkbot.store;

import java.util.Objects;

/**
 * Where the shared PostgreSQL store is: a {@code jdbc:postgresql://HOST:PORT/DB} URL and the
 * credentials (from the environment only). {@link #toString()} never shows the password.
 */
public record DatabaseConfig(String url, String user, String password) {
    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("expected jdbc:postgresql://HOST:PORT/DB");
        }
    }

    /** The URL without its query (which could hold a password), for logs and errors. */
    public String where() {
        int q = url.indexOf('?');
        return (q < 0 ? url : url.substring(0, q)).substring("jdbc:".length());
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + where() + ", user=" + user + "]";
    }
}
