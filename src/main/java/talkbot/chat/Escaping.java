package talkbot.chat;

import talkbot.corpus.Text;

/**
 * The escaping both chat platforms need for text from users and the corpus: {@code &}, {@code <}
 * and {@code >} as entities (Telegram HTML; Slack mrkdwn, where a raw {@code <} would start a
 * mention, a link or {@code <!channel>}), and lone surrogates, which neither can send, replaced.
 */
public final class Escaping {
    private Escaping() {}

    public static String ampLtGt(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String text = Text.wellFormed(raw);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
