package talkbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.answer.Answer;
import talkbot.corpus.ArticleInfo;
import talkbot.intent.Intent;
import talkbot.store.SqliteStore;
import talkbot.summary.Summary;

/** /latest and /sources read the articles at each call, so a running bot lists what it learnt since it started. */
class LatestTest {

    @Test
    void latestListsTheFiveNewestNewestFirstWithDaySourceAndLink(@TempDir Path dir) {
        List<ArticleInfo> articles = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            articles.add(article("d" + day, LocalDate.of(2025, 6, day), day == 3 ? "" : "https://example.com/" + day));
        }
        try (SqliteStore store = SqliteStore.open(dir)) {
            Reply latest = service(articles, store).latest();

            assertThat(latest.sections().get(0).text()).isEqualTo("The 5 newest articles I know:");
            assertThat(latest.sections().subList(1, latest.sections().size())).extracting(Section::title)
                    .containsExactly("Article d7", "Article d6", "Article d5", "Article d4", "Article d3");
            assertThat(latest.sections().get(1).text()).isEqualTo("Saturday 7 June 2025 · Wire · https://example.com/7");
            assertThat(latest.sections().get(5).text()).as("no link when the article has none")
                    .isEqualTo("Tuesday 3 June 2025 · Wire");
        }
    }

    @Test
    void articlesLearntWhileRunningAreListed(@TempDir Path dir) {
        List<ArticleInfo> live = new CopyOnWriteArrayList<>();
        live.add(article("london", LocalDate.of(2025, 6, 9), ""));
        try (SqliteStore store = SqliteStore.open(dir)) {
            ChatService chat = service(live, store);
            assertThat(chat.latest().sections().get(0).text()).isEqualTo("The newest article I know:");
            assertThat(text(chat.sources())).contains("I know 1 article:").doesNotContain("Article framework");

            live.add(article("framework", LocalDate.of(2025, 6, 11), "https://example.com/framework"));

            assertThat(chat.latest().sections().get(1).title()).isEqualTo("Article framework");
            assertThat(text(chat.sources())).contains("I know 2 articles:").contains("Article framework");
        }
    }

    @Test
    void noArticlesIsSaidPolitely(@TempDir Path dir) {
        try (SqliteStore store = SqliteStore.open(dir)) {
            assertThat(text(service(List.of(), store).latest())).isEqualTo("I have no articles yet.");
        }
    }

    private static ChatService service(List<ArticleInfo> articles, SqliteStore store) {
        return new ChatService(q -> Answer.unanswered(q, Intent.WHAT, "no"),
                seen -> new Summary("t", List.of(), List.of(), Set.of()), () -> articles, store,
                talkbot.corpus.BotProfile.defaults(), "daily", java.time.Duration.ofMinutes(10));
    }

    private static ArticleInfo article(String id, LocalDate day, String url) {
        return new ArticleInfo(id, "Article " + id, day, "Wire", url);
    }

    private static String text(Reply r) {
        StringBuilder b = new StringBuilder();
        for (Section s : r.sections()) {
            b.append(s.title() == null ? "" : s.title()).append(' ').append(s.text() == null ? "" : s.text()).append('\n');
        }
        return b.toString().strip();
    }
}
