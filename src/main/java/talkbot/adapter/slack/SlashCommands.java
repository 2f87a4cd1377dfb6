package talkbot.adapter.slack;

import com.google.gson.Gson;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import talkbot.chat.ChatService;
import talkbot.chat.Reply;

/**
 * The slash command ({@code /talks} in the manifest; any name the app gives it works):
 * {@code /talks QUESTION}, {@code /talks summary|help|sources|subscribe|unsubscribe}, and
 * {@code /talks share QUESTION} for an answer the whole channel sees. The answer rides in the
 * acknowledgement when it is ready within the ack deadline (it nearly always is); otherwise the
 * command is acknowledged empty and the answer goes to {@code response_url} when ready.
 */
final class SlashCommands implements SlashCommandHandler {
    static final String EPHEMERAL = "ephemeral";
    static final String IN_CHANNEL = "in_channel";

    private enum State { PENDING, ANSWERED, LATE }

    private final Conversation conversation;
    private final Executor workers;
    private final ResponseUrlPoster responder;
    private final Gson gson;
    private final Duration ackDeadline;

    SlashCommands(Conversation conversation, Executor workers, ResponseUrlPoster responder, Gson gson,
            Duration ackDeadline) {
        this.conversation = conversation;
        this.workers = workers;
        this.responder = responder;
        this.gson = gson;
        this.ackDeadline = ackDeadline;
    }

    void register(App app) {
        app.command(Pattern.compile("^/.*$"), this);
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload p = request.getPayload();
        String channel = p.getChannelId();
        if (channel == null || channel.isBlank()) {
            return Response.json(400, "{\"error\":\"channel_id is missing\"}");
        }
        TalksRequest talk = TalksRequest.parse(SlackText.unescape(p.getText()));
        String type = talk.share() ? IN_CHANNEL : EPHEMERAL;
        String responseUrl = p.getResponseUrl();

        CompletableFuture<Reply> ready = new CompletableFuture<>();
        AtomicReference<State> state = new AtomicReference<>(State.PENDING);
        try {
            workers.execute(() -> {
                Reply reply = conversation.reply(channel, talk);
                ready.complete(reply);
                if (!state.compareAndSet(State.PENDING, State.ANSWERED) && responseUrl != null) {
                    responder.post(responseUrl, gson.toJson(response(reply, type)));
                }
            });
        } catch (RejectedExecutionException e) {
            return ctx.ack(response(ChatService.apology(), EPHEMERAL));
        }
        try {
            return ctx.ack(response(ready.get(ackDeadline.toMillis(), TimeUnit.MILLISECONDS), type));
        } catch (TimeoutException e) {
            if (state.compareAndSet(State.PENDING, State.LATE)) {
                return ctx.ack(); // the worker posts the answer to response_url
            }
            return ctx.ack(response(ready.join(), type));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ctx.ack(response(ChatService.apology(), EPHEMERAL));
        } catch (ExecutionException e) {
            return ctx.ack(response(ChatService.apology(), EPHEMERAL));
        }
    }

    static SlashCommandResponse response(Reply reply, String responseType) {
        SlackMessage m = SlackBlocks.render(reply);
        return SlashCommandResponse.builder()
                .responseType(responseType)
                .text(m.text())
                .blocks(m.blocks())
                .build();
    }
}
