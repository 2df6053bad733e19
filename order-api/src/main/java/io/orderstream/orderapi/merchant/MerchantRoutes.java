package io.orderstream.orderapi.merchant;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.orderstream.orderapi.access.Callers;
import io.orderstream.orderapi.store.MerchantStore;
import io.orderstream.orderapi.store.PayoutStore;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.ProblemException;
import io.orderstream.platform.limits.TextChecks;
import io.orderstream.schemas.merchant.Merchant;
import java.sql.SQLException;
import java.util.List;

/**
 * The merchant endpoints: create, read, change and rotate the key of a merchant (the operator's), and a merchant's
 * payouts (the operator's or the merchant's own). Access is checked before the body is read.
 */
public final class MerchantRoutes {

    private final MerchantChanges changes;
    private final MerchantStore merchants;
    private final PayoutStore payouts;
    private final MerchantAccess access;

    public MerchantRoutes(MerchantChanges changes, MerchantStore merchants, PayoutStore payouts, AdminToken admin,
                          Callers callers) {
        this.changes = changes;
        this.merchants = merchants;
        this.payouts = payouts;
        this.access = new MerchantAccess(admin, callers);
    }

    public void register(HttpRouting.Builder routing) {
        routing.post("/merchants", this::create)
                .get("/merchants/{id}", this::read)
                .patch("/merchants/{id}", this::patch)
                .post("/merchants/{id}/api-keys", this::rotateKey)
                .get("/merchants/{id}/payouts", this::payouts);
    }

    /** {@code POST /merchants}: 201 with the merchant and its API key, shown this once. */
    void create(ServerRequest request, ServerResponse response) throws SQLException {
        access.requireAdmin(request);
        MerchantBody body = Json.read(request, MerchantBody.class);
        requireValid(MerchantValidation.ofNew(body));
        CreatedMerchant created = changes.create(body);
        response.header(HeaderNames.LOCATION, "/merchants/" + created.merchant().id());
        Json.send(response, Status.CREATED_201, created);
    }

    /** {@code GET /merchants/{id}}. */
    void read(ServerRequest request, ServerResponse response) throws SQLException {
        String merchantId = merchantId(request);
        access.requireAdminOrSelf(request, merchantId);
        Json.send(response, Status.OK_200, MerchantView.of(existing(merchantId)));
    }

    /** {@code PATCH /merchants/{id}}: the fields given replace the merchant's; one version more. */
    void patch(ServerRequest request, ServerResponse response) throws SQLException {
        access.requireAdmin(request);
        String merchantId = merchantId(request);
        MerchantBody body = Json.read(request, MerchantBody.class);
        requireValid(MerchantValidation.ofChanges(body));
        Merchant merchant = MerchantFields.isEmpty(body) ? existing(merchantId)
                : changes.change(merchantId, builder -> MerchantFields.applied(builder, body));
        Json.send(response, Status.OK_200, MerchantView.of(merchant));
    }

    /** {@code POST /merchants/{id}/api-keys}: a new key; the old one answers 401 from the moment this answers. */
    void rotateKey(ServerRequest request, ServerResponse response) throws SQLException {
        access.requireAdmin(request);
        String merchantId = merchantId(request);
        String apiKey = ApiKeys.generate();
        changes.change(merchantId, builder -> builder.setApiKeyHash(ApiKeys.hash(apiKey)));
        Json.send(response, Status.CREATED_201, new NewApiKey(merchantId, apiKey));
    }

    /** {@code GET /merchants/{id}/payouts}. */
    void payouts(ServerRequest request, ServerResponse response) throws SQLException {
        String merchantId = merchantId(request);
        access.requireAdminOrSelf(request, merchantId);
        existing(merchantId);
        Json.send(response, Status.OK_200,
                new PayoutListing(merchantId, payouts.list(merchantId), payouts.totals(merchantId)));
    }

    private Merchant existing(String merchantId) throws SQLException {
        return merchants.find(merchantId)
                .orElseThrow(() -> new ProblemException(MerchantProblems.merchantNotFound(merchantId)));
    }

    /** A merchant id has the id shape (a UUID): any other text names no merchant. */
    private static String merchantId(ServerRequest request) {
        String id = request.path().pathParameters().get("id");
        if (!TextChecks.isId(id)) {
            throw new ProblemException(MerchantProblems.merchantNotFound("with this id"));
        }
        return id;
    }

    private static void requireValid(List<io.orderstream.platform.http.Problem.FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ProblemException(MerchantProblems.invalidFields(problems));
        }
    }
}
