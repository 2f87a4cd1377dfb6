package talkbot.chat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.answer.Answer;

/** One log line per question handled: no message text, no ids in the clear. */
final class QuestionLog {
    private static final Logger LOG = LoggerFactory.getLogger("talkbot.questions");

    private QuestionLog() {}

    static void log(ChatRef chat, Answer answer, long nanos) {
        if (LOG.isInfoEnabled()) {
            LOG.info("question platform={} chat={} intent={} answered={} latency_ms={}",
                    chat.platform(), hash(chat.chatId()), answer.intent().wireName(), answer.answered(),
                    String.format(Locale.ROOT, "%.3f", nanos / 1e6));
        }
    }

    /** The first 12 hex digits of the SHA-256 of a chat id: enough to follow one chat, not to find it. */
    static String hash(String chatId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(chatId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
