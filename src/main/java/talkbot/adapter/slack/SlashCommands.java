package talkbot.adapter.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import talkbot.chat.ChatService;
import talkbot.chat.Reply;

/**
 * The slash command ({@code /talks} in the manifest; any name the app gives it works):
 * {@code /talks QUESTION}, {@code /talks summary|help|sources|subscribe|unsubscribe}, and
 * {@code /talks share QUESTION} for an answer the whole channel sees. The command goes into the
 * inbox first (keyed by its trigger id); its answer rides in the acknowledgement when it is ready
 * within the ack deadline (it nearly always is); otherwise the command is acknowledged empty and
 * the answer goes to {@code response_url} when ready, after a restart too. When the inbox cannot
 * take it, the user is told at once to try again (Slack does not resend commands).
 */
final class SlashCommands implements SlashCommandHandler {
    static final String EPHEMERAL = "ephemeral";
    static final String IN_CHANNEL = "in_channel";
    /** What a worker offers when the conversation says nothing (a chat over its rate limit, told already): an empty ack. */
    static final Reply NOTHING = Reply.text("(nothing)");

    private final SlackIntake intake;
    private final AckSlots slots;
    private final Duration ackDeadline;

    SlashCommands(SlackIntake intake, AckSlots slots, Duration ackDeadline) {
        this.intake = intake;
        this.slots = slots;
        this.ackDeadline = ackDeadline;
    }

    void register(App app) {
        app.command(Pattern.compile("^/.*$"), this);
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        long start = System.nanoTime();
        SlashCommandPayload p = request.getPayload();
        String channel = p.getChannelId();
        if (channel == null || channel.isBlank()) {
            return Response.json(400, "{\"error\":\"channel_id is missing\"}");
        }
        String text = p.getText() == null ? "" : p.getText();
        boolean share = TalksRequest.parse(SlackText.unescape(text)).share();
        String key = "command:" + (p.getTriggerId() != null && !p.getTriggerId().isBlank() ? p.getTriggerId()
                : channel + ":" + p.getUserId() + ":" + System.nanoTime());
        slots.open(key);
        if (intake.take(SlackWork.command(key, channel, text, p.getResponseUrl(), share, p.getUserId(), p.getCommand()))
                != SlackIntake.Verdict.TAKEN) {
            slots.cancel(key);
            return ctx.ack(response(busy(), EPHEMERAL));
        }
        try {
            Optional<Reply> reply = slots.await(key, ackDeadline.minusNanos(System.nanoTime() - start));
            return reply.isPresent() && reply.get() != NOTHING
                    ? ctx.ack(response(reply.get(), share ? IN_CHANNEL : EPHEMERAL)) : ctx.ack();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ctx.ack(); // the answer goes to response_url
        }
    }

    static Reply busy() {
        return Reply.text("I'm too busy to take that right now. Please try again in a minute.");
    }

    /** A response body; {@code responseType} null leaves it out (a message replaced in place keeps its own). */
    static SlashCommandResponse response(Reply reply, String responseType) {
        SlackMessage m = SlackBlocks.render(reply);
        return SlashCommandResponse.builder()
                .responseType(responseType)
                .text(m.text())
                .blocks(m.blocks())
                .build();
    }
}
