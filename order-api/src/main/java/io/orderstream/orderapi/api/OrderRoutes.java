package io.orderstream.orderapi.api;

import io.helidon.webserver.http.HttpRouting;
import io.orderstream.orderapi.access.Callers;
import io.orderstream.orderapi.command.CommandNotSentException;
import io.orderstream.orderapi.execution.CommandExecutor;
import io.orderstream.orderapi.store.CommandLog;
import io.orderstream.orderapi.store.InvoiceNumbers;
import io.orderstream.orderapi.store.OrderEventLog;
import io.orderstream.orderapi.store.OrderReadModel;
import io.orderstream.platform.http.ProblemResponses;
import java.lang.System.Logger.Level;
import java.sql.SQLException;

/** Every endpoint of the order-api, and the problems of its failing dependencies (503). */
public final class OrderRoutes {

    private static final System.Logger LOG = System.getLogger(OrderRoutes.class.getName());

    private final CreateOrderHandler createOrder;
    private final PayOrderHandler payOrder;
    private final CancelHandler cancelOrder;
    private final RecordShipmentHandler recordShipment;
    private final CancelHandler cancelRemainder;
    private final OrderQueries orders;
    private final CommandQueries commands;

    public OrderRoutes(CommandExecutor executor, OrderReadModel readModel, OrderEventLog events,
                       CommandLog commandLog, InvoiceNumbers invoiceNumbers, Callers callers) {
        this.createOrder = new CreateOrderHandler(executor, callers);
        this.payOrder = new PayOrderHandler(executor, callers);
        this.cancelOrder = CancelHandler.order(executor, callers);
        this.recordShipment = new RecordShipmentHandler(executor, callers, invoiceNumbers);
        this.cancelRemainder = CancelHandler.remainder(executor, callers);
        this.orders = new OrderQueries(readModel, events, callers);
        this.commands = new CommandQueries(commandLog, callers);
    }

    public void register(HttpRouting.Builder routing) {
        routing.post("/orders", createOrder)
                .get("/orders", orders::customerOrders)
                .get("/orders/{id}", orders::order)
                .get("/orders/{id}/events", orders::orderEvents)
                .post("/orders/{id}/payments", payOrder)
                .post("/orders/{id}/cancel", cancelOrder)
                .post("/orders/{id}/shipments", recordShipment)
                .post("/orders/{id}/cancel-remainder", cancelRemainder)
                .get("/commands/{id}", commands::command)
                .error(SQLException.class, (request, response, e) -> {
                    LOG.log(Level.ERROR, "database failure on " + request.path().path(), e);
                    ProblemResponses.send(response, OrderProblems.unavailable("The order store is unavailable."));
                })
                .error(CommandNotSentException.class, (request, response, e) -> {
                    LOG.log(Level.ERROR, "command not sent on " + request.path().path(), e);
                    ProblemResponses.send(response, OrderProblems.unavailable("Orders cannot be changed now."));
                });
    }
}
