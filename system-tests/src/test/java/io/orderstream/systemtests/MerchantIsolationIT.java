package io.orderstream.systemtests;

import static io.orderstream.systemtests.MerchantOrders.awaitOrder;
import static io.orderstream.systemtests.MerchantOrders.create;
import static io.orderstream.systemtests.MerchantOrders.notice;
import static io.orderstream.systemtests.MerchantOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.systemtests.Merchants.Merchant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Merchants on the real stack see and change only their own orders and merchant: another merchant's order or merchant
 * is 404 (never 403, so ids leak nothing), whether read, listed, shipped, paid or cancelled, and none of those calls
 * changes it; the platform's own shop (no key) sees no merchant's order; a wrong or rotated key is 401; the operator's
 * endpoints want the admin token.
 */
class MerchantIsolationIT {

    private static final String BUYER = "isolation@buyer.example";
    private static RunningSystem system;
    private static Merchants merchants;
    private static Merchant merchantA;
    private static Merchant merchantB;
    private static ApiClient asA;
    private static ApiClient asB;
    private static ApiClient asShop;
    private static String ordersOfA;

    @BeforeAll
    static void startSystem() throws Exception {
        system = RunningSystem.start();
        merchants = new Merchants(system);
        merchantA = merchants.create("A GmbH", 200);
        merchantB = merchants.create("B GmbH", 200);
        asA = merchants.as(merchantA);
        asB = merchants.as(merchantB);
        asShop = new ApiClient(system.apiUrl());
        ordersOfA = create(asA, order(BUYER, "INVOICE", 2, 2500));
        awaitOrder(asA, ordersOfA, "A reads its own order", MerchantOrders.status("CREATED"));
    }

    @AfterAll
    static void stopSystem() {
        system.close();
    }

    private static void assertNotFound(ApiClient.Response answer, String code) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(404);
        assertThat(answer.body().get("code").asText()).isEqualTo(code);
        assertThat(answer.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static void assertUnauthorized(ApiClient.Response answer, String code) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(401);
        assertThat(answer.body().get("code").asText()).isEqualTo(code);
    }

    @Test
    void another_merchant_can_neither_read_nor_change_an_order_it_does_not_own() {
        String order = "/orders/" + ordersOfA;

        assertNotFound(asB.get(order), "order_not_found");
        assertNotFound(asB.get(order + "/events"), "order_not_found");
        assertNotFound(MerchantOrders.ship(asB, ordersOfA, notice("b-1", 1000), null), "order_not_found");
        assertNotFound(MerchantOrders.pay(asB, ordersOfA, "b-pay", 1000), "order_not_found");
        assertNotFound(asB.postCommand(order + "/cancel", "{}", 200), "order_not_found");
        assertNotFound(MerchantOrders.cancelRemainder(asB, ordersOfA, "not mine"), "order_not_found");

        assertUnchanged();
    }

    @Test
    void another_merchants_listing_of_the_same_buyer_does_not_show_the_order() {
        awaitListed(asA);

        assertThat(asB.listAll(BUYER, 10)).extracting(o -> o.get("id").asText()).doesNotContain(ordersOfA);
        assertThat(asShop.listAll(BUYER, 10)).extracting(o -> o.get("id").asText()).doesNotContain(ordersOfA);
    }

    @Test
    void the_shop_without_a_key_does_not_see_a_merchants_order() {
        String order = "/orders/" + ordersOfA;

        assertNotFound(asShop.get(order), "order_not_found");
        assertNotFound(asShop.get(order + "/events"), "order_not_found");
        assertNotFound(MerchantOrders.pay(asShop, ordersOfA, "shop-pay", 1000), "order_not_found");
        assertNotFound(asShop.postCommand(order + "/cancel", "{}", 200), "order_not_found");

        assertUnchanged();
    }

    @Test
    void a_shipment_notice_needs_a_merchant_key() {
        String shopOrder = create(asShop, order("shop@buyer.example", "PREPAID", 1, 1000));

        assertUnauthorized(MerchantOrders.ship(asShop, shopOrder, notice("s-1", 1000), null), "merchant_key_required");
    }

    @Test
    void a_merchant_reads_its_own_merchant_but_not_another() {
        assertThat(asA.get("/merchants/" + merchantA.id()).body().get("id").asText()).isEqualTo(merchantA.id());

        assertNotFound(asB.get("/merchants/" + merchantA.id()), "merchant_not_found");
        assertNotFound(asB.get("/merchants/" + merchantA.id() + "/payouts"), "merchant_not_found");
    }

    @Test
    void a_wrong_key_is_refused_with_invalid_api_key() {
        ApiClient wrong = new ApiClient(system.apiUrl()).withToken("osk_not_a_key_of_anyone");

        assertUnauthorized(wrong.get("/orders/" + ordersOfA), "invalid_api_key");
        assertUnauthorized(wrong.post("/orders", order(BUYER, "INVOICE", 1, 100)), "invalid_api_key");
    }

    @Test
    void a_rotated_key_is_refused_and_the_new_one_works() throws Exception {
        Merchant rotating = merchants.create("Rotating GmbH", 100);
        String orderId = create(merchants.as(rotating), order(BUYER, "INVOICE", 1, 100));

        Merchant rotated = merchants.rotateKey(rotating);

        assertUnauthorized(merchants.as(rotating).get("/orders/" + orderId), "invalid_api_key");
        assertUnauthorized(merchants.as(rotating).get("/merchants/" + rotating.id()), "invalid_api_key");
        awaitOrder(merchants.as(rotated), orderId, "the new key reads the order", MerchantOrders.status("CREATED"));
    }

    @Test
    void the_operators_endpoints_want_the_admin_token() {
        String merchant = Merchants.body("Nobody GmbH", 100);

        assertUnauthorized(asShop.post("/merchants", merchant), "admin_token_required");
        assertUnauthorized(asA.post("/merchants", merchant), "admin_token_required");
        assertUnauthorized(asA.post("/merchants/" + merchantA.id() + "/api-keys", "{}"), "admin_token_required");
        assertUnauthorized(asA.patch("/merchants/" + merchantA.id(), "{\"feeBasisPoints\": 0}"), "admin_token_required");
    }

    /** A's order, as A reads it, is as created: none of the refused calls did anything. */
    private static void assertUnchanged() {
        JsonNode order = asA.get("/orders/" + ordersOfA).body();
        assertThat(order.get("status").asText()).as(order.toString()).isEqualTo("CREATED");
        assertThat(order.get("paid").asLong()).isZero();
        assertThat(order.get("shipments")).isEmpty();
        assertThat(order.get("merchantId").asText()).isEqualTo(merchantA.id());
    }

    private static void awaitListed(ApiClient merchant) {
        var listed = merchant.await("/orders?customerEmail=" + BUYER.replace("@", "%40"),
                r -> r.status() == 200 && r.body().get("items").toString().contains(ordersOfA),
                MerchantOrders.SETTLES_WITHIN);
        assertThat(listed.body().get("items").toString()).as("A lists its own order").contains(ordersOfA);
    }
}
