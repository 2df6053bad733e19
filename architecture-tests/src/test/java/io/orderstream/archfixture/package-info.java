/**
 * Classes that break (or keep) the house rules on purpose, for {@code HouseRulesSelfTest}: test code, so the real
 * check of the modules never sees them.
 */
package io.orderstream.archfixture;
