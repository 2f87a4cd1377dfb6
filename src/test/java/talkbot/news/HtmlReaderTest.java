package talkbot.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pages reduced to their article: the text without the site's furniture, and the metadata. */
class HtmlReaderTest {

    @Test
    void aNewsPageGivesItsArticleAndNothingElse() {
        Draft d = HtmlReader.read(Fixtures.text("framework.html"), "http://127.0.0.1:1/world/us-china-framework");
        assertThat(d.title()).isEqualTo("US and China agree on a framework to ease trade tensions"); // og:title first
        assertThat(d.published()).contains(LocalDate.of(2025, 6, 11)); // the publisher's own day
        assertThat(d.source()).isEqualTo("The Daily Fixture");
        assertThat(d.url()).isEqualTo("https://news.example/world/us-china-framework?utm_source=rss"); // canonical
        assertThat(d.paragraphs()).first().asString().startsWith("The United States and China said on Tuesday");
        assertThat(d.paragraphs()).contains("What happens next") // a heading, as a line of its own
                .anyMatch(p -> p.startsWith("Treasury Secretary Scott Bessent left London"))
                .hasSize(8);
        String all = d.text();
        for (String furniture : new String[] {"Advertisement", "cookies", "Most read", "Celebrity chef", "comment",
                "All rights reserved", "Share on", "Tariffs explained", "By A. Reporter", "Photo:", "window.analytics",
                "World", "display: block"}) {
            assertThat(all).as(furniture).doesNotContain(furniture);
        }
    }

    @Test
    void jsonLdGivesTheMetadataAndAnonymousDivsTheText() {
        Draft d = HtmlReader.read(Fixtures.text("jsonld-only.html"), "http://127.0.0.1:1/x");
        assertThat(d.title()).isEqualTo("Rare earth exports to resume under the London framework");
        assertThat(d.published()).contains(LocalDate.of(2025, 6, 12));
        assertThat(d.source()).isEqualTo("Fixture Wire"); // no og:site_name: JSON-LD publisher.name
        assertThat(d.url()).isEqualTo("https://wire.example/rare-earths");
        assertThat(d.paragraphs()).hasSize(3);
        assertThat(d.paragraphs().get(0)).startsWith("China will resume exports of rare earth magnets");
        assertThat(d.text()).doesNotContain("Home").doesNotContain("A third link");
    }

    @Test
    void aTimeElementDatesAPageWithoutMetaTags() {
        String html = "<html><head><title>Plain page</title></head><body><article><h1>Plain</h1>"
                + "<time datetime=\"2025-06-13T10:00:00-04:00\">Friday</time>"
                + "<p>" + "Officials met again in London to discuss tariffs and export controls. ".repeat(5) + "</p>"
                + "</article></body></html>";
        Draft d = HtmlReader.read(html, "");
        assertThat(d.published()).contains(LocalDate.of(2025, 6, 13));
        assertThat(d.title()).isEqualTo("Plain");
        assertThat(d.url()).isEmpty(); // a local file names no URL
        assertThat(d.source()).isEmpty();
    }

    @Test
    void aPageRenderedByScriptFallsBackOnTheArticleBodyOfItsJsonLd() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\","
                + "\"articleBody\":\"" + "The negotiators met in London for a second day of talks on tariffs. ".repeat(4)
                + "\"}</script></head><body><div id=\"app\"></div></body></html>";
        Draft d = HtmlReader.read(html, "https://x.example/a");
        assertThat(d.text()).startsWith("The negotiators met in London");
    }

    @Test
    void datesAreReadInTheirOwnOffsetAndInCommonShapes() {
        assertThat(PageMeta.date("2025-06-11T23:30:00-04:00")).contains(LocalDate.of(2025, 6, 11));
        assertThat(PageMeta.date("2025-06-11")).contains(LocalDate.of(2025, 6, 11));
        assertThat(PageMeta.date("Wed, 11 Jun 2025 06:30:00 GMT")).contains(LocalDate.of(2025, 6, 11));
        assertThat(PageMeta.date("yesterday")).isEmpty();
        assertThat(PageMeta.date("2025-13-45")).isEmpty();
    }

    @Test
    void charsetsAreTakenFromTheBytesWhenTheServerGetsThemWrong() {
        String text = "Talks in Zürich and a café near Lancaster House";
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        assertThat(Charsets.decode(latin1, Optional.of("utf-8"), true)).isEqualTo(text); // not valid UTF-8
        assertThat(Charsets.decode(utf8, Optional.of("iso-8859-1"), true)).isEqualTo(text); // valid UTF-8 wins
        assertThat(Charsets.decode(latin1, Optional.empty(), true)).isEqualTo(text);
        byte[] cp1252 = "Talks – “framework” agreed".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(Charsets.decode(cp1252, Optional.of("ISO-8859-1"), false)).isEqualTo("Talks – “framework” agreed");
        byte[] koi8 = ("<meta charset=\"koi8-r\"><p>" + "Переговоры в Лондоне" + "</p>").getBytes(java.nio.charset.Charset.forName("KOI8-R"));
        assertThat(Charsets.decode(koi8, Optional.empty(), true)).contains("Переговоры в Лондоне");
        assertThat(Charsets.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'}, Optional.empty(), false))
                .isEqualTo("hi");
    }
}
