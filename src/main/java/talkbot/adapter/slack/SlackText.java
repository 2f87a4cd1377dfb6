package talkbot.adapter.slack;

import java.util.regex.Pattern;
import talkbot.chat.Escaping;

/** Text going to and coming from Slack: escaping for mrkdwn, and cleaning what users type. */
final class SlackText {
    private static final Pattern LEADING_MENTION = Pattern.compile("^\\s*<@[A-Z0-9]+(?:\\|[^>]*)?>");
    /** Slack's markup in message text: {@code <@U123|name>}, {@code <#C123|general>}, {@code <!here>}, {@code <https://x|label>}. */
    private static final Pattern MARKUP = Pattern.compile("<([@#!]?)([^<>|]*)(?:\\|([^<>]*))?>");

    private SlackText() {}

    /**
     * Escapes the three characters Slack treats as markup ({@code &}, {@code <}, {@code >}), so that
     * no text can become a mention ({@code <!channel>}), a user link or a disguised link.
     */
    static String escape(String raw) {
        return Escaping.ampLtGt(raw);
    }

    /** Undoes Slack's escaping of what a user typed, so the core sees "R&D", not "R&amp;D". */
    static String unescape(String slackText) {
        if (slackText == null) {
            return "";
        }
        return slackText.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /**
     * The question in a message that mentions the bot: every mention of {@code botUserId} removed
     * (or, when the bot's id is unknown, a leading mention), the rest of Slack's markup turned into
     * the text people see ({@link #plain}), Slack's escaping undone, spaces collapsed.
     */
    static String question(String text, String botUserId) {
        if (text == null) {
            return "";
        }
        String t = botUserId == null || botUserId.isBlank()
                ? LEADING_MENTION.matcher(text).replaceFirst(" ")
                : text.replaceAll("<@" + Pattern.quote(botUserId) + "(?:\\|[^>]*)?>", " ");
        return unescape(plain(t)).strip().replaceAll("\\s+", " ");
    }

    /**
     * Slack's markup as people see it: a labelled mention, channel or link becomes its label
     * ({@code @alice}, {@code #general}, {@code click}), an unlabelled link its URL, and broadcasts
     * ({@code <!here>}) and unlabelled user mentions disappear. What users typed as {@code &lt;...&gt;}
     * is not markup and is left alone (it is unescaped afterwards).
     */
    static String plain(String slackText) {
        return MARKUP.matcher(slackText).replaceAll(m -> {
            String sigil = m.group(1);
            String target = m.group(2);
            String label = m.group(3);
            String shown = switch (sigil) {
                case "@" -> label == null || label.isBlank() ? "" : "@" + label.replaceFirst("^@", "");
                case "#" -> label == null || label.isBlank() ? "" : "#" + label.replaceFirst("^#", "");
                case "!" -> label == null || label.isBlank() ? "" : label;
                default -> label == null || label.isBlank() ? target : label;
            };
            return java.util.regex.Matcher.quoteReplacement(shown);
        });
    }

    /**
     * Cuts already-escaped text to at most {@code max} characters, never inside an entity such as
     * {@code &amp;}, preferring a line break, then a space, in the last fifth of the allowance.
     */
    static int cutPoint(String escaped, int max) {
        if (escaped.length() <= max) {
            return escaped.length();
        }
        int floor = max - max / 5;
        int cut = escaped.lastIndexOf('\n', max);
        if (cut < floor) {
            cut = escaped.lastIndexOf(' ', max);
        }
        if (cut < floor) {
            cut = max;
        }
        int amp = escaped.lastIndexOf('&', cut - 1);
        if (amp >= 0 && cut - amp < 5 && escaped.indexOf(';', amp) >= cut) {
            cut = amp;
        }
        return Math.max(cut, 1);
    }

    /** Raw text shortened to {@code max} characters with an ellipsis. */
    static String shorten(String raw, int max) {
        if (raw.length() <= max) {
            return raw;
        }
        int cut = raw.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return raw.substring(0, cut).stripTrailing() + "…";
    }
}
