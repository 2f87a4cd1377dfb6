package talkbot.corpus;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article's metadata: what /sources lists and what every citation names.
 *
 * @param url where the article was published ({@code url} in its meta file); empty when unknown
 */
public record ArticleInfo(String id, String title, LocalDate published, String source, String url) {
    public ArticleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(source, "source");
        url = url == null ? "" : url.strip();
    }

    /** Newest first by date of publication, then by id: the order /sources, /latest and the summaries list articles in. */
    public static final java.util.Comparator<ArticleInfo> NEWEST_FIRST =
            java.util.Comparator.comparing(ArticleInfo::published).reversed().thenComparing(ArticleInfo::id);

    /** An article without a known URL. */
    public ArticleInfo(String id, String title, LocalDate published, String source) {
        this(id, title, published, source, "");
    }
}
