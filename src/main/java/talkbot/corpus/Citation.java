package talkbot.corpus;

import java.time.LocalDate;
import java.util.Objects;

/** A sentence quoted verbatim from an article, with what a reader needs to find it. */
public record Citation(String articleId, String articleTitle, LocalDate published, String sentence) {
    public Citation {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(articleTitle, "articleTitle");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(sentence, "sentence");
    }
}
