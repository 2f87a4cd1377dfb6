package talkbot.adapter.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks text the way Telegram's HTML parse mode does (strictly enough for tests): only the tags
 * Telegram supports, properly nested and closed; only the entities it supports; no bare {@code <}
 * or {@code &}. Used by {@link FakeBotApi} to refuse what Telegram would refuse, and by unit tests.
 */
final class HtmlCheck {
    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
            "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)(\\s[^<>]*)?>");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#\\d{1,7}|#x[0-9a-fA-F]{1,6});");

    private HtmlCheck() {}

    /** Why Telegram would refuse {@code html}, or empty when it would parse it. */
    static Optional<String> problem(String html) {
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                Matcher m = TAG.matcher(html);
                m.region(i, html.length());
                if (!m.lookingAt()) {
                    return Optional.of("unexpected '<' at " + i);
                }
                String name = m.group(2).toLowerCase(Locale.ROOT);
                if (!TAGS.contains(name)) {
                    return Optional.of("unsupported tag <" + name + "> at " + i);
                }
                if (m.group(1).isEmpty()) {
                    open.push(name);
                } else if (open.isEmpty() || !open.peek().equals(name)) {
                    return Optional.of("can't find start tag for </" + name + "> at " + i);
                } else {
                    open.pop();
                }
                i = m.end();
            } else if (c == '&') {
                Matcher m = ENTITY.matcher(html);
                m.region(i, html.length());
                if (!m.lookingAt()) {
                    return Optional.of("unsupported entity at " + i);
                }
                i = m.end();
            } else if (c == '>') {
                // Telegram tolerates a bare '>', but we always escape it: flag it so tests notice.
                return Optional.of("unescaped '>' at " + i);
            } else {
                i++;
            }
        }
        if (!open.isEmpty()) {
            return Optional.of("can't find end tag corresponding to start tag <" + open.peek() + ">");
        }
        return Optional.empty();
    }
}
