package io.orderstream.orderapi.merchant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** The answer of {@code POST /merchants}: the merchant and its API key, shown this once. */
public record CreatedMerchant(@JsonUnwrapped MerchantView merchant, String apiKey) {
}
