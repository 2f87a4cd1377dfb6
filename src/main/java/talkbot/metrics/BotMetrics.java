package talkbot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What the bot counts, by name, in Micrometer's global registry: the code that does a thing counts
 * it here, and {@code run} exposes the registry at {@code GET /metrics} in Prometheus text format
 * ({@link PrometheusEndpoint}). With no registry added (tests, the console commands) counting costs
 * next to nothing and goes nowhere.
 */
public final class BotMetrics {
    private static final MeterRegistry REGISTRY = Metrics.globalRegistry;

    private BotMetrics() {}

    /** A question answered (or refused) on a platform, with its intent and how long the answer took. */
    public static void question(String platform, String intent, boolean answered, long nanos) {
        Counter.builder("talkbot.questions").description("Questions handled")
                .tags("platform", platform, "intent", intent, "outcome", answered ? "answered" : "refused")
                .register(REGISTRY).increment();
        Timer.builder("talkbot.answer.latency").description("Time to work out an answer")
                .tags("platform", platform)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(REGISTRY).record(Duration.ofNanos(nanos));
    }

    /** A message of the inbox finished: {@code outcome} is sent, failed, gone, ignored or uncertain. */
    public static void delivery(String platform, String outcome) {
        Counter.builder("talkbot.sends").description("Messages answered, by how the send ended")
                .tags("platform", platform, "outcome", outcome).register(REGISTRY).increment();
    }

    /** The platform answered a send with 429 Too Many Requests. */
    public static void rateLimited(String platform) {
        Counter.builder("talkbot.sends.rate.limited").description("Sends the platform refused with 429")
                .tags("platform", platform).register(REGISTRY).increment();
    }

    /** A daily summary posted to a chat. */
    public static void dailyPost(String platform) {
        Counter.builder("talkbot.daily.posts").description("Daily summaries posted")
                .tags("platform", platform).register(REGISTRY).increment();
    }

    /** A feed fetched: {@code outcome} is changed (read), not_modified (a 304) or failed (unreachable, not a feed). */
    public static void feedFetch(String outcome) {
        Counter.builder("talkbot.feed.fetches").description("Feeds fetched, by outcome")
                .tags("outcome", outcome).register(REGISTRY).increment();
    }

    /** The messages a platform's inbox holds unanswered in this process, read when scraped. */
    public static void inboxDepth(String platform, Supplier<Number> held) {
        Gauge.builder("talkbot.inbox.depth", held).description("Messages taken in and not yet answered")
                .tags("platform", platform).strongReference(true).register(REGISTRY);
    }

    /** The corpus's article count, read when scraped. */
    public static void corpusSize(Supplier<Number> articles) {
        Gauge.builder("talkbot.corpus.articles", articles).description("Articles in the corpus")
                .strongReference(true).register(REGISTRY);
    }
}
