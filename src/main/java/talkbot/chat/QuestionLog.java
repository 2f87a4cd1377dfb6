package talkbot.chat;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.answer.Answer;
import talkbot.model.ChatRef;

/** One log line per question handled: no message text, no ids in the clear. */
final class QuestionLog {
    private static final Logger LOG = LoggerFactory.getLogger("talkbot.questions");

    private QuestionLog() {}

    static void log(ChatRef chat, Answer answer, long nanos) {
        talkbot.metrics.BotMetrics.question(chat.platform(), answer.intent().wireName(), answer.answered(), nanos);
        if (LOG.isInfoEnabled()) {
            LOG.info("question platform={} chat={} intent={} answered={} latency_ms={}",
                    chat.platform(), chat.hashedId(), answer.intent().wireName(), answer.answered(),
                    String.format(Locale.ROOT, "%.3f", nanos / 1e6));
        }
    }
}
