package talkbot.adapter.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/** A reply rendered for Slack: Block Kit blocks and the plain {@code text} fallback (notifications, old clients). */
record SlackMessage(List<LayoutBlock> blocks, String text) {
    SlackMessage {
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(text, "text");
    }
}
