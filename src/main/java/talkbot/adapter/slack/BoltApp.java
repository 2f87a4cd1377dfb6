package talkbot.adapter.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.bolt.middleware.builtin.SingleTeamAuthorization;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles the Bolt app both transports run: Bolt's SSL check and authorization, given the
 * {@code auth.test} answer the platform already has (Bolt's defaults would call it again,
 * eagerly); then the handlers for slash commands, events and interactivity. Signatures are checked
 * once, by {@link HttpTransport} (HTTP mode); Socket Mode's requests are not signed.
 */
final class BoltApp {
    private BoltApp() {}

    static App create(Slack slack, String botToken, AuthTestResponse auth,
            SlashCommands commands, MessageEvents events, Interactivity interactivity) {
        AppConfig config = AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(botToken)
                .signingSecret(null)
                .clientId(null)
                .clientSecret(null)
                .authTestCacheExpirationMillis(-1) // checked once at start
                .build();
        List<Middleware> middleware = new ArrayList<>();
        middleware.add(new SSLCheck(null));
        middleware.add(new SingleTeamAuthorization(config, auth, null));
        // Bolt's IgnoringSelfEvents is left out: it calls bots.info (a scope this app does not have)
        // for bot messages; MessageEvents ignores every bot's messages, this one's included.
        middleware.add(MessageEvents::acknowledgeUnhandled);
        middleware.add(MessageEvents::refuseWhenBusy);
        App app = new App(config, middleware);
        app.asOAuthApp(false);
        commands.register(app);
        events.register(app);
        interactivity.register(app);
        return app;
    }
}
