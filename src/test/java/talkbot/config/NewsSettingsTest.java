package talkbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TALKBOT_FEEDS, TALKBOT_FEED_INTERVAL and TALKBOT_SUMMARY_WHEN_QUIET, checked as every setting is. */
class NewsSettingsTest {

    @Test
    void theDefaultsAreNoFeedsEveryFifteenMinutesAndShortQuietPosts() {
        assertThat(SettingsLoader.news(Map.of())).isEqualTo(NewsSettings.defaults());
        assertThat(NewsSettings.defaults().feedInterval()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theEnvironmentSetsThem() {
        NewsSettings n = SettingsLoader.news(Map.of("TALKBOT_FEEDS", " https://a.example/rss , http://127.0.0.1:8080/atom.xml,",
                "TALKBOT_FEED_INTERVAL", "pt1h", "TALKBOT_SUMMARY_WHEN_QUIET", "SKIP"));
        assertThat(n.feeds()).containsExactly(URI.create("https://a.example/rss"), URI.create("http://127.0.0.1:8080/atom.xml"));
        assertThat(n.feedInterval()).isEqualTo(Duration.ofHours(1));
        assertThat(n.whenQuiet()).isEqualTo(WhenQuiet.SKIP);
    }

    @Test
    void theConfigFileSetsThemToo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("talkbot.properties");
        Files.writeString(file, "TALKBOT_FEED_INTERVAL=PT30M\nTALKBOT_SUMMARY_WHEN_QUIET=skip\n");
        NewsSettings n = SettingsLoader.news(Map.of("TALKBOT_CONFIG", file.toString()));
        assertThat(n.feedInterval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(n.whenQuiet()).isEqualTo(WhenQuiet.SKIP);
    }

    @Test
    void aBadValueIsOneLineNamingTheSetting() {
        assertThatThrownBy(() -> SettingsLoader.news(Map.of("TALKBOT_FEEDS", "https://a.example/rss,ftp://b.example/x")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("TALKBOT_FEEDS: expected an http(s) URL, got 'ftp://b.example/x'");
        assertThatThrownBy(() -> SettingsLoader.news(Map.of("TALKBOT_FEED_INTERVAL", "15 minutes")))
                .hasMessage("TALKBOT_FEED_INTERVAL: expected an ISO-8601 duration from PT5S to PT24H (PT15M is 15 minutes),"
                        + " got '15 minutes'");
        assertThatThrownBy(() -> SettingsLoader.news(Map.of("TALKBOT_FEED_INTERVAL", "PT1S")))
                .hasMessageStartingWith("TALKBOT_FEED_INTERVAL: expected an ISO-8601 duration from PT5S");
        assertThatThrownBy(() -> SettingsLoader.news(Map.of("TALKBOT_SUMMARY_WHEN_QUIET", "silent")))
                .hasMessage("TALKBOT_SUMMARY_WHEN_QUIET: expected one of short, skip, got 'silent'");
        assertThatThrownBy(() -> SettingsLoader.news(Map.of("TALKBOT_FEED", "https://a.example/rss")))
                .hasMessageContaining("did you mean TALKBOT_FEEDS?");
    }
}
