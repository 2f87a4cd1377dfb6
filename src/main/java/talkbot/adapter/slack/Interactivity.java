package talkbot.adapter.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.regex.Pattern;

/**
 * Interactivity payloads, through the same endpoint in HTTP mode ({@code POST /slack/events},
 * signature checked first) and over Socket Mode. A press of one of the bot's buttons (a
 * {@code block_actions} payload whose action id starts with {@code talkbot.}) goes into the inbox
 * like a message, in its channel's lane, and is acknowledged once it is there; the worker answers
 * it (see {@link SlackAnswers}). Everything else — other block actions, shortcuts, view
 * submissions — is acknowledged (Slack shows an error otherwise) and nothing more.
 */
final class Interactivity {
    private static final Pattern ANY = Pattern.compile("^.*$");

    private final SlackIntake intake;

    Interactivity(SlackIntake intake) {
        this.intake = intake;
    }

    void register(App app) {
        app.blockAction(ANY, this::onAction);
        app.globalShortcut(ANY, (req, ctx) -> ctx.ack());
        app.messageShortcut(ANY, (req, ctx) -> ctx.ack());
        app.viewSubmission(ANY, (req, ctx) -> ctx.ack());
        app.viewClosed(ANY, (req, ctx) -> ctx.ack());
    }

    Response onAction(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload p = request.getPayload();
        SlackWork work = work(p);
        if (work == null) {
            return ctx.ack();
        }
        if (intake.take(work) != SlackIntake.Verdict.TAKEN) {
            return Response.builder().statusCode(503).contentType("application/json; charset=utf-8")
                    .body("{\"error\":\"busy, try again later\"}").build();
        }
        return ctx.ack();
    }

    /** The press as inbox work; null when it is not a press of one of the bot's buttons in a channel. */
    static SlackWork work(BlockActionPayload p) {
        if (p == null || p.getActions() == null || p.getActions().isEmpty() || p.getUser() == null
                || p.getUser().getId() == null) {
            return null;
        }
        BlockActionPayload.Action action = p.getActions().get(0);
        if (action.getActionId() == null || !action.getActionId().startsWith(SlackBlocks.ACTION_PREFIX)
                || action.getValue() == null) {
            return null;
        }
        String channel = p.getChannel() != null && p.getChannel().getId() != null ? p.getChannel().getId()
                : p.getContainer() != null ? p.getContainer().getChannelId() : null;
        if (channel == null || channel.isBlank()) {
            return null;
        }
        BlockActionPayload.Container c = p.getContainer();
        boolean ephemeral = c != null && c.isEphemeral();
        String messageTs = c == null ? null : c.getMessageTs();
        String thread = p.getMessage() != null && p.getMessage().getThreadTs() != null ? p.getMessage().getThreadTs()
                : c != null ? c.getThreadTs() : null;
        String key = "action:" + channel + ":" + messageTs + ":" + p.getUser().getId() + ":" + action.getActionTs();
        return SlackWork.action(key, channel, thread, action.getValue(), p.getResponseUrl(), p.getUser().getId(), ephemeral);
    }
}
