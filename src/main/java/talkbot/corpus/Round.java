package talkbot.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The event an article reports — a round of talks, a summit, a deal — where and when it took
 * place, read off its title and opening sentences, so that a question about "the Geneva talks",
 * "the May round" or "the latest talks" is answered from the right article.
 *
 * @param articleId  the article
 * @param place      the city or venue of the event ("Geneva"), or null when the article names none
 * @param placeNames every name that points at that place: the place, its country, the country's
 *                   adjectives ("Geneva", "Switzerland", "Swiss")
 * @param from       the first day of the event as the article dates it
 * @param to         the last day
 * @param published  when the article was published
 */
public record Round(String articleId, String place, List<String> placeNames, LocalDate from, LocalDate to, LocalDate published) {
    public Round {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(published, "published");
        placeNames = List.copyOf(placeNames);
    }

    /** Whether the days of the event, or the day of the report, fall within the given days. */
    public boolean during(LocalDate first, LocalDate last) {
        return (!to.isBefore(first) && !from.isAfter(last)) || (!published.isBefore(first) && !published.isAfter(last));
    }
}
