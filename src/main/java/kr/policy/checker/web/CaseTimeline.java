package kr.policy.checker.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import kr.policy.checker.calendar.Period;
import kr.policy.checker.text.Language;
import kr.policy.checker.text.Messages;

/**
 * A case's dates as a clerk reads them, top to bottom: what was recorded (the case's own dates: request, plan
 * submitted, result notified, …), what the law makes of them (the answer's dates: plan due, result due, the time-out's
 * expiry, the deemed date, a review's due date) and today. Drawn as plain SVG by the page, with the same rows as a
 * table for screen readers and print. A deadline reads in greyscale too: its shape and its words say whether it has
 * passed or is coming, not only its colour. Field names never show: every date is labelled in the domain's words
 * ({@code page.field.<name>} for the case's dates, {@code page.date.<name>} for the answer's).
 */
final class CaseTimeline {
    static final int ROW = 34;
    static final int TOP = 14;

    /** One date: what it is, its kind (RECORDED, MET, MISSED, PASSED, TODAY, COMING, NOW) and its place. */
    @TemplateData
    record Point(String date, String label, String kind, String status, int y, boolean today, String moved) {
    }

    @TemplateData
    record Timeline(List<Point> points, int height, String title) {
    }

    private CaseTimeline() {
    }

    static Timeline of(JsonNode facts, JsonNode result, LocalDate today, Messages words, Language language,
                       Map<String, String> texts, Map<String, String> metBy, List<Period> periods) {
        record Dated(LocalDate date, String label, String kind, String moved) {
        }
        List<Dated> dated = new ArrayList<>();
        facts.fields().forEachRemaining(f -> {
            LocalDate d = date(f.getValue());
            if (d != null && !f.getKey().equals("asOf")) {
                dated.add(new Dated(d, label(words, language, "page.field." + f.getKey(), texts), "RECORDED", null));
            }
        });
        result.fields().forEachRemaining(f -> {
            LocalDate d = date(f.getValue());
            if (d != null) {
                dated.add(new Dated(d, label(words, language, "page.date." + f.getKey(), texts),
                        state(f.getKey(), d, facts, metBy, today), moved(d, periods, language, texts)));
            }
        });
        dated.add(new Dated(today, texts.get("clerk.timeline.today"), "NOW", null));
        dated.sort(Comparator.comparing(Dated::date).thenComparing(d -> d.kind().equals("NOW") ? 1 : 0));
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < dated.size(); i++) {
            Dated d = dated.get(i);
            points.add(new Point(d.date().toString(), d.label(), d.kind(),
                    texts.get("clerk.date." + d.kind()), TOP + i * ROW, d.kind().equals("NOW"), d.moved()));
        }
        return new Timeline(points, TOP * 2 + (points.size() - 1) * ROW, texts.get("clerk.timeline.title"));
    }

    /**
     * A date of the answer: a deadline that the case's own date meets is MET or MISSED once that date is known (or,
     * unmet, once it has passed); any other date has PASSED, falls TODAY or is COMING.
     */
    static String state(String field, LocalDate date, JsonNode facts, Map<String, String> metBy, LocalDate today) {
        String by = metBy.get(field);
        if (by != null) {
            LocalDate done = date(facts.get(by));
            if (done != null) {
                return done.isAfter(date) ? "MISSED" : "MET";
            }
            if (date.isBefore(today)) {
                return "MISSED";
            }
        }
        return date.isBefore(today) ? "PASSED" : date.isEqual(today) ? "TODAY" : "COMING";
    }

    /**
     * "원래 2024-05-04, 어린이날 · 대체공휴일로 옮겨짐" when the date is the last day (or the day after the last day) of a period
     * the rules counted whose last day fell on days off and moved (민법 제161조); null otherwise.
     */
    static String moved(LocalDate date, List<Period> periods, Language language, Map<String, String> texts) {
        for (Period p : periods) {
            if (p.skippedDays().isEmpty() || p.convention() != kr.policy.checker.calendar.Convention.CIVIL) {
                continue;
            }
            LocalDate original = p.skippedDays().get(0).date();
            if (date.equals(p.expiryDate()) || date.equals(p.dayAfterExpiry())) {
                LocalDate would = date.equals(p.expiryDate()) ? original : original.plusDays(1);
                String why = p.skippedDays().stream()
                        .map(k -> language == Language.KO ? k.name() : k.nameEn()).distinct()
                        .collect(java.util.stream.Collectors.joining(" · "));
                return texts.get("clerk.moved").replace("{date}", would.toString()).replace("{why}", why);
            }
        }
        return null;
    }

    /** The domain's word for a date, or the page's own word; never the field's name. */
    private static String label(Messages words, Language language, String key, Map<String, String> texts) {
        String text = words.text(language, key);
        return text != null ? text : texts.getOrDefault("clerk.date.unnamed", "");
    }

    static LocalDate date(JsonNode value) {
        if (value == null || !value.isTextual() || value.asText().length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
