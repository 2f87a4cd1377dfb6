package talkbot.adapter.slack;

import com.slack.api.bolt.App;
import java.util.regex.Pattern;

/**
 * Interactivity payloads: the bot's messages have no buttons or menus yet, so block actions,
 * shortcuts and view submissions are acknowledged (Slack shows an error otherwise) and nothing more.
 */
final class Interactivity {
    private static final Pattern ANY = Pattern.compile("^.*$");

    private Interactivity() {}

    static void register(App app) {
        app.blockAction(ANY, (req, ctx) -> ctx.ack());
        app.globalShortcut(ANY, (req, ctx) -> ctx.ack());
        app.messageShortcut(ANY, (req, ctx) -> ctx.ack());
        app.viewSubmission(ANY, (req, ctx) -> ctx.ack());
        app.viewClosed(ANY, (req, ctx) -> ctx.ack());
    }
}
