package heard.publicform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import heard.testing.DatabaseTest;
import jakarta.servlet.http.Cookie;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A bounded fuzz test of the public form: 50,000 malformed, oversized and hostile requests (made from a
 * fixed seed, so that a failure can be replayed) at every public page of the form. Not one gets a 5xx,
 * and none of them stores a submission or a file. Every request is invalid by construction: a value no
 * question takes, a file that is not what it says, a missing or tampered CSRF token, the hidden field
 * filled in, a method or a body the form does not take; so that anything stored would be a fault.
 * Most go through the whole application but the socket (MockMvc: the filters, security, sessions in the
 * database, the pages), which is fast; {@value #RAW} go as raw bytes to the embedded server on this
 * machine's loopback, for what only the servlet container sees: broken framing, lying lengths, bodies too big.
 */
@DatabaseTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "heard.publicform.uploads-per-hour=10000000")
@AutoConfigureMockMvc
class HostileRequestsGetAPageThatSaysNoAndStoreNothingTest {

    /** At least 50,000; fewer only to measure (-Dheard.fuzz.requests=N). */
    static final int REQUESTS = Integer.getInteger("heard.fuzz.requests", 50_000);
    /** Of which raw bytes over a socket. */
    static final int RAW = 2_000;
    static final int THREADS = 4;
    static final long SEED = 20261207L;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static final String[] KINDS = {"complaint", "compliment", "comment", "COMPLAINT", "compl%C3%A4int", "..",
        "%2e%2e", "complaint%00", "x".repeat(300), "%F0%9F%98%80", "young-people"};
    private static final String[] QUESTIONS = {"who", "child-name", "child-agrees", "advocate", "service", "what",
        "put-right", "staff", "files", "name", "reply", "contact", "check", "sent", "WHO", "%3Cscript%3E", "who;x=1",
        "..%2F..%2Fetc%2Fpasswd", "0", "who%20"};
    private static final String[] FIELDS = {"writer", "childName", "childAgrees", "advocate", "serviceArea", "whatHappened",
        "putRight", "staffNamed", "fromName", "replyBy", "email", "phone", "postalAddress", "files", "remove",
        "answered", "draftId", "kind", "young", "class.module.classLoader", "version"};
    /** Values no choice question takes, even cleaned of control characters and spaces. */
    private static final String[] NOT_A_CHOICE = {"Child", "CHILDREN", "1", "-1", "${7*7}", "' OR '1'='1", "<CHILD>",
        "CH\u200BILD", "PARENT_RELATIVE;DROP TABLE public_submission", "yes please", "NONE NONE", "999999999999999999999",
        "not-sure-", "\u202Eyes", "null", "undefined", "[]", "{}"};

    @LocalServerPort
    int port;
    /** What failed inside the application rather than with a response (MockMvc rethrows it). */
    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    /** A visitor's session and its CSRF token; some are already at the files page. */
    record Session(String cookie, String csrf, String kind, boolean atFiles) {
    }

    @Test
    @Timeout(value = 900, unit = TimeUnit.SECONDS)
    void fiftyThousandHostileRequestsGetNoServerErrorAndStoreNothing() throws Exception {
        long submissions = count("public_submission");
        long files = count("public_attachment");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        List<Session> sessions = new ArrayList<>();
        for (String kind : List.of("complaint", "compliment", "comment")) {
            sessions.add(session(client, kind, false));
            sessions.add(session(client, kind, true));
        }

        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
        AtomicInteger sent = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            work.add(pool.submit(() -> {
                Random random = new Random(SEED + thread);
                for (int i = thread; i < REQUESTS; i += THREADS) {
                    Session session = sessions.get(random.nextInt(sessions.size()));
                    Hostile request = i < RAW ? raw(random, session, i) : hostile(random, session, i);
                    int status = request.send(client, port);
                    sent.incrementAndGet();
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    if (status >= 500 || status == 0) {
                        serverErrors.add(status + " for request " + i + ": " + request.describe());
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : work) {
            w.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Fuzz: %d requests in %.1f s (%.0f a second), statuses %s%n", sent.get(), seconds,
                sent.get() / seconds, new java.util.TreeMap<>(statuses));

        assertThat(sent.get()).isGreaterThanOrEqualTo(REQUESTS);
        assertThat(serverErrors).as("server errors (0 = no response)").isEmpty();
        assertThat(failures).isEmpty();
        assertThat(statuses.keySet()).allMatch(s -> s >= 200 && s < 500);
        assertThat(count("public_submission")).isEqualTo(submissions);
        assertThat(count("public_attachment")).isEqualTo(files);
    }

    @Test
    void theRefusalsSayWhatWentWrongInWordsForThePublic() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        Session session = session(client, "complaint", false);

        HttpResponse<String> noToken = client.send(HttpRequest.newBuilder(uri("/feedback/complaint/who"))
                .header("Cookie", session.cookie()).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString("writer=CHILD")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(org.jsoup.Jsoup.parse(noToken.body()).select("h1").text()).isEqualTo("Sorry, this page was open too long");

        // A body of 60 MB, said so up front, of which nothing is sent: the page comes back before any is read.
        String response = RawRequests.page(port, "POST /feedback/complaint/files HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: "
                + session.cookie() + "\r\nAccept: text/html\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                + "Content-Length: 60000000\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 413").contains("The files are too big");
    }

    // ------------------------------------------------------------------ the requests

    /** One request: a well-formed HTTP request with hostile content, or raw bytes for what a client library refuses to send. */
    interface Hostile {
        int send(HttpClient client, int port);

        String describe();
    }

    private Hostile hostile(Random r, Session s, int i) {
        int pick = r.nextInt(100);
        String base = "/feedback/" + (r.nextInt(4) == 0 ? "young-people/" : "") + s.kind();
        if (pick < 35) {
            // A question page sent values it cannot take.
            return form(post(base + "/" + pick(r, QUESTIONS)), s, r, s.csrf());
        }
        if (pick < 45) {
            // Pages and addresses that are not the form's, or not in that order.
            MockHttpServletRequestBuilder get = MockMvcRequestBuilders.get(URI.create("/feedback/" + pick(r, KINDS) + "/"
                    + pick(r, QUESTIONS) + (r.nextBoolean() ? "?" + junkQuery(r) : "")));
            return mock(r.nextBoolean() ? get.cookie(cookie(s)) : get);
        }
        if (pick < 62) {
            // Files that are not what they say, too many, empty, or with names that are paths.
            MockMultipartHttpServletRequestBuilder upload = MockMvcRequestBuilders.multipart(base + "/files");
            files(r).forEach(f -> upload.file(new MockMultipartFile("files", new String(f[0], StandardCharsets.UTF_8),
                    r.nextBoolean() ? "application/pdf" : "image/png", f[1])));
            upload.param(r.nextBoolean() ? "continue" : "upload", "x").param("_csrf", s.csrf()).cookie(cookie(s));
            return mock(upload);
        }
        if (pick < 72) {
            // No CSRF token, or a made-up or tampered one, with an answer that would otherwise be taken.
            String token = switch (r.nextInt(3)) {
                case 0 -> null;
                case 1 -> "x".repeat(r.nextInt(100));
                default -> s.csrf().substring(1) + "A";
            };
            return form(post(base + "/who").param("writer", "CHILD"), s, r, token);
        }
        if (pick < 78) {
            // The hidden field filled in, with an answer that would otherwise be taken.
            return mock(post(base + "/who").cookie(cookie(s)).param("_csrf", s.csrf()).param("writer", "CHILD")
                    .param(JourneyController.HONEYPOT, pick(r, NOT_A_CHOICE) + "x"));
        }
        if (pick < 84) {
            // Sending what has no answers.
            MockHttpServletRequestBuilder send = post(base + "/check").cookie(cookie(s));
            return mock(r.nextBoolean() ? send.param("_csrf", s.csrf()) : send);
        }
        if (pick < 90) {
            return mock(MockMvcRequestBuilders.request(HttpMethod.valueOf(pick(r, new String[] {"PUT", "DELETE", "PATCH",
                "OPTIONS", "TRACE", "PROPFIND"})), URI.create(base + "/who")).cookie(cookie(s)).param("writer", "CHILD"));
        }
        // Every field of every page at once, and fields no page has.
        return form(post(base + "/" + pick(r, QUESTIONS)), s, r, s.csrf());
    }

    private static MockHttpServletRequestBuilder post(String path) {
        return MockMvcRequestBuilders.post(URI.create(path));
    }

    /** A form: known and unknown fields, each value one no page takes. */
    private Hostile form(MockHttpServletRequestBuilder request, Session s, Random r, String csrf) {
        request.cookie(cookie(s));
        if (csrf != null) {
            request.param("_csrf", csrf);
        }
        // Each question's own field first, so that whichever page this is, its answer is refused.
        for (int f = 0; f < 13; f++) {
            request.param(FIELDS[f], value(r, FIELDS[f]));
        }
        int fields = 1 + r.nextInt(r.nextInt(20) == 0 ? 300 : 4);
        for (int f = 0; f < fields; f++) {
            String field = pick(r, FIELDS);
            request.param(field, value(r, field));
        }
        return mock(request);
    }

    /** A value the field cannot take: too long, not a choice, or a required answer left out. */
    private static String value(Random r, String field) {
        return switch (field) {
            case "whatHappened" -> r.nextBoolean() ? "w".repeat(Question.WHAT_LENGTH + 1 + r.nextInt(5000))
                    : "\u0000\u0007 \t\r\n \uD800";
            case "putRight" -> "p".repeat(Question.PUT_RIGHT_LENGTH + 1 + r.nextInt(100));
            case "childName", "staffNamed", "fromName" -> "<script>alert(1)</script>".repeat(10 + r.nextInt(20));
            case "email" -> r.nextBoolean() ? "not an address" : "a@" + "b".repeat(400) + ".com";
            case "phone" -> r.nextBoolean() ? "call me" : "1".repeat(50);
            case "postalAddress" -> "\u0000".repeat(3) + "a".repeat(Question.ADDRESS_LENGTH + 1);
            default -> pick(r, NOT_A_CHOICE);
        };
    }

    /** Files each of which is refused, so that however many are sent, none is kept. */
    private static List<byte[][]> files(Random r) {
        List<byte[][]> files = new ArrayList<>();
        int n = 1 + r.nextInt(r.nextInt(10) == 0 ? 7 : 2);
        for (int f = 0; f < n; f++) {
            files.add(switch (r.nextInt(7)) {
                case 0 -> new byte[][] {"scan.pdf".getBytes(), PublicFormFixtures.aPng()};
                case 1 -> new byte[][] {"photo.png".getBytes(), PublicFormFixtures.aPdf()};
                case 2 -> new byte[][] {"page.docx".getBytes(), "<html><script>alert(1)</script></html>".getBytes()};
                case 3 -> new byte[][] {"empty.pdf".getBytes(), new byte[0]};
                case 4 -> new byte[][] {"archive.docx".getBytes(), zipWithout()};
                case 5 -> new byte[][] {"run.exe".getBytes(), new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}};
                default -> new byte[][] {("..\\..\\" + "n".repeat(r.nextInt(400)) + ".jpg").getBytes(StandardCharsets.UTF_8),
                    "GIF89a".getBytes()};
            });
        }
        return files;
    }

    private static byte[] zipWithout() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
                zip.putNextEntry(new java.util.zip.ZipEntry("evil/../../x.txt"));
                zip.write("x".getBytes());
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String junkQuery(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> "q=" + "a".repeat(r.nextInt(2000));
            case 1 -> "%25zz=1&&=&==";
            case 2 -> "writer=CHILD&writer=%3Cx%3E";
            default -> "a%5B0%5D=1&__proto__=x";
        };
    }

    private static Cookie cookie(Session s) {
        String[] pair = s.cookie().split("=", 2);
        return new Cookie(pair[0], pair[1]);
    }

    /** A request through MockMvc: the whole application but the socket. */
    private Hostile mock(RequestBuilder request) {
        return new Hostile() {
            @Override
            public int send(HttpClient client, int port) {
                try {
                    return mvc.perform(request).andReturn().getResponse().getStatus();
                } catch (Exception failed) {
                    failures.add(failed.toString());
                    return 0;
                }
            }

            @Override
            public String describe() {
                MockHttpServletRequest built = request.buildRequest(new org.springframework.mock.web.MockServletContext());
                return built.getMethod() + " " + built.getRequestURI() + " " + built.getParameterMap().keySet();
            }
        };
    }

    /** What a client library will not send: broken framing, lying lengths, bodies too big, bad bytes. */
    private Hostile raw(Random r, Session s, int i) {
        String path = "/feedback/" + s.kind() + "/" + (r.nextBoolean() ? "files" : "who");
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + s.cookie() + "\r\n";
        String csrf = "_csrf=" + s.csrf();
        int kind = r.nextInt(8);
        byte[] request = switch (kind) {
            // A body much bigger than five files, said so up front: refused before it is read.
            case 0 -> (head + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 60000000\r\n"
                    + "Connection: close\r\n\r\n--b\r\n").getBytes(StandardCharsets.ISO_8859_1);
            // Multipart without a boundary, or cut off half way.
            case 1 -> withBody(head + "Content-Type: multipart/form-data\r\n", "--x\r\n" + csrf);
            case 2 -> withBody(head + "Content-Type: multipart/form-data; boundary=zz\r\n",
                    "--zz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4");
            // A form body that is not UTF-8, or says it is something else.
            case 3 -> withBody(head + "Content-Type: application/x-www-form-urlencoded; charset=UTF-8\r\n",
                    csrf + "&writer=\u00ff\u00fe%C3%28");
            case 4 -> withBody(head + "Content-Type: text/xml\r\n", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
            // Headers too long, a request line that is not one, a chunked body whose chunk has no size.
            case 5 -> ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Long: " + "h".repeat(20_000)
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
            case 6 -> ("G\u0000T /feedback/%%% HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            default -> (head + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n"
                    + "Connection: close\r\n\r\nzz\r\n" + csrf + "\r\n0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        };
        return new Hostile() {
            @Override
            public int send(HttpClient client, int port) {
                try (Socket socket = new Socket("127.0.0.1", port)) {
                    socket.setSoTimeout(10_000);
                    OutputStream out = socket.getOutputStream();
                    out.write(request);
                    out.flush();
                    // Nothing more comes: a body shorter than it said ends here, rather than keeping the server waiting.
                    socket.shutdownOutput();
                    return statusOf(socket.getInputStream());
                } catch (IOException closedByTheServer) {
                    return 0;
                }
            }

            @Override
            public String describe() {
                return "raw " + kind + ": " + new String(request, 0, Math.min(120, request.length), StandardCharsets.ISO_8859_1);
            }
        };
    }

    private static byte[] withBody(String head, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
        return (head + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n" + body)
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The status of the response's first line; 0 when the server closed without one. */
    private static int statusOf(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n' && line.length() < 200; c = in.read()) {
            line.append((char) c);
        }
        Matcher status = Pattern.compile("^HTTP/1\\.[01] (\\d{3})").matcher(line);
        return status.find() ? Integer.parseInt(status.group(1)) : 0;
    }

    // ------------------------------------------------------------------ set-up

    /** A visitor's session, on the first question of a kind or, answered that far with valid answers, at its files page. */
    private Session session(HttpClient client, String kind, boolean atFiles) throws Exception {
        HttpResponse<String> first = client.send(HttpRequest.newBuilder(uri("/feedback/" + kind + "/who")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = first.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        Matcher token = CSRF.matcher(first.body());
        assertThat(token.find()).isTrue();
        Session session = new Session(cookie, token.group(1), kind, atFiles);
        if (atFiles) {
            answer(client, session, "who", "writer=SOMEONE_ELSE");
            answer(client, session, "service", "serviceArea=" + Question.NOT_SURE);
            answer(client, session, "what", "whatHappened=Words");
            if (kind.equals("complaint")) {
                answer(client, session, "put-right", "putRight=Words");
            }
            if (kind.equals("compliment")) {
                answer(client, session, "staff", "staffNamed=");
            }
        }
        return session;
    }

    private void answer(HttpClient client, Session s, String question, String body) throws Exception {
        HttpResponse<String> answered = client.send(HttpRequest.newBuilder(uri("/feedback/" + s.kind() + "/" + question))
                .header("Cookie", s.cookie()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + s.csrf() + "&" + body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answered.statusCode()).as("answering %s", question).isEqualTo(302);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
