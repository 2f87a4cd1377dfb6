package talkbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Votes in the store's {@code feedback} table: one row per answer and voter (the primary key keeps it once). */
final class SqliteFeedback implements Feedback {
    private final SqliteStore store;

    SqliteFeedback(SqliteStore store) {
        this.store = store;
    }

    @Override
    public boolean record(Vote v) {
        return store.write("record a vote", () -> store.update(
                "INSERT OR IGNORE INTO feedback (answer_id, voter, up, question, short_answer, reply, intent, confidence,"
                        + " platform, voted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                v.answerId(), v.voter(), v.up() ? 1 : 0, v.question(), v.shortAnswer(), v.reply(), v.intent(),
                v.confidence(), v.platform(), v.at().toString()) > 0);
    }

    @Override
    public List<Vote> votes() {
        return store.read("list votes", () -> {
            List<Vote> out = new ArrayList<>();
            try (PreparedStatement ps = store.prepare(
                    "SELECT answer_id, voter, up, question, short_answer, reply, intent, confidence, platform, voted_at"
                            + " FROM feedback ORDER BY up, voted_at DESC, rowid DESC");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Vote(rs.getString(1), rs.getString(2), rs.getInt(3) == 1, rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getDouble(8), rs.getString(9),
                            Instant.parse(rs.getString(10))));
                }
            }
            return out;
        });
    }

    @Override
    public int forget(Instant before) {
        return store.write("forget old votes", () -> store.update("DELETE FROM feedback WHERE voted_at < ?", before.toString()));
    }
}
