package io.orderstream.fulfillment.warehouse;

import static io.orderstream.fulfillment.warehouse.Requests.line;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.summingLong;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.schemas.fulfillment.FulfillmentRequest;
import io.orderstream.schemas.fulfillment.FulfillmentResult;
import io.orderstream.schemas.fulfillment.FulfillmentStatus;
import io.orderstream.schemas.fulfillment.RequestedLine;
import io.orderstream.schemas.fulfillment.ShipmentReport;
import io.orderstream.schemas.fulfillment.ShippedLine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WarehouseTest {

    private static final List<FulfillmentRequest> ORDERS = Requests.varied(2_000);

    private final Warehouse alwaysShipping = warehouse(42, 1.0);

    @Test
    void shipsEveryOrderInOneToThreeShipments() {
        for (FulfillmentRequest order : ORDERS) {
            assertThat(alwaysShipping.fulfil(order).getShipments()).hasSizeBetween(1, 3);
        }
    }

    @Test
    void splitsOrdersIntoOneTwoAndThreeShipmentsAlike() {
        Map<Integer, Long> orderCountByShipments = ORDERS.stream()
                .filter(order -> units(order) >= 3)
                .collect(groupingBy(order -> alwaysShipping.fulfil(order).getShipments().size(), Collectors.counting()));

        assertThat(orderCountByShipments).containsOnlyKeys(1, 2, 3);
        assertThat(orderCountByShipments.values()).allSatisfy(count -> assertThat(count).isGreaterThan(400));
    }

    @Test
    void shipmentAmountsAddUpExactlyToTheOrderTotal() {
        for (FulfillmentRequest order : ORDERS) {
            long shipped = alwaysShipping.fulfil(order).getShipments().stream().mapToLong(ShipmentReport::getAmount).sum();

            assertThat(shipped).as(order.getRequestId()).isEqualTo(order.getTotal());
        }
    }

    @Test
    void shippedQuantitiesAddUpToTheOrderedQuantityOfEverySku() {
        for (FulfillmentRequest order : ORDERS) {
            Map<String, Long> shipped = alwaysShipping.fulfil(order).getShipments().stream()
                    .flatMap(shipment -> shipment.getLines().stream())
                    .collect(groupingBy(ShippedLine::getSku, summingLong(ShippedLine::getQuantity)));

            assertThat(shipped).as(order.getRequestId()).isEqualTo(order.getLines().stream()
                    .collect(groupingBy(RequestedLine::getSku, summingLong(RequestedLine::getQuantity))));
        }
    }

    @Test
    void shipsSomethingInEveryShipment() {
        for (FulfillmentRequest order : ORDERS) {
            assertThat(alwaysShipping.fulfil(order).getShipments()).allSatisfy(shipment -> {
                assertThat(shipment.getLines()).isNotEmpty();
                assertThat(shipment.getLines()).allSatisfy(line -> assertThat(line.getQuantity()).isPositive());
            });
        }
    }

    @Test
    void pricesEachShipmentAtWhatItsUnitsAreWorth() {
        FulfillmentRequest order = Requests.of("r-1", line("MUG", 2, 1250), line("TEE", 3, 1999));

        List<ShipmentReport> shipments = alwaysShipping.fulfil(order).getShipments();

        Map<String, Long> unitPrice = Map.of("MUG", 1250L, "TEE", 1999L);
        assertThat(shipments).allSatisfy(shipment -> assertThat(shipment.getAmount()).isEqualTo(
                shipment.getLines().stream().mapToLong(l -> l.getQuantity() * unitPrice.get(l.getSku())).sum()));
    }

    @Test
    void numbersItsShipmentsAfterTheRequest() {
        FulfillmentResult result = alwaysShipping.fulfil(
                Requests.of("order-9/fulfillment", line("MUG", 5, 100), line("TEE", 5, 200)));

        List<String> expected = List.of("order-9/fulfillment-1", "order-9/fulfillment-2", "order-9/fulfillment-3");
        assertThat(result.getShipments()).extracting(ShipmentReport::getShipmentId)
                .isEqualTo(expected.subList(0, result.getShipments().size()));
    }

    @Test
    void shipsASingleUnitInOneShipment() {
        FulfillmentResult result = alwaysShipping.fulfil(Requests.of("r-single", line("MUG", 1, 1250)));

        assertThat(result.getShipments()).singleElement().satisfies(shipment -> {
            assertThat(shipment.getAmount()).isEqualTo(1250);
            assertThat(shipment.getLines()).containsExactly(new ShippedLine("MUG", 1));
        });
    }

    @Test
    void shipsHugeQuantitiesWithoutCountingUnitByUnit() {
        FulfillmentRequest order = Requests.of("r-huge", line("SCREW", 2_000_000_000, 3), line("NUT", 1_500_000_000, 2));

        FulfillmentResult result = alwaysShipping.fulfil(order);

        assertThat(result.getShipments().stream().mapToLong(ShipmentReport::getAmount).sum()).isEqualTo(order.getTotal());
    }

    @Test
    void reportsASuccessWithoutReason() {
        FulfillmentResult result = alwaysShipping.fulfil(ORDERS.getFirst());

        assertThat(result.getStatus()).isEqualTo(FulfillmentStatus.SUCCEEDED);
        assertThat(result.getReason()).isNull();
    }

    @Test
    void answersForTheRequestAndItsOrder() {
        FulfillmentRequest order = ORDERS.getFirst();

        FulfillmentResult result = alwaysShipping.fulfil(order);

        assertThat(result.getRequestId()).isEqualTo(order.getRequestId());
        assertThat(result.getOrderId()).isEqualTo(order.getOrderId());
    }

    @Test
    void datesItsAnswerAtTheRequestTimePlusTheWorkTime() {
        var slow = new Warehouse(new WarehouseSettings(42, 1.0, Duration.ofSeconds(2)));

        FulfillmentResult result = slow.fulfil(ORDERS.getFirst());

        assertThat(result.getCompletedAt()).isEqualTo(Requests.REQUESTED_AT.plusSeconds(2));
        assertThat(result.getShipments()).allSatisfy(shipment ->
                assertThat(shipment.getShippedAt()).isEqualTo(result.getCompletedAt()));
    }

    @Test
    void answersTheSameRequestIdenticallyEveryTime() {
        Warehouse warehouse = warehouse(42, 0.5);

        for (FulfillmentRequest order : ORDERS.subList(0, 200)) {
            assertThat(warehouse.fulfil(order)).isEqualTo(warehouse.fulfil(order));
        }
    }

    @Test
    void answersLikeAnyOtherInstanceWithTheSameSeed() {
        List<FulfillmentResult> first = ORDERS.stream().map(warehouse(42, 0.5)::fulfil).toList();
        List<FulfillmentResult> second = ORDERS.stream().map(warehouse(42, 0.5)::fulfil).toList();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void decidesOtherwiseWithAnotherSeed() {
        List<FulfillmentResult> seed42 = ORDERS.stream().map(warehouse(42, 0.5)::fulfil).toList();
        List<FulfillmentResult> seed43 = ORDERS.stream().map(warehouse(43, 0.5)::fulfil).toList();

        assertThat(seed43).isNotEqualTo(seed42);
    }

    @Test
    void decidesByTheRequestIdNotByTheOrderInWhichRequestsArrive() {
        Warehouse warehouse = warehouse(42, 0.5);
        FulfillmentRequest later = ORDERS.get(10);
        FulfillmentResult answeredAlone = warehouse.fulfil(later);

        ORDERS.subList(0, 10).forEach(warehouse::fulfil);

        assertThat(warehouse.fulfil(later)).isEqualTo(answeredAlone);
    }

    @Test
    void shipsAboutAsOftenAsItsSuccessRatioSays() {
        Warehouse warehouse = warehouse(42, 0.8);
        List<FulfillmentRequest> requests = Requests.varied(10_000);

        long succeeded = requests.stream()
                .filter(order -> warehouse.fulfil(order).getStatus() == FulfillmentStatus.SUCCEEDED).count();

        assertThat(succeeded / 10_000.0).isBetween(0.78, 0.82);
    }

    @Test
    void neverShipsWithASuccessRatioOfZero() {
        Warehouse warehouse = warehouse(42, 0.0);

        assertThat(ORDERS).allSatisfy(order ->
                assertThat(warehouse.fulfil(order).getStatus()).isEqualTo(FulfillmentStatus.FAILED));
    }

    @Test
    void alwaysShipsWithASuccessRatioOfOne() {
        assertThat(ORDERS).allSatisfy(order ->
                assertThat(alwaysShipping.fulfil(order).getStatus()).isEqualTo(FulfillmentStatus.SUCCEEDED));
    }

    @Test
    void failsWithOneOfItsReasonsAndShipsNothing() {
        Warehouse warehouse = warehouse(42, 0.0);

        List<FulfillmentResult> results = ORDERS.stream().map(warehouse::fulfil).toList();

        assertThat(results).allSatisfy(result -> assertThat(result.getShipments()).isEmpty());
        assertThat(results).extracting(FulfillmentResult::getReason).containsOnly(
                "out_of_stock", "warehouse_closed", "address_unreachable");
        assertThat(results.stream().map(FulfillmentResult::getReason).collect(Collectors.toSet())).hasSize(3);
    }

    @Test
    void failsARequestWhoseLinesDoNotAddUpToItsTotal() {
        FulfillmentResult result = alwaysShipping.fulfil(Requests.withTotal("r-odd", 999, line("MUG", 2, 1250)));

        assertThat(result.getStatus()).isEqualTo(FulfillmentStatus.FAILED);
        assertThat(result.getReason()).isEqualTo("invalid_request");
    }

    @Test
    void failsARequestWithoutLines() {
        FulfillmentResult result = alwaysShipping.fulfil(Requests.withTotal("r-empty", 0));

        assertThat(result.getReason()).isEqualTo("invalid_request");
    }

    @Test
    void failsARequestWithALineOfNoUnits() {
        FulfillmentResult result = alwaysShipping.fulfil(Requests.of("r-zero", line("MUG", 0, 1250), line("TEE", 1, 5)));

        assertThat(result.getReason()).isEqualTo("invalid_request");
    }

    @Test
    void failsARequestWhoseAmountsOverflow() {
        FulfillmentResult result = alwaysShipping.fulfil(
                Requests.withTotal("r-overflow", 1, line("GOLD", 3, Long.MAX_VALUE / 2)));

        assertThat(result.getReason()).isEqualTo("invalid_request");
    }

    @Test
    void shipsAFreeOrderAtNoCharge() {
        FulfillmentResult result = alwaysShipping.fulfil(Requests.of("r-free", line("SAMPLE", 3, 0)));

        assertThat(result.getStatus()).isEqualTo(FulfillmentStatus.SUCCEEDED);
        assertThat(result.getShipments()).allSatisfy(shipment -> assertThat(shipment.getAmount()).isZero());
    }

    @Test
    void knowsNoOtherReasons() {
        assertThat(Set.of(FailureReason.values())).extracting(FailureReason::code).containsExactlyInAnyOrder(
                "out_of_stock", "warehouse_closed", "address_unreachable", "invalid_request");
    }

    private static Warehouse warehouse(long seed, double successRatio) {
        return new Warehouse(new WarehouseSettings(seed, successRatio, Duration.ZERO));
    }

    private static long units(FulfillmentRequest order) {
        return order.getLines().stream().mapToLong(RequestedLine::getQuantity).sum();
    }
}
