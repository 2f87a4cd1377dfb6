package talkbot.store;

import java.sql.Timestamp;
import java.util.List;

/** Votes in the shared store's {@code feedback} table: one row per answer and voter (the primary key keeps it once). */
final class PostgresFeedback implements Feedback {
    private final PostgresStore store;

    PostgresFeedback(PostgresStore store) {
        this.store = store;
    }

    @Override
    public boolean record(Vote v) {
        return store.update("record a vote", "INSERT INTO feedback (answer_id, voter, up, question, short_answer, reply,"
                + " intent, confidence, platform, voted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                v.answerId(), v.voter(), v.up(), v.question(), v.shortAnswer(), v.reply(), v.intent(), v.confidence(),
                v.platform(), Timestamp.from(v.at())) > 0;
    }

    @Override
    public List<Vote> votes() {
        return store.query("list votes", "SELECT answer_id, voter, up, question, short_answer, reply, intent, confidence,"
                + " platform, voted_at FROM feedback ORDER BY up, voted_at DESC, seq DESC", List.of(),
                rs -> new Vote(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getDouble(8), rs.getString(9),
                        rs.getTimestamp(10).toInstant()));
    }

    @Override
    public int forget(java.time.Instant before) {
        return store.update("forget old votes", "DELETE FROM feedback WHERE voted_at < ?", Timestamp.from(before));
    }
}
