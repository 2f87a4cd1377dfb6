package talkbot.adapter.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsInfoResponse;
import com.slack.api.methods.response.conversations.ConversationsJoinResponse;
import com.slack.api.model.Conversation;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.model.ChatRef;

/**
 * Whether the bot can post the daily summary to a channel, checked when someone subscribes it, so
 * that the bot never says "Subscribed" for a channel it cannot post to. A channel it is in (or a
 * DM with it) can be posted to; a public channel it is not in, it joins ({@code conversations.join},
 * scope {@code channels:join}); a private one it asks to be invited to. What it cannot check it
 * does not claim.
 */
final class ChannelAccess {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelAccess.class);

    private final MethodsClient methods;
    private final Supplier<String> botName;

    /** @param botName the bot's user name, for "/invite @talkbot" */
    ChannelAccess(MethodsClient methods, Supplier<String> botName) {
        this.methods = methods;
        this.botName = botName;
    }

    /** Empty when the bot can post to the channel (joining it if need be); else what to tell the user. */
    Optional<String> problem(ChatRef chat) {
        String channel = chat.chatId();
        ConversationsInfoResponse info;
        try {
            info = methods.conversationsInfo(r -> r.channel(channel));
        } catch (IOException | SlackApiException e) {
            LOG.warn("slack: conversations.info failed: {}", e.getClass().getSimpleName());
            return Optional.of("I couldn't check that I can post in this channel (Slack did not answer). "
                    + "Please try again in a minute.");
        }
        if (!info.isOk()) {
            return Optional.of(switch (String.valueOf(info.getError())) {
                case "channel_not_found" -> "I can't see this conversation, so I couldn't post the daily summary here. "
                        + invite() + ", then subscribe again.";
                case "missing_scope" -> "I can't check whether I may post here: the app lacks the scope "
                        + String.valueOf(info.getNeeded()) + ". Whoever installed it can add it (see "
                        + "config/slack-app-manifest.yaml) and reinstall the app.";
                default -> "I couldn't check that I can post in this channel (Slack said " + info.getError() + "). "
                        + "Please try again later.";
            });
        }
        Conversation c = info.getChannel();
        if (c == null || c.isIm() || c.isMember()) {
            return Optional.empty();
        }
        if (c.isArchived()) {
            return Optional.of("This channel is archived, so I can't post the daily summary here.");
        }
        if (c.isPrivate() || c.isMpim() || c.isGroup()) {
            return Optional.of("I'm not in this channel, so I couldn't post the daily summary here. " + invite()
                    + ", then subscribe again.");
        }
        return join(channel);
    }

    private Optional<String> join(String channel) {
        try {
            ConversationsJoinResponse joined = methods.conversationsJoin(r -> r.channel(channel));
            if (joined.isOk()) {
                LOG.info("slack: joined a public channel to post its daily summary");
                return Optional.empty();
            }
            LOG.info("slack: could not join a channel to post its daily summary: {}", joined.getError());
            return Optional.of("I'm not in this channel and couldn't join it (Slack said " + joined.getError()
                    + "), so I couldn't post the daily summary here. " + invite() + ", then subscribe again.");
        } catch (IOException | SlackApiException e) {
            LOG.warn("slack: conversations.join failed: {}", e.getClass().getSimpleName());
            return Optional.of("I'm not in this channel and couldn't join it just now. " + invite()
                    + ", then subscribe again.");
        }
    }

    private String invite() {
        String name = botName.get();
        return "Invite me with /invite @" + (name == null || name.isBlank() ? "talkbot" : name);
    }
}
