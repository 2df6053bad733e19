package io.orderstream.orderapi;

import io.orderstream.platform.consumer.ConsumerLoop;
import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.Topic;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.schemas.order.ApplyPayment;
import io.orderstream.schemas.order.CancelOrder;
import io.orderstream.schemas.order.CommandOutcome;
import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.CreateOrder;
import io.orderstream.schemas.order.OrderCancelled;
import io.orderstream.schemas.order.OrderCommand;
import io.orderstream.schemas.order.OrderCreated;
import io.orderstream.schemas.order.OrderEvent;
import io.orderstream.schemas.order.OrderPaid;
import io.orderstream.schemas.order.OrderRejected;
import io.orderstream.schemas.order.OrderState;
import io.orderstream.schemas.order.OrderStatus;
import io.orderstream.schemas.order.Payment;
import io.orderstream.schemas.order.PaymentApplied;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays the order-processor on the real topics, naively: every command is accepted, with its snapshot on
 * orders.state, its events on orders.events and its result on orders.command-results. A create-and-pay
 * waits until the test captures or declines its charge. The real processor is tested in system-tests.
 */
public final class ScriptedOrderProcessor implements AutoCloseable {

    private final KafkaSettings settings;
    private final Producer<String, OrderState> states;
    private final Producer<String, OrderEvent> events;
    private final Producer<String, CommandResult> results;
    private final ConsumerLoop commands;
    private final Map<String, OrderState> orders = new ConcurrentHashMap<>();
    private final Map<String, OrderCommand> chargesPending = new ConcurrentHashMap<>();

    public ScriptedOrderProcessor(KafkaSettings settings) {
        this.settings = settings;
        AvroSerdes serdes = AvroSerdes.registry(settings);
        this.states = producer(settings, serdes, TopicCatalog.ORDER_STATE);
        this.events = producer(settings, serdes, TopicCatalog.ORDER_EVENTS);
        this.results = producer(settings, serdes, TopicCatalog.ORDER_COMMAND_RESULTS);
        var consumer = new KafkaConsumer<>(KafkaClientConfigs.consumer(settings, "test-processor"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(settings.prefixed(TopicCatalog.ORDER_COMMANDS.name())));
        Deserializer<OrderCommand> commands = serdes.valueSerde(TopicCatalog.ORDER_COMMANDS).deserializer();
        this.commands = ConsumerLoop.start("test-processor", consumer, (records, attempt) -> {
            records.forEach(r -> decide(commands.deserialize(r.topic(), r.headers(), r.value())));
            consumer.commitSync();
        });
    }

    /** Publishes a snapshot as the processor does after every change. */
    public void publish(OrderState state) {
        send(states, TopicCatalog.ORDER_STATE, state.getOrderId(), state);
    }

    /** Captures the charge of the create-and-pay order: it is paid and answered ACCEPTED. */
    public void captureCharge(String orderId) {
        OrderCommand command = chargesPending.remove(orderId);
        OrderState order = orders.get(orderId);
        OrderState paid = change(order, OrderStatus.IN_FULFILLMENT, order.getTotal(),
                List.of(new Payment("charge-1", order.getTotal(), Instant.now())));
        record(command, paid, new PaymentApplied("charge-1", order.getTotal()), new OrderPaid(order.getTotal()));
        answer(command, CommandOutcome.ACCEPTED, null, paid);
    }

    /** Declines the charge of the create-and-pay order: it is rejected, for ever hidden. */
    public void declineCharge(String orderId) {
        OrderCommand command = chargesPending.remove(orderId);
        OrderState rejected = change(orders.get(orderId), OrderStatus.REJECTED, 0, List.of());
        record(command, rejected, new OrderRejected("payment_declined", "card_declined"));
        answer(command, CommandOutcome.REJECTED, "payment_declined", rejected);
    }

    public boolean hasChargePending(String orderId) {
        return chargesPending.containsKey(orderId);
    }

    private void decide(OrderCommand command) {
        switch (command.getPayload()) {
            case CreateOrder create -> create(command, create);
            case ApplyPayment pay -> pay(command, pay);
            case CancelOrder cancel -> {
                OrderState cancelled = change(orders.get(command.getOrderId()), OrderStatus.CANCELLED, 0, List.of());
                record(command, cancelled, new OrderCancelled(cancel.getReason()));
                answer(command, CommandOutcome.ACCEPTED, null, cancelled);
            }
            default -> throw new IllegalArgumentException("unexpected " + command.getPayload());
        }
    }

    private void create(OrderCommand command, CreateOrder create) {
        long total = create.getLines().stream().mapToLong(line -> line.getQuantity() * line.getUnitPrice()).sum();
        OrderState order = OrderStates.created(command.getOrderId())
                .setCustomerEmail(create.getCustomerEmail())
                .setCurrency(create.getCurrency())
                .setLines(create.getLines())
                .setTotal(total)
                .setBalanceDue(total)
                .setStatus(create.getPayNow() ? OrderStatus.PENDING_PAYMENT : OrderStatus.CREATED)
                .setCreatedAt(Instant.now())
                .build();
        record(command, order, new OrderCreated(create.getCustomerEmail(), create.getCurrency(), create.getLines(),
                total, create.getPayNow()));
        if (create.getPayNow()) {
            chargesPending.put(command.getOrderId(), command);
        } else {
            answer(command, CommandOutcome.ACCEPTED, null, order);
        }
    }

    private void pay(OrderCommand command, ApplyPayment pay) {
        OrderState order = orders.get(command.getOrderId());
        List<Payment> payments = new ArrayList<>(order.getPayments());
        payments.add(new Payment(pay.getPaymentId(), pay.getAmount(), Instant.now()));
        OrderState paid = change(order, order.getStatus(), order.getPaid() + pay.getAmount(), payments);
        record(command, paid, new PaymentApplied(pay.getPaymentId(), pay.getAmount()));
        answer(command, CommandOutcome.ACCEPTED, null, paid);
    }

    private static OrderState change(OrderState order, OrderStatus status, long paid, List<Payment> payments) {
        return OrderState.newBuilder(order).setStatus(status).setPaid(paid).setBalanceDue(order.getTotal() - paid)
                .setPayments(payments).setUpdatedAt(Instant.now()).build();
    }

    /** Appends the events to the order, then publishes them and the new snapshot. */
    private void record(OrderCommand cause, OrderState order, SpecificRecord... payloads) {
        long version = order.getVersion() - (orders.containsKey(order.getOrderId()) ? 0 : 1);
        for (SpecificRecord payload : payloads) {
            version++;
            send(events, TopicCatalog.ORDER_EVENTS, order.getOrderId(), OrderEvent.newBuilder()
                    .setEventId(order.getOrderId() + "/" + version).setOrderId(order.getOrderId())
                    .setVersion(version).setOccurredAt(Instant.now()).setCausationId(cause.getCommandId())
                    .setPayload(payload).build());
        }
        OrderState stored = OrderState.newBuilder(order).setVersion(version).build();
        orders.put(order.getOrderId(), stored);
        publish(stored);
    }

    private void answer(OrderCommand command, CommandOutcome outcome, String errorCode, OrderState order) {
        send(results, TopicCatalog.ORDER_COMMAND_RESULTS, command.getOrderId(), CommandResult.newBuilder()
                .setCommandId(command.getCommandId())
                .setOrderId(command.getOrderId())
                .setOutcome(outcome)
                .setErrorCode(errorCode)
                .setOrder(orders.get(order.getOrderId()))
                .setProcessedAt(Instant.now())
                .build());
    }

    private static <V extends SpecificRecord> Producer<String, V> producer(KafkaSettings settings, AvroSerdes serdes,
                                                                           Topic<V> topic) {
        return new KafkaProducer<>(KafkaClientConfigs.producer(settings, "test-processor-" + topic.name()),
                new StringSerializer(), serdes.valueSerde(topic).serializer());
    }

    /** Sent and flushed: a snapshot, its events and the result are on their topics in this order. */
    private <V extends SpecificRecord> void send(Producer<String, V> producer, Topic<V> topic, String key, V value) {
        producer.send(new ProducerRecord<>(settings.prefixed(topic.name()), key, value));
        producer.flush();
    }

    @Override
    public void close() {
        commands.close();
        states.close();
        events.close();
        results.close();
    }
}
