package heard.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.json.JSONObject;

/**
 * A local stand-in for GOV.UK Notify's API, for the official client's base-URL constructor: takes emails
 * (POST /v2/notifications/email), answers their status (GET /v2/notifications/ID), and can be made to fail
 * as Notify does in an outage (503) until told it has recovered. One for the whole test run.
 */
public final class NotifyStub {

    static final String SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
    static final String API_KEY = "heard_test-" + SERVICE_ID + "-3d844edf-8d35-48ac-975b-e847b4f122b0";
    public static final String TEMPLATE_ID = "f33517ff-2a88-4f6e-b855-c550268ce08a";
    /** Notify refuses (400) an address at this domain, as it refuses one it cannot deliver to. */
    public static final String REFUSED_DOMAIN = "refused.example";

    /** An email Notify took: who to, and the personalisation Heard sent. */
    public record Received(String id, String email, String templateId, Map<String, Object> personalisation, String reference,
                    String authorization) {
    }

    private static NotifyStub running;

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, String> statuses = new ConcurrentHashMap<>();
    private volatile boolean down;
    private volatile String nextStatus = "delivered";

    private NotifyStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v2/notifications", this::handle);
        server.start();
    }

    public static synchronized NotifyStub get() {
        if (running == null) {
            try {
                running = new NotifyStub();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return running;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public void clear() {
        received.clear();
        down = false;
        nextStatus = "delivered";
    }

    public void goDown() {
        down = true;
    }

    public void recover() {
        down = false;
    }

    /** The status the next emails taken will report when asked, e.g. "permanent-failure". */
    public void reportNext(String status) {
        nextStatus = status;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (down) {
                respond(exchange, 503, new JSONObject().put("status_code", 503)
                        .put("errors", List.of(Map.of("error", "ServiceUnavailable", "message", "Notify is down"))));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod()) && path.equals("/v2/notifications/email")) {
                JSONObject body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = new JSONObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
                String email = body.getString("email_address");
                if (email.endsWith("@" + REFUSED_DOMAIN)) {
                    respond(exchange, 400, new JSONObject().put("status_code", 400).put("errors",
                            List.of(Map.of("error", "ValidationError", "message", "email_address Not a valid email address"))));
                    return;
                }
                String id = UUID.randomUUID().toString();
                Map<String, Object> personalisation = body.getJSONObject("personalisation").toMap();
                received.add(new Received(id, email, body.getString("template_id"), personalisation,
                        body.optString("reference", null), exchange.getRequestHeaders().getFirst("Authorization")));
                statuses.put(id, nextStatus);
                respond(exchange, 201, new JSONObject()
                        .put("id", id)
                        .put("reference", body.optString("reference", null))
                        .put("content", new JSONObject().put("subject", personalisation.get("subject"))
                                .put("body", personalisation.get("body")).put("from_email", "complaints@notifications.service.gov.uk"))
                        .put("uri", baseUrl() + "/v2/notifications/" + id)
                        .put("template", new JSONObject().put("id", body.getString("template_id")).put("version", 1)
                                .put("uri", baseUrl() + "/v2/templates/" + body.getString("template_id"))));
                return;
            }
            if ("GET".equals(exchange.getRequestMethod()) && path.startsWith("/v2/notifications/")) {
                String id = path.substring("/v2/notifications/".length());
                Received r = received.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                if (r == null) {
                    respond(exchange, 404, new JSONObject().put("status_code", 404)
                            .put("errors", List.of(Map.of("error", "NoResultFound", "message", "No result found"))));
                    return;
                }
                respond(exchange, 200, new JSONObject()
                        .put("id", id).put("reference", r.reference()).put("email_address", r.email())
                        .put("type", "email").put("status", statuses.get(id))
                        .put("template", new JSONObject().put("id", r.templateId()).put("version", 1).put("uri", "x"))
                        .put("body", r.personalisation().get("body")).put("subject", r.personalisation().get("subject"))
                        .put("created_at", "2026-12-07T10:00:00.000000Z"));
                return;
            }
            respond(exchange, 404, new JSONObject().put("status_code", 404));
        }
    }

    private static void respond(HttpExchange exchange, int status, JSONObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
