package io.orderstream.orderapi.api;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.orderstream.orderapi.access.Caller;
import io.orderstream.orderapi.access.Callers;
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

/**
 * The reads of orders: one order, a customer's orders page by page, and an order's events; each only of the
 * caller's orders (a merchant's own, or the shop's orders without a merchant): any other is {@code order_not_found}.
 */
final class OrderQueries {

    private final OrderReadModel readModel;
    private final OrderEventLog events;
    private final Callers callers;

    OrderQueries(OrderReadModel readModel, OrderEventLog events, Callers callers) {
        this.readModel = readModel;
        this.events = events;
        this.callers = callers;
    }

    /** {@code GET /orders/{id}}. */
    void order(ServerRequest request, ServerResponse response) throws SQLException {
        Caller caller = callers.identify(request);
        Json.send(response, Status.OK_200, visibleOrder(caller, PathIds.orderId(request)));
    }

    /** {@code GET /orders?customerEmail=…}: newest first, keyset-paginated. */
    void customerOrders(ServerRequest request, ServerResponse response) throws SQLException {
        Caller caller = callers.identify(request);
        ListedOrders page = readModel.list(caller.merchantId(), ListingQuery.parse(QueryParameters.of(request)));
        Json.send(response, Status.OK_200,
                new OrderPage(page.orders(), page.next().map(ListingCursor::encode).orElse(null)));
    }

    /** {@code GET /orders/{id}/events}: only of an order the client may see. */
    void orderEvents(ServerRequest request, ServerResponse response) throws SQLException {
        Caller caller = callers.identify(request);
        String orderId = visibleOrder(caller, PathIds.orderId(request)).id();
        Json.send(response, Status.OK_200, new EventHistory(events.history(orderId)));
    }

    private OrderView visibleOrder(Caller caller, String orderId) throws SQLException {
        return readModel.find(orderId, caller.merchantId()).orElseThrow(() -> new ProblemException(RejectionProblems.orderNotFound(orderId)));
    }
}
