package io.orderstream.orderapi.merchant;

import static io.orderstream.orderapi.HttpAnswers.assertProblem;
import static io.orderstream.orderapi.HttpAnswers.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.orderapi.OrderApi;
import io.orderstream.orderapi.OrderStates;
import io.orderstream.orderapi.TestStack;
import io.orderstream.orderapi.command.CommandIds;
import io.orderstream.orderapi.command.CommandKind;
import io.orderstream.orderapi.store.CommandLog;
import io.orderstream.orderapi.store.OrderProjection;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.db.Database;
import io.orderstream.schemas.order.OrderState;
import io.orderstream.schemas.order.OrderStatus;
import io.orderstream.schemas.order.Payout;
import io.orderstream.schemas.order.Shipment;
import io.orderstream.schemas.order.TransferStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The merchant endpoints and merchant-scoped order reads on the whole service (real Kafka, registry, PostgreSQL):
 * every change goes through the merchants topic and is answered once the service's own projection shows it.
 * Orders are projected into its read model directly, as the processor's snapshots would be.
 */
class MerchantRoutesIT {

    private static final String ADMIN = "operator-token-for-tests";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String ACME = """
            {"legalName":"Acme GmbH","country":"DE",
             "address":{"line1":"Hauptstr. 1","line2":null,"postalCode":"10115","city":"Berlin"},
             "payoutAccount":{"holder":"Acme GmbH","iban":"DE89370400440532013000"},"feeBasisPoints":250}""";

    private static OrderApi api;
    private static Database database;
    private static OrderProjection projection;

    @BeforeAll
    static void start() {
        Env env = TestStack.isolatedEnv("merchants").with(AdminToken.VARIABLE, ADMIN)
                .with("ORDER_API_COMMAND_TIMEOUT", "PT20S");
        api = OrderApi.start(env);
        database = Database.connect(env, "merchants-test").migrate();
        projection = new OrderProjection(database.dataSource());
    }

    @AfterAll
    static void stop() {
        api.close();
        database.close();
    }

    // ---- creating and reading

    @Test
    void the_operator_creates_a_merchant_and_gets_its_api_key_once() {
        var response = send("POST", "/merchants", ACME, ADMIN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = json(response);
        String id = created.get("id").asText();
        assertThat(response.headers().firstValue("Location")).hasValue("/merchants/" + id);
        assertThat(created.get("apiKey").asText()).matches("osk_[A-Za-z0-9_-]{43}");
        assertThat(created.get("legalName").asText()).isEqualTo("Acme GmbH");
        assertThat(created.get("address").get("line2").isNull()).isTrue();
        assertThat(created.get("payoutAccount").get("iban").asText()).isEqualTo("DE89370400440532013000");
        assertThat(created.get("feeBasisPoints").asInt()).isEqualTo(250);
        assertThat(created.get("version").asLong()).isEqualTo(1);
        var read = send("GET", "/merchants/" + id, null, ADMIN);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).has("apiKey")).isFalse();
        assertThat(read.body()).doesNotContain(created.get("apiKey").asText());
    }

    @Test
    void a_merchant_reads_itself_with_its_key_and_another_merchant_is_not_found() {
        Created acme = createMerchant();
        Created other = createMerchant();

        assertThat(send("GET", "/merchants/" + acme.id(), null, acme.key()).statusCode()).isEqualTo(200);
        assertProblem(send("GET", "/merchants/" + acme.id(), null, other.key()), 404, "merchant_not_found");
    }

    @Test
    void an_unknown_merchant_is_not_found() {
        assertProblem(send("GET", "/merchants/" + UUID.randomUUID(), null, ADMIN), 404, "merchant_not_found");
    }

    // ---- who may call

    @Test
    void creating_without_the_operators_token_is_refused_and_stores_nothing() throws SQLException {
        long before = merchantsStored();

        assertProblem(send("POST", "/merchants", ACME, null), 401, "admin_token_required");
        assertProblem(send("POST", "/merchants", ACME, "wrong-token"), 401, "admin_token_required");
        assertProblem(send("POST", "/merchants", ACME, createMerchant().key()), 401, "admin_token_required");
        assertThat(merchantsStored()).isEqualTo(before + 1); // only the merchant whose key was tried
    }

    @Test
    void changing_and_rotating_need_the_operators_token() {
        Created acme = createMerchant();

        assertProblem(send("PATCH", "/merchants/" + acme.id(), "{\"feeBasisPoints\":0}", acme.key()), 401,
                "admin_token_required");
        assertProblem(send("POST", "/merchants/" + acme.id() + "/api-keys", null, acme.key()), 401,
                "admin_token_required");
        assertThat(json(send("GET", "/merchants/" + acme.id(), null, ADMIN)).get("feeBasisPoints").asInt())
                .isEqualTo(250);
    }

    @Test
    void reading_a_merchant_without_any_token_needs_the_operators() {
        assertProblem(send("GET", "/merchants/" + createMerchant().id(), null, null), 401, "admin_token_required");
    }

    // ---- bad input

    @Test
    void bad_fields_are_refused_each_by_its_field_and_nothing_is_stored() throws SQLException {
        long before = merchantsStored();
        String bad = ACME.replace("\"DE\"", "\"XX\"").replace("DE89370400440532013000", "DE89370400440532013001")
                .replace("250", "10001");

        JsonNode problem = assertProblem(send("POST", "/merchants", bad, ADMIN), 422, "validation_failed");

        assertThat(problem.get("errors").findValuesAsText("code"))
                .containsExactly("country_invalid", "iban_invalid", "fee_out_of_range");
        assertThat(problem.get("errors").findValuesAsText("field"))
                .containsExactly("country", "payoutAccount.iban", "feeBasisPoints");
        assertThat(merchantsStored()).isEqualTo(before);
    }

    @Test
    void an_unknown_field_is_refused_and_nothing_is_stored() throws SQLException {
        long before = merchantsStored();

        assertProblem(send("POST", "/merchants", ACME.replace("{\"legalName\"", "{\"vatId\":\"DE1\",\"legalName\""),
                ADMIN), 400, "invalid_json_type");
        assertThat(merchantsStored()).isEqualTo(before);
    }

    @Test
    void a_bad_change_changes_nothing() {
        Created acme = createMerchant();

        assertProblem(send("PATCH", "/merchants/" + acme.id(), "{\"country\":\"Germany\"}", ADMIN), 422,
                "validation_failed");
        JsonNode merchant = json(send("GET", "/merchants/" + acme.id(), null, ADMIN));
        assertThat(merchant.get("country").asText()).isEqualTo("DE");
        assertThat(merchant.get("version").asLong()).isEqualTo(1);
    }

    // ---- changing

    @Test
    void a_patch_replaces_the_fields_given_and_keeps_the_others() {
        Created acme = createMerchant();

        var response = send("PATCH", "/merchants/" + acme.id(),
                "{\"legalName\":\"Acme AG\",\"payoutAccount\":{\"holder\":\"Acme AG\",\"iban\":\"gb82 west 1234 5698 7654 32\"}}",
                ADMIN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode merchant = json(send("GET", "/merchants/" + acme.id(), null, ADMIN));
        assertThat(merchant.get("legalName").asText()).isEqualTo("Acme AG");
        assertThat(merchant.get("payoutAccount").get("iban").asText()).isEqualTo("GB82WEST12345698765432");
        assertThat(merchant.get("country").asText()).isEqualTo("DE");
        assertThat(merchant.get("feeBasisPoints").asInt()).isEqualTo(250);
        assertThat(merchant.get("version").asLong()).isEqualTo(2);
        assertThat(json(response)).isEqualTo(merchant);
    }

    @Test
    void concurrent_patches_of_one_merchant_lose_no_update() throws Exception {
        Created acme = createMerchant();
        List<String> changes = List.of("{\"legalName\":\"Acme AG\"}", "{\"country\":\"AT\"}",
                "{\"feeBasisPoints\":100}", "{\"address\":{\"line1\":\"Ring 2\",\"postalCode\":\"1010\",\"city\":\"Wien\"}}");
        var start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (String change : changes) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                awaitQuietly(start);
                return send("PATCH", "/merchants/" + acme.id(), change, ADMIN);
            }));
        }
        start.countDown();

        for (var answer : answers) {
            assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(200);
        }
        JsonNode merchant = json(send("GET", "/merchants/" + acme.id(), null, ADMIN));
        assertThat(merchant.get("version").asLong()).isEqualTo(1 + changes.size());
        assertThat(merchant.get("legalName").asText()).isEqualTo("Acme AG");
        assertThat(merchant.get("country").asText()).isEqualTo("AT");
        assertThat(merchant.get("feeBasisPoints").asInt()).isEqualTo(100);
        assertThat(merchant.get("address").get("city").asText()).isEqualTo("Wien");
    }

    @Test
    void after_rotation_the_old_key_is_refused_and_the_new_one_works() {
        Created acme = createMerchant();

        var rotated = send("POST", "/merchants/" + acme.id() + "/api-keys", null, ADMIN);

        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(201);
        String newKey = json(rotated).get("apiKey").asText();
        assertThat(json(rotated).get("merchantId").asText()).isEqualTo(acme.id());
        assertThat(newKey).startsWith("osk_").isNotEqualTo(acme.key());
        assertProblem(send("GET", "/merchants/" + acme.id(), null, acme.key()), 401, "invalid_api_key");
        assertProblem(send("GET", "/orders?customerEmail=a@b.com", null, acme.key()), 401, "invalid_api_key");
        assertThat(send("GET", "/merchants/" + acme.id(), null, newKey).statusCode()).isEqualTo(200);
    }

    // ---- merchant-scoped orders

    @Test
    void a_wrong_key_on_the_order_endpoints_is_401() {
        assertProblem(send("GET", "/orders?customerEmail=a@b.com", null, "osk_unknown"), 401, "invalid_api_key");
        assertProblem(send("GET", "/orders?customerEmail=a@b.com", null, ADMIN), 401, "invalid_api_key");
        assertProblem(send("POST", "/orders", "{}", "osk_unknown"), 401, "invalid_api_key");
    }

    @Test
    void a_merchants_order_is_seen_by_that_merchant_only() throws SQLException {
        Created acme = createMerchant();
        Created other = createMerchant();
        String email = "buyer-" + UUID.randomUUID() + "@shop.example";
        String orderId = project(OrderStates.created(UUID.randomUUID().toString()).setCustomerEmail(email)
                .setMerchantId(acme.id()).setMerchantFeeBasisPoints(250).build());
        String listing = "/orders?customerEmail=" + email;

        assertThat(send("GET", "/orders/" + orderId, null, acme.key()).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/orders/" + orderId + "/events", null, acme.key()).statusCode()).isEqualTo(200);
        assertThat(json(send("GET", listing, null, acme.key())).get("items").findValuesAsText("id"))
                .containsExactly(orderId);

        assertProblem(send("GET", "/orders/" + orderId, null, other.key()), 404, "order_not_found");
        assertProblem(send("GET", "/orders/" + orderId + "/events", null, other.key()), 404, "order_not_found");
        assertThat(json(send("GET", listing, null, other.key())).get("items")).isEmpty();

        assertProblem(send("GET", "/orders/" + orderId, null, null), 404, "order_not_found");
        assertThat(json(send("GET", listing, null, null)).get("items")).isEmpty();
    }

    @Test
    void the_shop_sees_only_orders_without_a_merchant() throws SQLException {
        Created acme = createMerchant();
        String email = "buyer-" + UUID.randomUUID() + "@shop.example";
        String shopOrder = project(OrderStates.created(UUID.randomUUID().toString()).setCustomerEmail(email).build());
        project(OrderStates.created(UUID.randomUUID().toString()).setCustomerEmail(email)
                .setMerchantId(acme.id()).build());

        assertThat(send("GET", "/orders/" + shopOrder, null, null).statusCode()).isEqualTo(200);
        assertThat(json(send("GET", "/orders?customerEmail=" + email, null, null)).get("items").findValuesAsText("id"))
                .containsExactly(shopOrder);
        assertProblem(send("GET", "/orders/" + shopOrder, null, acme.key()), 404, "order_not_found");
    }

    @Test
    void a_command_is_found_only_by_the_caller_that_sent_it() throws SQLException {
        Created acme = createMerchant();
        var log = new CommandLog(database.dataSource());
        var merchants = CommandIds.fresh(null);
        var shops = CommandIds.fresh(null);
        log.record(merchants, CommandKind.CREATE_ORDER, acme.id());
        log.record(shops, CommandKind.CREATE_ORDER, null);

        assertThat(send("GET", "/commands/" + merchants.commandId(), null, acme.key()).statusCode()).isEqualTo(200);
        assertProblem(send("GET", "/commands/" + merchants.commandId(), null, null), 404, "command_not_found");
        assertProblem(send("GET", "/commands/" + merchants.commandId(), null, createMerchant().key()), 404,
                "command_not_found");
        assertThat(send("GET", "/commands/" + shops.commandId(), null, null).statusCode()).isEqualTo(200);
        assertProblem(send("GET", "/commands/" + shops.commandId(), null, acme.key()), 404, "command_not_found");
    }

    // ---- payouts

    @Test
    void a_merchants_payouts_are_listed_from_its_orders_snapshots_with_totals_per_currency() throws SQLException {
        Created acme = createMerchant();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        project(shipped(first, acme.id(), "EUR", 2, payout(first, "s-1", 1000, 25, TransferStatus.REQUESTED, null)));
        project(shipped(first, acme.id(), "EUR", 3,
                payout(first, "s-1", 1000, 25, TransferStatus.SUCCEEDED, "po_1"),
                payout(first, "s-2", 500, 12, TransferStatus.REQUESTED, null)));
        project(shipped(first, acme.id(), "EUR", 2, payout(first, "s-1", 1000, 25, TransferStatus.REQUESTED, null)));
        project(shipped(second, acme.id(), "USD", 2, payout(second, "s-1", 700, 17, TransferStatus.FAILED, null)));

        var response = send("GET", "/merchants/" + acme.id() + "/payouts", null, acme.key());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode listing = json(response);
        assertThat(listing.get("merchantId").asText()).isEqualTo(acme.id());
        Map<String, JsonNode> payouts = new HashMap<>();
        listing.get("payouts").forEach(payout -> payouts.put(payout.get("payoutId").asText(), payout));
        assertThat(payouts).containsOnlyKeys("payout/" + first + "/s-1", "payout/" + first + "/s-2",
                "payout/" + second + "/s-1");
        JsonNode settled = payouts.get("payout/" + first + "/s-1");
        assertThat(settled.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(settled.get("providerId").asText()).isEqualTo("po_1");
        assertThat(settled.get("orderId").asText()).isEqualTo(first);
        assertThat(settled.get("shipmentId").asText()).isEqualTo("s-1");
        assertThat(settled.get("amount").asLong()).isEqualTo(1000);
        assertThat(settled.get("fee").asLong()).isEqualTo(25);
        assertThat(settled.get("currency").asText()).isEqualTo("EUR");
        JsonNode eur = listing.get("totals").get(0);
        assertThat(eur.get("currency").asText()).isEqualTo("EUR");
        assertThat(eur.get("count").asLong()).isEqualTo(2);
        assertThat(eur.get("amount").asLong()).isEqualTo(1500);
        assertThat(eur.get("fees").asLong()).isEqualTo(37);
        assertThat(eur.get("succeeded").asLong()).isEqualTo(1000);
        assertThat(eur.get("pending").asLong()).isEqualTo(500);
        assertThat(eur.get("failed").asLong()).isZero();
        JsonNode usd = listing.get("totals").get(1);
        assertThat(usd.get("currency").asText()).isEqualTo("USD");
        assertThat(usd.get("failed").asLong()).isEqualTo(700);
    }

    @Test
    void another_merchants_payouts_are_not_found() {
        Created acme = createMerchant();

        assertProblem(send("GET", "/merchants/" + acme.id() + "/payouts", null, createMerchant().key()), 404,
                "merchant_not_found");
        assertThat(send("GET", "/merchants/" + acme.id() + "/payouts", null, ADMIN).statusCode()).isEqualTo(200);
    }

    // ---- helpers

    record Created(String id, String key) {
    }

    private static Created createMerchant() {
        var response = send("POST", "/merchants", ACME, ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = json(response);
        return new Created(created.get("id").asText(), created.get("apiKey").asText());
    }

    private static OrderState shipped(String orderId, String merchantId, String currency, long version,
                                      Shipment... shipments) {
        return OrderStates.created(orderId).setMerchantId(merchantId).setCurrency(currency)
                .setStatus(OrderStatus.IN_FULFILLMENT).setVersion(version)
                .setUpdatedAt(OrderStates.CREATED_AT.plusSeconds(version)).setShipments(List.of(shipments)).build();
    }

    private static Shipment payout(String orderId, String shipmentId, long amount, long fee, TransferStatus status,
                                   String providerId) {
        return Shipment.newBuilder().setShipmentId(shipmentId).setAmount(amount + fee).setShippedAt(OrderStates.CREATED_AT)
                .setPayout(new Payout("payout/" + orderId + "/" + shipmentId, amount, fee, status, providerId, null))
                .build();
    }

    private static String project(OrderState state) throws SQLException {
        projection.apply(state);
        return state.getOrderId();
    }

    private static long merchantsStored() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM merchants")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static HttpResponse<String> send(String method, String path, String body, String bearer) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + api.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
