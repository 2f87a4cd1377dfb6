package talkbot.corpus;

import java.time.LocalDate;
import java.util.Objects;

/** An article's metadata: what /sources lists and what every citation names. */
public record ArticleInfo(String id, String title, LocalDate published, String source) {
    public ArticleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(source, "source");
    }
}
