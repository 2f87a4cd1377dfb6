package talkbot.summary;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The summary of the corpus: the key points and, when articles arrived since a chat's last post,
 * what is new in them.
 *
 * @param title      a heading
 * @param newSince   key points from articles the chat has not had a summary of; empty when none
 * @param points     the key points of the whole corpus
 * @param articleIds every article this summary covers (recorded with each post)
 */
public record Summary(String title, List<KeyPoint> newSince, List<KeyPoint> points, Set<String> articleIds) {
    public Summary {
        Objects.requireNonNull(title, "title");
        newSince = List.copyOf(newSince);
        points = List.copyOf(points);
        articleIds = Set.copyOf(articleIds);
    }
}
