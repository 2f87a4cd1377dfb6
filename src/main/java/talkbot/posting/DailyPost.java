package talkbot.posting;

import java.util.Optional;
import java.util.Set;
import talkbot.chat.Reply;

/**
 * One chat's daily post, or the decision to skip it.
 *
 * @param reply      what to send; null when the day's post is skipped (nothing new, and
 *                   TALKBOT_SUMMARY_WHEN_QUIET=skip)
 * @param articleIds every article the chat now has had (recorded with the post, skipped or not)
 */
public record DailyPost(Reply reply, Set<String> articleIds) {
    public DailyPost {
        articleIds = Set.copyOf(articleIds);
    }

    static DailyPost skip(Set<String> articleIds) {
        return new DailyPost(null, articleIds);
    }

    public Optional<Reply> message() {
        return Optional.ofNullable(reply);
    }

    public boolean skipped() {
        return reply == null;
    }
}
