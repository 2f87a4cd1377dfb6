package talkbot.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import talkbot.store.FeedState.Validators;

/** The polite fetcher against a local server: what it sends, and every way a fetch goes wrong, as one line. */
class FetcherTest {
    static final Fetcher.Limits LIMITS = new Fetcher.Limits(Duration.ofSeconds(2), Duration.ofSeconds(2), 64 * 1024, 3);

    final TestServer server = new TestServer();
    final Fetcher fetcher = new Fetcher(LIMITS);

    @AfterEach
    void close() {
        fetcher.close();
        server.close();
    }

    @Test
    void namesItselfAsksForTheBodyUncompressedAndReturnsItWithItsValidators() throws Exception {
        server.route("/page", ex -> TestServer.send(ex, 200, "text/html; charset=utf-8",
                "<p>hello</p>".getBytes(StandardCharsets.UTF_8), Map.of("ETag", "\"v1\"", "Last-Modified",
                        "Tue, 10 Jun 2025 08:00:00 GMT")));
        Fetched f = fetcher.get(server.url("/page"), Validators.NONE, "text/html");
        assertThat(f.status()).isEqualTo(200);
        assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo("<p>hello</p>");
        assertThat(f.mediaType()).isEqualTo("text/html");
        assertThat(f.charset()).contains("utf-8");
        assertThat(f.etag()).isEqualTo("\"v1\"");
        assertThat(f.lastModified()).isEqualTo("Tue, 10 Jun 2025 08:00:00 GMT");
        TestServer.Request r = server.requests().get(0);
        assertThat(r.headers().getFirst("User-Agent")).startsWith("talkbot/");
        assertThat(r.headers().getFirst("Accept-Encoding")).isEqualTo("identity");
        assertThat(r.headers().getFirst("If-None-Match")).isNull();
    }

    @Test
    void aConditionalGetOfAnUnchangedResourceIsA304WithoutBody() throws Exception {
        server.route("/feed", ex -> {
            boolean same = "\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"));
            TestServer.send(ex, same ? 304 : 200, "application/rss+xml", same ? new byte[0] : "<rss/>".getBytes(StandardCharsets.UTF_8));
        });
        Fetched f = fetcher.get(server.url("/feed"), new Validators("\"v1\"", "Tue, 10 Jun 2025 08:00:00 GMT"), "*/*");
        assertThat(f.notModified()).isTrue();
        assertThat(f.body()).isEmpty();
        assertThat(server.requests().get(0).headers().getFirst("If-Modified-Since")).isEqualTo("Tue, 10 Jun 2025 08:00:00 GMT");
    }

    @Test
    void followsRedirectsAndSaysWhereItEndedUp() throws Exception {
        server.redirect("/old", 301, "/middle").redirect("/middle", 302, "/new").text("/new", "text/plain", "here");
        Fetched f = fetcher.get(server.url("/old"), null, "*/*");
        assertThat(f.url()).isEqualTo(server.url("/new"));
    }

    @Test
    void aRedirectLoopTooManyRedirectsAndA404AreUnreachableForGood() {
        server.redirect("/a", 302, "/b").redirect("/b", 302, "/a");
        assertThatThrownBy(() -> fetcher.get(server.url("/a"), null, "*/*"))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.getMessage()).startsWith("unreachable: a redirect loop");
                    assertThat(e.lasting()).isTrue();
                });
        for (int i = 0; i < 5; i++) {
            server.redirect("/r" + i, 307, "/r" + (i + 1));
        }
        assertThatThrownBy(() -> fetcher.get(server.url("/r0"), null, "*/*"))
                .hasMessage("unreachable: more than 3 redirects");
        assertThatThrownBy(() -> fetcher.get(server.url("/missing"), null, "*/*"))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("unreachable: HTTP 404");
                    assertThat(e.reason()).isEqualTo(FetchException.Reason.UNREACHABLE);
                    assertThat(e.lasting()).isTrue();
                });
    }

    @Test
    void aServerErrorMayPass() {
        server.status("/busy", 503);
        assertThatThrownBy(() -> fetcher.get(server.url("/busy"), null, "*/*"))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("unreachable: HTTP 503");
                    assertThat(e.lasting()).isFalse();
                });
    }

    @Test
    void aHugeBodyIsCutOffWhetherItsLengthIsDeclaredOrNot() {
        server.huge("/declared", 10L * 1024 * 1024, false).huge("/chunked", 10L * 1024 * 1024, true);
        for (String path : new String[] {"/declared", "/chunked"}) {
            assertThatThrownBy(() -> fetcher.get(server.url(path), null, "*/*")).as(path)
                    .isInstanceOfSatisfying(FetchException.class, e -> {
                        assertThat(e.reason()).isEqualTo(FetchException.Reason.TOO_LARGE);
                        assertThat(e.getMessage()).isEqualTo("too large: over 65536 bytes");
                    });
        }
    }

    @Test
    void aSlowServerTimesOut() {
        server.slow("/slow", 20_000);
        assertThatThrownBy(() -> fetcher.get(server.url("/slow"), null, "*/*"))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("unreachable: no complete answer within 2 s");
                    assertThat(e.lasting()).isFalse();
                });
    }

    @Test
    void nothingButHttpAndHttps() {
        assertThatThrownBy(() -> fetcher.get(java.net.URI.create("file:///etc/passwd"), null, "*/*"))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.BAD_URL));
        server.redirect("/sneaky", 302, "file:///etc/passwd");
        assertThatThrownBy(() -> fetcher.get(server.url("/sneaky"), null, "*/*"))
                .hasMessage("unreachable: redirected to a URL that is not http(s)");
    }

    @Test
    void aClosedPortIsUnreachable() {
        java.net.URI nowhere = server.url("/x");
        server.close();
        assertThatThrownBy(() -> fetcher.get(nowhere, null, "*/*"))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.getMessage()).startsWith("unreachable: cannot connect to 127.0.0.1:" + nowhere.getPort());
                    assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception");
                });
    }
}
