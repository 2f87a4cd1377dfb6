package talkbot.news;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import talkbot.store.FeedState.Validators;

/**
 * Fetches pages and feeds politely: a User-Agent that names the bot, conditional GETs
 * (If-None-Match, If-Modified-Since) where validators are known, a connect timeout and a deadline
 * for the whole fetch (redirects and a slow body included), a size limit (a declared
 * Content-Length over it is refused before the body is read; a body that grows past it is cut
 * off), and at most {@code maxRedirects} redirects, never in a loop and only to http(s). Bodies are
 * asked for uncompressed. Thread-safe; {@link #close()} releases its threads.
 */
public final class Fetcher implements AutoCloseable {
    static final String USER_AGENT = "talkbot/" + version() + " (news reader of a chat bot; polls at most every few minutes)";

    /** The politeness limits of every fetch. */
    public record Limits(Duration connectTimeout, Duration timeout, long maxBytes, int maxRedirects) {
        public Limits {
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(timeout, "timeout");
            if (maxBytes < 1 || maxRedirects < 0) {
                throw new IllegalArgumentException("maxBytes >= 1 and maxRedirects >= 0");
            }
        }

        /** 10 s to connect, 30 s for the whole fetch, 5 MiB, 5 redirects. */
        public static Limits defaults() {
            return new Limits(Duration.ofSeconds(10), Duration.ofSeconds(30), 5L * 1024 * 1024, 5);
        }
    }

    private final Limits limits;
    private final ExecutorService threads;
    private final HttpClient client;

    public Fetcher(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "talkbot-fetch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER) // followed here, counted and checked
                .connectTimeout(limits.connectTimeout())
                .executor(threads)
                .build();
    }

    Limits limits() {
        return limits;
    }

    /** GETs {@code url}, following redirects; 200 with the body, or 304 when {@code validators} say it is unchanged. */
    Fetched get(URI url, Validators validators, String accept) throws FetchException {
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        Set<URI> visited = new HashSet<>();
        URI current = url;
        for (int hop = 0; ; hop++) {
            checkUrl(current, hop == 0 ? null : url);
            if (!visited.add(current)) {
                throw new FetchException(FetchException.Reason.UNREACHABLE, "unreachable: a redirect loop (back to " + current + ")", true);
            }
            HttpRequest.Builder b = HttpRequest.newBuilder(current).GET()
                    .timeout(remaining(deadline))
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", accept)
                    .header("Accept-Encoding", "identity");
            if (hop == 0 && validators != null) {
                if (validators.etag() != null) {
                    b.header("If-None-Match", validators.etag());
                }
                if (validators.lastModified() != null) {
                    b.header("If-Modified-Since", validators.lastModified());
                }
            }
            HttpResponse<byte[]> r = send(b.build(), deadline);
            int status = r.statusCode();
            if (isRedirect(status)) {
                String location = r.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new FetchException(FetchException.Reason.UNREACHABLE, "unreachable: HTTP " + status + " without a Location");
                }
                if (hop >= limits.maxRedirects()) {
                    throw new FetchException(FetchException.Reason.UNREACHABLE,
                            "unreachable: more than " + limits.maxRedirects() + " redirects", true);
                }
                try {
                    current = current.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw new FetchException(FetchException.Reason.UNREACHABLE, "unreachable: a redirect to a malformed URL");
                }
                continue;
            }
            if (status == 304 || (status >= 200 && status < 300)) {
                return new Fetched(current, status, r.headers().firstValue("Content-Type").orElse(""),
                        status == 304 ? new byte[0] : r.body(), r.headers().firstValue("ETag").orElse(null),
                        r.headers().firstValue("Last-Modified").orElse(null));
            }
            // gone for good (404, 410 …) unless the server is busy or failing (408, 429, 5xx)
            boolean lasting = status >= 400 && status < 500 && status != 408 && status != 429;
            throw new FetchException(FetchException.Reason.UNREACHABLE, "unreachable: HTTP " + status, lasting);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request, long deadline) throws FetchException {
        CompletableFuture<HttpResponse<byte[]>> f = client.sendAsync(request, info -> {
            if (isRedirect(info.statusCode()) || info.statusCode() >= 300) {
                return HttpResponse.BodySubscribers.replacing(new byte[0]);
            }
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            return new LimitedBody(limits.maxBytes(), declared);
        });
        try {
            return f.get(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw timedOut();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Reason.UNREACHABLE, "unreachable: interrupted");
        } catch (ExecutionException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof LimitedBody.TooLarge) {
                    throw new FetchException(FetchException.Reason.TOO_LARGE, "too large: over " + megabytes(limits.maxBytes()));
                }
                if (t instanceof HttpTimeoutException) {
                    throw timedOut();
                }
            }
            throw new FetchException(FetchException.Reason.UNREACHABLE, "unreachable: " + oneLine(why(e.getCause(), request.uri())));
        }
    }

    /** A network failure in words: the JDK's exceptions often have no message of their own. */
    private static String why(Throwable cause, URI url) {
        String where = url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return "unknown host " + url.getHost();
            }
        }
        if (cause instanceof java.net.ConnectException) {
            return "cannot connect to " + where + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")");
        }
        if (cause != null && cause.getMessage() != null) {
            return cause.getMessage();
        }
        return cause == null ? "unknown error" : cause.getClass().getSimpleName();
    }

    private FetchException timedOut() {
        return new FetchException(FetchException.Reason.UNREACHABLE,
                "unreachable: no complete answer within " + limits.timeout().toSeconds() + " s");
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(TimeUnit.MILLISECONDS.toNanos(1), deadline - System.nanoTime()));
    }

    private static void checkUrl(URI u, URI redirectedFrom) throws FetchException {
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
            throw new FetchException(FetchException.Reason.BAD_URL, redirectedFrom == null
                    ? "not an http(s) URL" : "unreachable: redirected to a URL that is not http(s)");
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 160 ? t.substring(0, 157) + "..." : t;
    }

    private static String version() {
        String v = Fetcher.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
