package kr.policy.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import kr.policy.client.api.AdministrationApi;
import kr.policy.client.api.CaseRegisterApi;
import kr.policy.client.api.EvaluationsApi;
import kr.policy.client.model.Channel;
import kr.policy.client.model.NewPermitCase;
import kr.policy.client.model.PermitCase;
import kr.policy.client.model.PermitType;
import kr.policy.client.model.ExportVoucherEvaluation;
import kr.policy.client.model.InvestmentTaxCreditEvaluation;
import kr.policy.client.model.NewKey;
import kr.policy.client.model.PermitTimeoutCase;
import kr.policy.client.model.PermitTimeoutEvaluation;
import kr.policy.client.model.RegulationReviewCase;
import kr.policy.client.model.RegulationReviewEvaluation;
import kr.policy.client.model.ReshoringCase;
import kr.policy.client.model.ReshoringSubsidyEvaluation;
import kr.policy.client.model.Role;
import kr.policy.client.model.StoredEvaluationView;
import kr.policy.client.model.TaxCreditCase;
import kr.policy.client.model.VoucherCase;
import org.junit.jupiter.api.Test;

/**
 * The Java client generated from the API document, used as a partner would against the running service: one example
 * case of each domain through its own operation, and a stored evaluation read back with a key made for it.
 */
class GeneratedClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ApiClient client(String key) {
        ApiClient c = new ApiClient();
        c.updateBaseUri(System.getProperty("service.url", "http://127.0.0.1:8080"));
        if (key != null) {
            c.setRequestInterceptor(b -> b.header("X-API-Key", key));
        }
        return c;
    }

    /** An example's input, read into the generated model (the client's own JSON settings). */
    private static <T> T example(ApiClient c, String file, Class<T> type) throws Exception {
        JsonNode input = JSON.readTree(Files.readString(Path.of(System.getProperty("examples.dir"), file))).get("input");
        return c.getObjectMapper().treeToValue(input, type);
    }

    @Test
    void eachDomainThroughItsOwnOperation() throws Exception {
        ApiClient c = client(null);
        EvaluationsApi api = new EvaluationsApi(c);
        PermitTimeoutEvaluation permit = api.evaluatePermitTimeout(
                example(c, "permit-timeout/01-deemed-processed-plan-missing.json", PermitTimeoutCase.class), null, null);
        assertEquals("DEEMED_PROCESSED", permit.getOutcome().getValue());
        assertNotNull(permit.getResult().getDeemedProcessedDate());
        RegulationReviewEvaluation review = api.evaluateRegulationReview(
                example(c, "regulation-review/02-firm-request-overdue.json", RegulationReviewCase.class), null, null);
        assertEquals("OVERDUE", review.getOutcome().getValue());
        ReshoringSubsidyEvaluation reshoring = api.evaluateReshoringSubsidy(example(c,
                "reshoring-subsidy/" + first("reshoring-subsidy", "ELIGIBLE"), ReshoringCase.class), null, null);
        assertEquals("ELIGIBLE", reshoring.getOutcome().getValue());
        ExportVoucherEvaluation voucher = api.evaluateExportVoucher(
                example(c, "export-voucher/13-new-market-success-from-2024.json", VoucherCase.class), null, null);
        assertEquals(54_000_000L, voucher.getResult().getGovernmentCapKrw());
        InvestmentTaxCreditEvaluation credit = api.evaluateInvestmentTaxCredit(
                example(c, "investment-tax-credit/04-2024-midsize-general-and-new-growth.json", TaxCreditCase.class),
                null, null);
        assertEquals(370_000_000L, credit.getResult().getCreditKrw());
        assertEquals("세액공제 3억 7,000만 원", credit.getHeadline());
    }

    @Test
    void aStoredEvaluationIsReadBackWithAKey() throws Exception {
        String admin = System.getProperty("service.adminKey");
        var created = new AdministrationApi(client(admin)).createApiKey(
                new NewKey().name("generated client").role(Role.PARTNER).organization("client-test"), null, null);
        String key = created.getKey();
        ApiClient c = client(key);
        EvaluationsApi api = new EvaluationsApi(c);
        InvestmentTaxCreditEvaluation credit = api.evaluateInvestmentTaxCredit(
                example(c, "investment-tax-credit/01-2023-sme-temporary-credit-only.json", TaxCreditCase.class), "en", null);
        UUID id = credit.getEvaluationId();
        assertNotNull(id);
        StoredEvaluationView stored = api.getStoredEvaluation(id);
        assertEquals("investment-tax-credit", stored.getDomain());
        assertEquals(credit.getRuleSetVersion(), stored.getRuleSetVersion());

        // a permit case registered and read back through the typed register operations
        CaseRegisterApi register = new CaseRegisterApi(c);
        PermitCase registered = register.createPermitCase(new NewPermitCase().title("공장 증설 인가").applicant("주식회사 가")
                .permittingAuthority("경기도").channel(Channel.SPECIAL_COMPLEX).permitType(PermitType.INDUSTRIAL_SITE)
                .committeeResolutionDate(java.time.LocalDate.parse("2024-02-20"))
                .requestDate(java.time.LocalDate.parse("2024-03-04")).externalReference("CLIENT-0001"), null,
                "client-retry-0001");
        assertNotNull(registered.getId());
        assertEquals("CLIENT-0001", registered.getExternalReference());
        // a retry with the same Idempotency-Key (contract §17) answers the same case, not a second one
        PermitCase retried = register.createPermitCase(new NewPermitCase().title("공장 증설 인가").applicant("주식회사 가")
                .permittingAuthority("경기도").channel(Channel.SPECIAL_COMPLEX).permitType(PermitType.INDUSTRIAL_SITE)
                .committeeResolutionDate(java.time.LocalDate.parse("2024-02-20"))
                .requestDate(java.time.LocalDate.parse("2024-03-04")).externalReference("CLIENT-0001"), null,
                "client-retry-0001");
        assertEquals(registered.getId(), retried.getId());
        assertEquals("2024-05-04", String.valueOf(register.getPermitCase(registered.getId(),
                java.time.LocalDate.parse("2024-05-10"), null)
                .getEvaluation().getResult().getDeemedProcessedDate()));
    }

    /** The first example of a domain with that outcome. */
    private static String first(String domain, String outcome) throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("examples.dir"), domain))) {
            for (Path f : files.sorted().toList()) {
                if (outcome.equals(JSON.readTree(f.toFile()).at("/expected/outcome").asText())) {
                    return f.getFileName().toString();
                }
            }
        }
        throw new IllegalStateException("no " + outcome + " example in " + domain);
    }
}
