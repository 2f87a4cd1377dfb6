package talkbot.adapter.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Telegram HTML text into messages of at most {@code limit} characters, each one
 * well-formed on its own. Breaks go, by preference, at a paragraph boundary (a blank line outside
 * any tag: between sections), at a line end outside any tag, at a line end inside a tag, at a
 * space, and only as a last resort anywhere between two characters. A break never falls inside a
 * tag, an entity or a surrogate pair; tags open at a break are closed at the end of one message and
 * opened again at the start of the next. Whitespace at a break is dropped.
 *
 * <p>Lengths are counted in UTF-16 units of the HTML text, which is never less than what Telegram
 * counts after parsing the entities.
 */
final class MessageSplitter {

    private enum Kind { OPEN, CLOSE, TEXT }

    /** A tag, an entity or one character: the units a break may fall between. */
    private record Atom(Kind kind, String text, String tag) {
        boolean is(String s) {
            return kind == Kind.TEXT && text.equals(s);
        }
    }

    /** A place to break: before atom {@code next}, after {@code length} characters of the chunk. */
    private record Break(int next, int length, List<Atom> open) {}

    private static final int PARAGRAPH = 3;
    private static final int LINE = 2;
    private static final int INNER_LINE = 1;
    private static final int WORD = 0;

    private MessageSplitter() {}

    static List<String> split(String html, int limit) {
        if (html.isBlank()) {
            return List.of();
        }
        if (html.strip().length() <= limit) {
            return List.of(html.strip());
        }
        List<Atom> atoms = tokenize(html);
        List<String> out = new ArrayList<>();
        List<Atom> open = List.of();
        int i = 0;
        while (true) {
            while (i < atoms.size() && isSpace(atoms.get(i))) {
                i++;
            }
            if (i >= atoms.size()) {
                break;
            }
            StringBuilder chunk = new StringBuilder();
            open.forEach(a -> chunk.append(a.text()));
            List<Atom> stack = open;
            Break[] breaks = new Break[PARAGRAPH + 1];
            Break hardCut = null;
            int j = i;
            while (j < atoms.size()) {
                Atom a = atoms.get(j);
                List<Atom> next = apply(stack, a);
                if (chunk.length() + a.text().length() + closingLength(next) > limit) {
                    break;
                }
                chunk.append(a.text());
                stack = next;
                j++;
                if (a.kind() != Kind.OPEN) {
                    hardCut = new Break(j, chunk.length(), stack);
                }
                if (a.is("\n")) {
                    boolean paragraph = stack.isEmpty() && j >= 2 && atoms.get(j - 2).is("\n");
                    int priority = paragraph ? PARAGRAPH : stack.isEmpty() ? LINE : INNER_LINE;
                    breaks[priority] = new Break(j, chunk.length(), stack);
                } else if (a.is(" ")) {
                    breaks[WORD] = new Break(j, chunk.length(), stack);
                }
            }
            if (j >= atoms.size()) {
                emit(out, chunk.toString(), stack);
                break;
            }
            Break cut = null;
            for (int p = PARAGRAPH; p >= WORD && cut == null; p--) {
                cut = breaks[p];
            }
            if (cut == null) {
                cut = hardCut;
            }
            if (cut == null) {
                throw new IllegalArgumentException("a limit of " + limit + " characters is too small to split this text");
            }
            emit(out, chunk.substring(0, cut.length()), cut.open());
            i = cut.next();
            open = cut.open();
        }
        return out;
    }

    private static void emit(List<String> out, String body, List<Atom> open) {
        int end = body.length();
        while (end > 0 && (body.charAt(end - 1) == ' ' || body.charAt(end - 1) == '\n')) {
            end--;
        }
        StringBuilder text = new StringBuilder(body.substring(0, end));
        for (int k = open.size() - 1; k >= 0; k--) {
            text.append("</").append(open.get(k).tag()).append('>');
        }
        String message = text.toString();
        if (!TelegramHtml.toPlainText(message).isBlank()) {
            out.add(message);
        }
    }

    private static boolean isSpace(Atom a) {
        return a.is(" ") || a.is("\n");
    }

    private static List<Atom> apply(List<Atom> stack, Atom a) {
        if (a.kind() == Kind.OPEN) {
            List<Atom> next = new ArrayList<>(stack);
            next.add(a);
            return next;
        }
        if (a.kind() == Kind.CLOSE) {
            for (int k = stack.size() - 1; k >= 0; k--) {
                if (stack.get(k).tag().equals(a.tag())) {
                    return List.copyOf(stack.subList(0, k));
                }
            }
        }
        return stack;
    }

    private static int closingLength(List<Atom> stack) {
        int n = 0;
        for (Atom a : stack) {
            n += a.tag().length() + 3;
        }
        return n;
    }

    private static List<Atom> tokenize(String html) {
        List<Atom> atoms = new ArrayList<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            int end = i + Character.charCount(html.codePointAt(i));
            if (c == '<') {
                int close = html.indexOf('>', i);
                if (close > i) {
                    String text = html.substring(i, close + 1);
                    boolean closing = text.startsWith("</");
                    String tag = tagName(text, closing ? 2 : 1);
                    atoms.add(new Atom(closing ? Kind.CLOSE : Kind.OPEN, text, tag));
                    i = close + 1;
                    continue;
                }
            } else if (c == '&') {
                int semi = entityEnd(html, i);
                if (semi > 0) {
                    end = semi + 1;
                }
            }
            atoms.add(new Atom(Kind.TEXT, html.substring(i, end), null));
            i = end;
        }
        return atoms;
    }

    private static String tagName(String tag, int from) {
        int k = from;
        while (k < tag.length() && (Character.isLetterOrDigit(tag.charAt(k)) || tag.charAt(k) == '-')) {
            k++;
        }
        return tag.substring(from, k).toLowerCase(java.util.Locale.ROOT);
    }

    /** The index of the ';' ending an entity starting at {@code amp}, or -1 when there is none. */
    private static int entityEnd(String html, int amp) {
        for (int k = amp + 1; k < html.length() && k <= amp + 12; k++) {
            char c = html.charAt(k);
            if (c == ';') {
                return k > amp + 1 ? k : -1;
            }
            if (!(Character.isLetterOrDigit(c) || c == '#')) {
                return -1;
            }
        }
        return -1;
    }
}
