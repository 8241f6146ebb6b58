package kr.policy.checker.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kr.policy.checker.domain.region.Sido;
import kr.policy.checker.domain.reshoring.OverseasRestructuring;
import kr.policy.checker.domain.reshoring.ReturnType;
import kr.policy.checker.domain.reshoring.Technology;
import kr.policy.checker.domain.voucher.CompanySize;
import kr.policy.checker.domain.voucher.Sector;
import kr.policy.checker.domain.voucher.VoucherProgram;
import kr.policy.checker.engine.Language;
import kr.policy.checker.engine.Messages;

/** The questions of the two self-checks, in the order a firm answers them, and the form → JSON conversion. */
final class SelfCheckForm {
    record Question(String name, FormField.Kind kind, Class<? extends Enum<?>> options) {
    }

    static final Map<String, List<Question>> QUESTIONS = Map.of(
            "reshoring-subsidy", List.of(
                    q("technology", FormField.Kind.SELECT, Technology.class),
                    q("siteRegion", FormField.Kind.TEXT, null),
                    q("overseasYears", FormField.Kind.NUMBER, null),
                    q("koreanControlPercent", FormField.Kind.NUMBER, null),
                    q("overseasKsic", FormField.Kind.TEXT, null),
                    q("domesticKsic", FormField.Kind.TEXT, null),
                    q("overseasRestructuring", FormField.Kind.SELECT, OverseasRestructuring.class),
                    q("overseasReductionPercent", FormField.Kind.NUMBER, null),
                    q("returnType", FormField.Kind.SELECT, ReturnType.class),
                    q("foreignInvestmentSupportEndedOn", FormField.Kind.DATE, null),
                    q("requestedAmountKrw", FormField.Kind.NUMBER, null),
                    q("decisionDate", FormField.Kind.DATE, null)),
            "export-voucher", List.of(
                    q("program", FormField.Kind.SELECT, VoucherProgram.class),
                    q("companySize", FormField.Kind.SELECT, CompanySize.class),
                    q("priorYearExportsUsd", FormField.Kind.NUMBER, null),
                    q("annualSalesKrw", FormField.Kind.NUMBER, null),
                    q("sector", FormField.Kind.SELECT, Sector.class),
                    q("newMarketSuccess", FormField.Kind.CHECKBOX, null),
                    q("closedOrSuspended", FormField.Kind.CHECKBOX, null),
                    q("taxArrears", FormField.Kind.CHECKBOX, null),
                    q("subsidyFraud", FormField.Kind.CHECKBOX, null),
                    q("creditDefault", FormField.Kind.CHECKBOX, null),
                    q("alreadySelectedThisYear", FormField.Kind.CHECKBOX, null),
                    q("applicationDate", FormField.Kind.DATE, null)));

    private SelfCheckForm() {
    }

    private static Question q(String name, FormField.Kind kind, Class<? extends Enum<?>> options) {
        return new Question(name, kind, options);
    }

    /** The fields to show, with the values entered and any error by each. */
    static List<FormField> fields(String domain, Map<String, String> values, Map<String, String> errors,
                                  Map<String, String> texts, Messages ruleMessages, Language language) {
        return QUESTIONS.get(domain).stream().map(q -> new FormField(q.name(), q.kind(),
                options(q, values.get(q.name()), ruleMessages, language, texts), values.get(q.name()),
                errors.get(q.name()), texts.getOrDefault("field." + q.name(), q.name()),
                texts.getOrDefault("help." + q.name(), ""))).toList();
    }

    private static List<FormField.Option> options(Question q, String value, Messages messages, Language language,
                                                  Map<String, String> texts) {
        if (q.options() == null) {
            return List.of();
        }
        List<FormField.Option> out = new java.util.ArrayList<>();
        out.add(new FormField.Option("", texts.get("form.choose"), value == null || value.isEmpty()));
        Arrays.stream(q.options().getEnumConstants()).forEach(e -> out.add(new FormField.Option(e.name(),
                messages.label(language, e), e.name().equals(value))));
        return out;
    }

    /** Form values → the case JSON: blanks left out, numbers as numbers (else as text, for the reader to refuse). */
    static ObjectNode toCase(String domain, Map<String, String> values, ObjectMapper json) {
        ObjectNode node = json.createObjectNode();
        for (Question q : QUESTIONS.get(domain)) {
            String v = values.get(q.name());
            if (q.kind() == FormField.Kind.CHECKBOX) {
                if (v != null) {
                    node.put(q.name(), true);
                }
                continue;
            }
            if (v == null || v.isBlank()) {
                continue;
            }
            String text = v.strip();
            if (q.kind() == FormField.Kind.NUMBER) {
                try {
                    BigDecimal n = new BigDecimal(text.replace(",", ""));
                    if (n.stripTrailingZeros().scale() <= 0) {
                        node.put(q.name(), n.toBigIntegerExact());
                    } else {
                        node.put(q.name(), n);
                    }
                } catch (NumberFormatException | ArithmeticException notANumber) {
                    node.put(q.name(), text);
                }
            } else {
                node.put(q.name(), text);
            }
        }
        return node;
    }

    /** The 17 시·도 for the region field's suggestions. */
    static List<String> regions() {
        return Arrays.stream(Sido.values()).map(Sido::fullName).toList();
    }
}
