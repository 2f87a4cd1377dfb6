package talkbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

/**
 * The shared corpus in table {@code article}. Each insert holds a transaction-level advisory lock,
 * so that articles are committed in the order of their {@code seq} and a reader that goes on from
 * the last {@code seq} it saw misses none.
 */
final class PostgresArticles implements Articles {
    private final PostgresStore store;

    PostgresArticles(PostgresStore store) {
        this.store = store;
    }

    @Override
    public Claim publish(String id, String url, String meta, String text) {
        return store.transaction("store article " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended('talkbot:article', 0))")) {
                ps.executeQuery().close();
            }
            if (!url.isEmpty()) {
                List<String> same = PostgresStore.read(c, "SELECT id FROM article WHERE url = ? ORDER BY seq LIMIT 1",
                        List.of(url), rs -> rs.getString(1));
                if (!same.isEmpty()) {
                    return new Claim(Claim.Kind.SAME_URL, same.get(0));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO article (id, url, meta, body) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (id) DO NOTHING")) {
                ps.setString(1, id);
                ps.setString(2, url);
                ps.setString(3, meta);
                ps.setString(4, text);
                return ps.executeUpdate() > 0 ? Claim.STORED : new Claim(Claim.Kind.ID_TAKEN, id);
            }
        });
    }

    @Override
    public List<Stored> since(long seq, int limit) {
        return store.query("read articles", "SELECT seq, id, meta, body FROM article WHERE seq > ? ORDER BY seq LIMIT ?",
                List.of(seq, limit), (ResultSet rs) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)));
    }
}
