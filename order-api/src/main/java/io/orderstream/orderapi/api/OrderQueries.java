package io.orderstream.orderapi.api;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.orderstream.orderapi.command.RejectionProblems;
import io.orderstream.orderapi.store.ListedOrders;
import io.orderstream.orderapi.store.OrderEventLog;
import io.orderstream.orderapi.store.OrderReadModel;
import io.orderstream.orderapi.view.EventHistory;
import io.orderstream.orderapi.view.OrderPage;
import io.orderstream.orderapi.view.OrderView;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.ProblemException;
import io.orderstream.platform.http.QueryParameters;
import java.sql.SQLException;

/** The reads of orders: one order, a customer's orders page by page, and an order's events. */
final class OrderQueries {

    private final OrderReadModel readModel;
    private final OrderEventLog events;

    OrderQueries(OrderReadModel readModel, OrderEventLog events) {
        this.readModel = readModel;
        this.events = events;
    }

    /** {@code GET /orders/{id}}. */
    void order(ServerRequest request, ServerResponse response) throws SQLException {
        Json.send(response, Status.OK_200, visibleOrder(PathIds.orderId(request)));
    }

    /** {@code GET /orders?customerEmail=…}: newest first, keyset-paginated. */
    void customerOrders(ServerRequest request, ServerResponse response) throws SQLException {
        ListedOrders page = readModel.list(ListingQuery.parse(QueryParameters.of(request)));
        Json.send(response, Status.OK_200,
                new OrderPage(page.orders(), page.next().map(ListingCursor::encode).orElse(null)));
    }

    /** {@code GET /orders/{id}/events}: only of an order the client may see. */
    void orderEvents(ServerRequest request, ServerResponse response) throws SQLException {
        String orderId = visibleOrder(PathIds.orderId(request)).id();
        Json.send(response, Status.OK_200, new EventHistory(events.history(orderId)));
    }

    private OrderView visibleOrder(String orderId) throws SQLException {
        return readModel.find(orderId).orElseThrow(() -> new ProblemException(RejectionProblems.orderNotFound(orderId)));
    }
}
