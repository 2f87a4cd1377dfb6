package talkbot.intent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes a question to an intent with the ordered patterns of {@code talkbot/intents.tsv}: the
 * first that matches wins, and a question no pattern matches is {@link Intent#WHAT}.
 */
public final class IntentRouter {
    private static final String RESOURCE = "/talkbot/intents.tsv";

    private record Rule(Intent intent, Pattern pattern) {}

    private final List<Rule> rules;

    private IntentRouter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static IntentRouter load() {
        try (InputStream in = IntentRouter.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Rule> rules = new ArrayList<>();
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": expected intent<TAB>pattern");
                }
                try {
                    Intent intent = Intent.valueOf(line.substring(0, tab).strip().toUpperCase(Locale.ROOT));
                    rules.add(new Rule(intent, Pattern.compile(talkbot.lexicon.MarketWords.expand(line.substring(tab + 1).strip()))));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": " + e.getMessage(), e);
                }
            }
            return new IntentRouter(rules);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /** The intent of a question already folded to lower case with plain quotes. */
    public Intent route(String folded) {
        Matcher lead = LEADING_PHRASE.matcher(folded);
        if (lead.find()) {
            // "before the extension, when was the pause set to run out": the question is what follows the comma
            Intent main = first(folded.substring(lead.end()));
            if (main != Intent.WHAT) {
                return main;
            }
        }
        return first(folded);
    }

    /**
     * A short phrase that sets the scene before the question proper: "before the extension, when …",
     * "as of the september round, when …", "in kuala lumpur, who …".
     */
    private static final Pattern LEADING_PHRASE = Pattern.compile(
            "^[^,?]{3,60},\\s*(?=(?:what|whats|what's|when|where|who|whom|whose|whos|who's|which|why|how)\\b)");

    private Intent first(String folded) {
        for (Rule rule : rules) {
            if (rule.pattern().matcher(folded).find()) {
                return rule.intent();
            }
        }
        return Intent.WHAT;
    }
}
