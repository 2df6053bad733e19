package io.orderstream.billing.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/** The month an invoice bills and a billing run charges, written {@code 2026-12}. */
public record Period(YearMonth month) implements Comparable<Period> {

    private static final Pattern TEXT = Pattern.compile("\\d{4}-\\d{2}");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM");

    /** The period a text names, or empty when it is not {@code YYYY-MM} with a month 01..12 of a year from 2000. */
    public static Optional<Period> parse(String text) {
        if (text == null || !TEXT.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            YearMonth month = YearMonth.parse(text, FORMAT);
            return month.getYear() < 2000 ? Optional.empty() : Optional.of(new Period(month));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public static Period of(int year, int month) {
        return new Period(YearMonth.of(year, month));
    }

    /** The period the instant falls in, read in the zone. */
    public static Period containing(Instant instant, ZoneId zone) {
        return new Period(YearMonth.from(instant.atZone(zone)));
    }

    /** 00:00 on the 1st of the month in the zone: when its run starts by itself. */
    public Instant start(ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    public Period next() {
        return new Period(month.plusMonths(1));
    }

    @Override
    public int compareTo(Period other) {
        return month.compareTo(other.month);
    }

    @Override
    public String toString() {
        return month.format(FORMAT);
    }
}
