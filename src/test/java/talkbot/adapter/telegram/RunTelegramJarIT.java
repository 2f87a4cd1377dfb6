package talkbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.FakeTokens;
import talkbot.JarProcess;

/**
 * The Telegram acceptance, end to end: the built jar started as
 * {@code TELEGRAM_BOT_TOKEN=… TELEGRAM_API_URL=http://127.0.0.1:PORT java -jar target/talkbot.jar run}
 * against a fake Bot API answers, takes /subscribe, posts the daily summary exactly once at the
 * configured minute, posts nothing more after a restart the same day, and exits 0 on SIGTERM.
 */
class RunTelegramJarIT {
    private static final String TOKEN = FakeTokens.telegram("token-for-the-fake-api");
    private static final long CHAT = 777;

    @Test
    void answersSubscribesAndPostsTheDailySummaryOnceAcrossARestart(@TempDir Path data) throws Exception {
        // a zone in which it is about noon now, so that "in two minutes" is still today
        int hour = LocalTime.now(ZoneOffset.UTC).getHour();
        ZoneOffset zone = ZoneOffset.ofHours(12 - hour);
        String postAt = LocalTime.now(zone).plusMinutes(2).format(DateTimeFormatter.ofPattern("HH:mm"));
        Map<String, String> env;
        try (FakeBotApi api = new FakeBotApi()) {
            env = Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", api.url(),
                    "TALKBOT_DATA_DIR", data.toString(), "TALKBOT_SUMMARY_TIME", postAt,
                    "TALKBOT_SUMMARY_ZONE", zone.getId());
            try (JarProcess bot = JarProcess.start(env, "run")) {
                api.enqueue(FakeBotApi.privateText(CHAT, "Who leads China's delegation?"));
                await().atMost(Duration.ofSeconds(60)).until(() -> !api.sentTo(CHAT).isEmpty());
                FakeBotApi.Sent answer = api.sentTo(CHAT).get(0);
                assertThat(answer.parseMode()).isEqualToIgnoringCase("HTML");
                assertThat(answer.text()).contains("<b>He Lifeng</b>").contains("Representing China will be");

                api.enqueue(FakeBotApi.privateText(CHAT, "/subscribe"));
                await().atMost(Duration.ofSeconds(30)).until(() -> texts(api).stream().anyMatch(t -> t.startsWith("Subscribed")));

                await().atMost(Duration.ofMinutes(4)).until(() -> summaries(api) == 1);
                assertThat(bot.stop()).as(bot.output()).isZero();
                assertThat(bot.output()).doesNotContain(TOKEN).doesNotContain("Exception");
            }
            assertThat(summaries(api)).isEqualTo(1);

            try (JarProcess again = JarProcess.start(env, "run")) {
                await().atMost(Duration.ofSeconds(60)).until(() -> again.output().contains("summary: the "));
                api.enqueue(FakeBotApi.privateText(CHAT, "Where are the talks being held?"));
                await().atMost(Duration.ofSeconds(60)).until(() -> texts(api).stream().anyMatch(t -> t.contains("<b>London</b>")));
                assertThat(again.stop()).as(again.output()).isZero();
            }
            assertThat(summaries(api)).as("no second post the same day").isEqualTo(1);
        }
    }

    private static List<String> texts(FakeBotApi api) {
        return api.sentTo(CHAT).stream().map(FakeBotApi.Sent::text).toList();
    }

    private static long summaries(FakeBotApi api) {
        return texts(api).stream().filter(t -> t.contains("key points")).count();
    }
}
