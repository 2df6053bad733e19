package io.orderstream.orderapi.merchant;

/** The answer of {@code POST /merchants/{id}/api-keys}: the merchant's new key, shown this once. */
public record NewApiKey(String merchantId, String apiKey) {
}
