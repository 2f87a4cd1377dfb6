package talkbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reload reads again only the articles whose files changed, and forgets the ones that are gone. */
class FolderCacheTest {
    @TempDir
    Path dir;

    private void write(String name, String text, Instant time) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        Files.setLastModifiedTime(p, FileTime.from(time));
    }

    @Test
    void unchangedArticlesAreReusedAndChangedOnesReadAgain() throws IOException {
        Instant t = Instant.parse("2025-07-01T10:00:00Z");
        write("geneva.txt", "The United States and China met in Geneva on Saturday.\n", t);
        write("geneva.meta.properties", "title=Geneva talks\npublished=2025-05-12\n", t);
        write("london.txt", "Negotiators met at Lancaster House in London on Monday.\n", t);
        FolderCache cache = new FolderCache();
        Corpus first = CorpusLoader.load(dir, e -> { }, cache);
        Corpus again = CorpusLoader.load(dir, e -> { }, cache);
        assertThat(again.article("geneva")).isSameAs(first.article("geneva"));
        assertThat(again.article("london")).isSameAs(first.article("london"));

        // the same size, a later time: read again; the meta file changed: read again
        write("london.txt", "Negotiators met at Lancaster Hall in London on Monday.\n", t.plusSeconds(5));
        write("geneva.meta.properties", "title=Geneva round\npublished=2025-05-12\n", t.plusSeconds(5));
        Corpus changed = CorpusLoader.load(dir, e -> { }, cache);
        assertThat(changed.article("london").sentence(1).text()).contains("Lancaster Hall");
        assertThat(changed.article("geneva").info().title()).isEqualTo("Geneva round");

        // gone from the folder: gone from the corpus and from the cache
        Files.delete(dir.resolve("london.txt"));
        Corpus fewer = CorpusLoader.load(dir, e -> { }, cache);
        assertThat(fewer.articles()).extracting(Article::id).containsExactly("geneva");
        assertThat(fewer.article("geneva")).isSameAs(changed.article("geneva"));
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aBrokenArticleIsNotKeptAndIsReadAgainOnceFixed() throws IOException {
        Instant t = Instant.parse("2025-07-01T10:00:00Z");
        write("geneva.txt", "The United States and China met in Geneva on Saturday.\n", t);
        write("broken.txt", "\n", t);
        FolderCache cache = new FolderCache();
        java.util.List<String> skipped = new java.util.ArrayList<>();
        CorpusLoader.load(dir, e -> skipped.add(e.getMessage()), cache);
        assertThat(skipped).hasSize(1);
        write("broken.txt", "Now it has a sentence about the talks.\n", t.plusSeconds(1));
        Corpus fixed = CorpusLoader.load(dir, e -> skipped.add(e.getMessage()), cache);
        assertThat(fixed.articles()).extracting(Article::id).contains("broken");
        assertThat(skipped).hasSize(1);
    }
}
