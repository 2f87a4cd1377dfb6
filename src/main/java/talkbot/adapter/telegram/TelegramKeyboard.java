package talkbot.adapter.telegram;

import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import talkbot.chat.Button;
import talkbot.chat.Reply;

/**
 * A reply's buttons as an inline keyboard: each choice on a row of its own (labels are long), the
 * votes side by side on one row. Button texts are plain text to Telegram (no markup is parsed in
 * them); callback data is the payload, which the conversation keeps under 64 bytes.
 */
final class TelegramKeyboard {
    /** Telegram's limit on callback data. */
    static final int MAX_DATA_BYTES = 64;
    /** Longer labels are cut: a button is a line on a phone. */
    static final int MAX_LABEL = 60;

    private TelegramKeyboard() {}

    /** The keyboard, or null when the reply has no buttons. */
    static InlineKeyboardMarkup of(Reply reply) {
        if (!reply.hasButtons()) {
            return null;
        }
        return new InlineKeyboardMarkup(rows(reply));
    }

    /** The keyboard an edited message gets: its buttons, or none at all (an empty keyboard removes it). */
    static InlineKeyboardMarkup edited(Reply reply) {
        return new InlineKeyboardMarkup(rows(reply));
    }

    private static List<InlineKeyboardRow> rows(Reply reply) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (Button b : reply.choices()) {
            rows.add(new InlineKeyboardRow(button(b)));
        }
        if (!reply.votes().isEmpty()) {
            InlineKeyboardRow row = new InlineKeyboardRow();
            reply.votes().forEach(b -> row.add(button(b)));
            rows.add(row);
        }
        return rows;
    }

    private static InlineKeyboardButton button(Button b) {
        if (b.payload().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("callback data over " + MAX_DATA_BYTES + " bytes");
        }
        String label = talkbot.corpus.Text.clip(talkbot.corpus.Text.wellFormed(b.label()), MAX_LABEL);
        return InlineKeyboardButton.builder().text(label).callbackData(b.payload()).build();
    }
}
