package io.orderstream.orderapi.store;

import io.orderstream.orderapi.access.Caller;
import io.orderstream.platform.consumer.Transactions;
import io.orderstream.schemas.merchant.Address;
import io.orderstream.schemas.merchant.Merchant;
import io.orderstream.schemas.merchant.PayoutAccount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Merchants in the read model, as projected from the compacted merchants topic: a record replaces the stored
 * merchant only when its version is higher. Also the claims that keep two changes of one merchant from producing
 * the same version.
 */
public final class MerchantStore {

    private static final String COLUMNS = """
            id, legal_name, country, address_line1, address_line2, postal_code, city, payout_holder, payout_iban,
            fee_basis_points, api_key_hash, version, created_at, updated_at""";
    private static final String UPSERT = "INSERT INTO merchants (" + COLUMNS + """
            ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                legal_name = EXCLUDED.legal_name, country = EXCLUDED.country, address_line1 = EXCLUDED.address_line1,
                address_line2 = EXCLUDED.address_line2, postal_code = EXCLUDED.postal_code, city = EXCLUDED.city,
                payout_holder = EXCLUDED.payout_holder, payout_iban = EXCLUDED.payout_iban,
                fee_basis_points = EXCLUDED.fee_basis_points, api_key_hash = EXCLUDED.api_key_hash,
                version = EXCLUDED.version, created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at
            WHERE merchants.version < EXCLUDED.version
            """;
    private static final String FIND = "SELECT " + COLUMNS + " FROM merchants WHERE id = ?";
    private static final String BY_KEY = "SELECT id, fee_basis_points FROM merchants WHERE api_key_hash = ?";
    private static final String VERSION = "SELECT version FROM merchants WHERE id = ?";
    private static final String CLAIM = """
            INSERT INTO merchant_claims (merchant_id, version, claimed_at) VALUES (?, ?, now())
            ON CONFLICT (merchant_id) DO UPDATE SET version = EXCLUDED.version, claimed_at = EXCLUDED.claimed_at
            WHERE merchant_claims.version < EXCLUDED.version
               OR merchant_claims.claimed_at < now() - make_interval(secs => ?)
            """;

    private final DataSource dataSource;

    public MerchantStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the merchants in their order, in the caller's transaction, each unless a newer version is stored. */
    public int applyAll(Connection connection, List<Merchant> merchants) throws SQLException {
        return Transactions.batch(connection, UPSERT, merchants, MerchantStore::bind);
    }

    public int applyAll(List<Merchant> merchants) throws SQLException {
        return Transactions.run(dataSource, connection -> applyAll(connection, merchants));
    }

    public Optional<Merchant> find(String merchantId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, merchantId);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(merchant(row)) : Optional.empty();
            }
        }
    }

    /** The merchant whose current API key has this SHA-256 (hex), as a caller. */
    public Optional<Caller.Merchant> callerByKeyHash(String keyHash) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement find = connection.prepareStatement(BY_KEY)) {
            find.setString(1, keyHash);
            try (ResultSet row = find.executeQuery()) {
                return row.next()
                        ? Optional.of(new Caller.Merchant(row.getString("id"), row.getInt("fee_basis_points")))
                        : Optional.empty();
            }
        }
    }

    /** The stored version of the merchant; 0 when it is not (yet) stored. */
    public long version(String merchantId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement find = connection.prepareStatement(VERSION)) {
            find.setString(1, merchantId);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? row.getLong("version") : 0;
            }
        }
    }

    /**
     * Claims the right to produce this version of the merchant: granted unless another request claimed it (or a
     * later one) less than {@code lease} ago.
     */
    public boolean claim(String merchantId, long version, Duration lease) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setString(1, merchantId);
            claim.setLong(2, version);
            claim.setDouble(3, lease.toMillis() / 1000.0);
            return claim.executeUpdate() == 1;
        }
    }

    private static void bind(PreparedStatement upsert, Merchant merchant) throws SQLException {
        Address address = merchant.getAddress();
        PayoutAccount account = merchant.getPayoutAccount();
        upsert.setString(1, merchant.getMerchantId());
        upsert.setString(2, merchant.getLegalName());
        upsert.setString(3, merchant.getCountry());
        upsert.setString(4, address.getLine1());
        upsert.setString(5, address.getLine2());
        upsert.setString(6, address.getPostalCode());
        upsert.setString(7, address.getCity());
        upsert.setString(8, account.getHolder());
        upsert.setString(9, account.getIban());
        upsert.setInt(10, merchant.getFeeBasisPoints());
        upsert.setString(11, merchant.getApiKeyHash());
        upsert.setLong(12, merchant.getVersion());
        upsert.setObject(13, utc(merchant.getCreatedAt()));
        upsert.setObject(14, utc(merchant.getUpdatedAt()));
    }

    private static Merchant merchant(ResultSet row) throws SQLException {
        return Merchant.newBuilder()
                .setMerchantId(row.getString("id"))
                .setLegalName(row.getString("legal_name"))
                .setCountry(row.getString("country"))
                .setAddress(new Address(row.getString("address_line1"), row.getString("address_line2"),
                        row.getString("postal_code"), row.getString("city")))
                .setPayoutAccount(new PayoutAccount(row.getString("payout_holder"), row.getString("payout_iban")))
                .setFeeBasisPoints(row.getInt("fee_basis_points"))
                .setApiKeyHash(row.getString("api_key_hash"))
                .setVersion(row.getLong("version"))
                .setCreatedAt(instant(row, "created_at"))
                .setUpdatedAt(instant(row, "updated_at"))
                .build();
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
