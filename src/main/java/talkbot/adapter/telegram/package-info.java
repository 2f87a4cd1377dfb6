/**
 * The Telegram adapter: the bot in private chats and groups, by long polling, in front of
 * {@link talkbot.chat.ChatService}. {@link talkbot.adapter.telegram.TelegramPlatform} is the only
 * public class; the rest each do one job:
 *
 * <ul>
 *   <li>{@code UpdateDispatcher} takes the batches of updates the library's long-polling session
 *       fetches, drops what is not a new text message, and runs each chat's messages in order on a
 *       small worker pool ({@code SerialLanes}), chats in parallel.</li>
 *   <li>{@code UpdateCursor} keeps the last update handled in the store (cursor
 *       {@code telegram.last_update_id.<bot id>}): getUpdates starts after it, and updates at or
 *       below it are skipped, so a restart handles nothing twice. Updates fetched but not yet
 *       handled when the process stops are not handled (at most once).</li>
 *   <li>{@code MessageRouter} decides what a message asks for: private chats, groups (commands,
 *       mentions, replies to the bot), {@code /cmd@otherbot}, unknown commands.</li>
 *   <li>{@code UpdateHandler} applies the per-chat rate limit (over it, the chat is told to slow
 *       down once a minute and otherwise ignored), asks the core, and replies; any failure is
 *       logged without the message text and answered with an apology.</li>
 *   <li>{@code TelegramHtml} renders a reply as Telegram HTML, escaping all text;
 *       {@code MessageSplitter} cuts it into messages of at most 4096 characters at section, line
 *       or word boundaries, keeping tags balanced and entities whole.</li>
 *   <li>{@code ReplySender} sends the messages (in groups replying to the asker) through
 *       {@code BotApiCaller}, which retries a 429 after its retry_after and network errors and
 *       5xx with a bounded backoff ({@code RetryPolicy}); {@code ApiFailure} says what a failure
 *       means.</li>
 *   <li>{@code TelegramOutbox} posts unprompted replies once: SENT, RETRY (429, 5xx, network) or
 *       GONE (403, chat not found). It waits out a 429 itself only when retry_after is at most
 *       5 seconds, and only once; everything else is left to the caller's schedule.</li>
 *   <li>{@code Redactor} keeps the token (which the Bot API puts in every URL) and users' text out
 *       of logs.</li>
 * </ul>
 */
package talkbot.adapter.telegram;
