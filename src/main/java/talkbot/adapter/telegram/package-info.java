/**
 * The Telegram adapter: the bot in private chats and groups, by long polling, in front of
 * {@link talkbot.chat.ChatService}. {@link talkbot.adapter.telegram.TelegramPlatform} is the only
 * public class; the rest each do one job:
 *
 * <ul>
 *   <li>{@code UpdatePoller} long-polls getUpdates, drops what is not a text message for the bot,
 *       and writes each batch to the store's inbox together with the next offset (cursor
 *       {@code telegram.next_offset.<bot id>}) before that offset confirms the batch to Telegram;
 *       when the inbox cannot take a batch the offset stays, and Telegram serves it again.
 *       {@code talkbot.adapter.delivery.InboxWorkers} answers the inbox, each chat in order, and
 *       picks up after a restart what was left.</li>
 *   <li>{@code MessageRouter} decides what a message asks for: private chats, groups (commands,
 *       mentions, replies to the bot), {@code /cmd@otherbot}, unknown commands.</li>
 *   <li>{@code UpdateHandler} applies the per-chat rate limit (over it, the chat is told to slow
 *       down once a minute and otherwise ignored), asks the core, and replies; any failure is
 *       logged without the message text and answered with an apology.</li>
 *   <li>{@code TelegramHtml} renders a reply as Telegram HTML, escaping all text;
 *       {@code MessageSplitter} cuts it into messages of at most 4096 characters at section, line
 *       or word boundaries, keeping tags balanced and entities whole.</li>
 *   <li>{@code ReplySender} sends the messages (in groups replying to the asker; each recorded in
 *       the inbox, with its number, through {@code talkbot.adapter.delivery.SendGates} as it goes;
 *       a reply cut short by a crash goes on from the message under way) through
 *       {@code BotApiCaller}, which retries a 429 after its retry_after and network errors and
 *       5xx with a bounded backoff ({@code RetryPolicy}); {@code ApiFailure} says what a failure
 *       means.</li>
 *   <li>{@code TelegramOutbox} posts unprompted replies once, on a client without the send gates
 *       (a post must not pass for a reply being sent to the same chat): SENT, RETRY (429, 5xx, network) or
 *       GONE (403, chat not found). It waits out a 429 itself only when retry_after is at most
 *       5 seconds, and only once; everything else is left to the caller's schedule.</li>
 *   <li>{@code AcceptedSends} counts a sendMessage answered {@code "ok": true} as sent even when
 *       its result cannot be read, so that it is not sent again.</li>
 *   <li>{@code Redactor} keeps the token (which the Bot API puts in every URL) and users' text out
 *       of logs.</li>
 * </ul>
 */
package talkbot.adapter.telegram;
