package talkbot.adapter.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.web.WebServer;

/**
 * {@code POST /slack/events} on the bot's HTTP server: slash commands, Events API callbacks
 * (url_verification included) and interactivity payloads. Every request's signature is checked
 * once, here, before anything else (401 otherwise); a malformed body is a 400; what Bolt knows it
 * parses and runs; a well-formed request of a kind Bolt does not know is acknowledged and ignored.
 */
final class SlackEventsRoute implements WebServer.Route {
    static final String EVENTS_PATH = "/slack/events";
    private static final Logger LOG = LoggerFactory.getLogger(SlackEventsRoute.class);

    private final RequestSignature signature;
    private final App app;
    private final SlackRequestParser parser;

    SlackEventsRoute(RequestSignature signature, App app) {
        this.signature = signature;
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    @Override
    public WebServer.Reply handle(WebServer.Incoming http) {
        byte[] body = http.body();
        if (!signature.verify(http.header(RequestSignature.TIMESTAMP_HEADER), http.header(RequestSignature.SIGNATURE_HEADER),
                body)) {
            LOG.warn("slack: refused a request with a missing, wrong or expired signature (401)");
            return WebServer.Reply.json(401, "{\"error\":\"invalid signature\"}");
        }
        String text = new String(body, StandardCharsets.UTF_8);
        RequestBody.Verdict verdict = RequestBody.classify(text);
        if (verdict.kind() == RequestBody.Kind.MALFORMED) {
            return badRequest(verdict.reason());
        }
        com.slack.api.bolt.request.Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(EVENTS_PATH)
                    .queryString(new HashMap<>())
                    .requestBody(text)
                    .headers(new RequestHeaders(headers(http.headers())))
                    .remoteAddress(http.remoteAddress())
                    .build());
        } catch (RuntimeException e) {
            return badRequest(e.getClass().getSimpleName());
        }
        if (request == null) {
            LOG.debug("slack: acknowledged and ignored a request of a kind Bolt does not know");
            return WebServer.Reply.json(200, "");
        }
        Response result;
        try {
            result = app.run(request);
        } catch (Exception e) {
            LOG.warn("slack: handling a {} request failed: {}", request.getRequestType(), e.toString());
            return WebServer.Reply.json(500, "{\"error\":\"internal error\"}");
        }
        int status = result.getStatusCode() == null ? 200 : result.getStatusCode();
        String type = result.getContentType() == null ? "text/plain; charset=utf-8" : result.getContentType();
        Map<String, List<String>> extra = result.getHeaders() == null ? Map.of() : result.getHeaders();
        return new WebServer.Reply(status, type, result.getBody() == null ? "" : result.getBody(), extra);
    }

    private static Map<String, List<String>> headers(HttpFields fields) {
        Map<String, List<String>> out = new HashMap<>();
        for (HttpField f : fields) {
            out.computeIfAbsent(f.getName(), k -> new ArrayList<>()).add(f.getValue());
        }
        return out;
    }

    private static WebServer.Reply badRequest(String reason) {
        LOG.warn("slack: refused a malformed request (400): {}", reason);
        return WebServer.Reply.json(400, "{\"error\":\"malformed request\"}");
    }
}
