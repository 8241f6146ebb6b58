package kr.policy.checker.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.policy.checker.api.CaseImports;
import kr.policy.checker.problem.FieldError;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ServiceMessages;
import kr.policy.checker.register.RegisterKind;
import kr.policy.checker.security.ClerkUsers;
import kr.policy.checker.security.Principal;
import kr.policy.checker.text.Language;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Contract §17's clerk page: a CSV template with the Korean column titles, an upload previewed as a dry run (each
 * row's status, the cells with errors marked and the errors in words), then the import and a summary linking to the
 * new cases. The rows go through the same import as the API (CaseImports), so a page import is judged and audited as
 * single POSTs are.
 */
@Path("/clerk/cases/import")
@Produces(MediaType.TEXT_HTML)
public class ClerkImportPagesResource {
    @Inject SecurityIdentity identity;
    @Inject ClerkUsers clerks;
    @Inject CaseImports imports;
    @Inject PageFrame frame;
    @Inject @Location("clerk-import.html") Template page;

    /** A cell of the preview: its text and, when the row's error names its field, that error. */
    @io.quarkus.qute.TemplateData
    public record Cell(String value, String error) {
    }

    /** A row of the preview or summary. */
    @io.quarkus.qute.TemplateData
    public record PreviewRow(int row, String status, String statusLabel, String id, String title, List<Cell> cells,
                             List<String> otherErrors) {
    }

    @GET
    public TemplateInstance form(@QueryParam("kind") String kind, @QueryParam("lang") String lang,
                                 @HeaderParam("Accept-Language") String accept) {
        Language language = PageFrame.language(lang, accept);
        return base(kindOf(kind), language);
    }

    /** The template: the Korean column titles of the register's fields and one example row, UTF-8 with a BOM. */
    @GET
    @Path("template.csv")
    @Produces("text/csv")
    public Response template(@QueryParam("kind") String kind) throws IOException {
        RegisterKind k = kindOf(kind);
        Map<String, String> titles = imports.titles(k, Language.KO);
        CsvSchema.Builder schema = CsvSchema.builder();
        titles.values().forEach(schema::addColumn);
        Map<String, String> example = new LinkedHashMap<>();
        Map<String, String> values = example(k);
        titles.forEach((field, title) -> example.put(title, values.getOrDefault(field, "")));
        String body = "\uFEFF" + new CsvMapper().writer(schema.build().withHeader()).writeValueAsString(List.of(example));
        return Response.ok(body.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + k.name().toLowerCase() + ".csv\"")
                .build();
    }

    /** One filled-in row of the template: a case that is valid on the register's own terms. */
    private static Map<String, String> example(RegisterKind kind) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("externalReference", kind == RegisterKind.PERMIT_CASES ? "PT-2024-0001" : "RR-2024-0001");
        v.put("applicant", "(주)한빛반도체");
        if (kind == RegisterKind.PERMIT_CASES) {
            v.put("title", "반도체 특화단지 공장 설립");
            v.put("permittingAuthority", "평택시장");
            v.put("channel", "SPECIAL_COMPLEX");
            v.put("permitType", "FACTORY_ESTABLISHMENT");
            v.put("committeeResolutionDate", "2024-02-20");
            v.put("requestDate", "2024-04-20");
        } else {
            v.put("title", "공장 입지 규제 검토");
            v.put("permittingAuthority", "산업통상자원부");
            v.put("track", "FIRM_REQUEST");
            v.put("startDate", "2024-04-22");
        }
        return v;
    }

    /** The uploaded file judged as a dry run: nothing is stored. */
    @POST
    @Path("preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response preview(@RestForm String kind, @RestForm("file") FileUpload file, @QueryParam("lang") String lang,
                            @HeaderParam("Accept-Language") String accept) throws IOException {
        Language language = PageFrame.language(lang, accept);
        RegisterKind k = kindOf(kind);
        byte[] content = file == null || file.size() == 0 ? new byte[0] : Files.readAllBytes(file.uploadedFile());
        return run(k, content, true, language);
    }

    /** The previewed file (carried by the preview page) imported. */
    @POST
    @Path("run")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestForm String kind, @RestForm String csv, @QueryParam("lang") String lang,
                               @HeaderParam("Accept-Language") String accept) {
        Language language = PageFrame.language(lang, accept);
        return run(kindOf(kind), csv == null ? new byte[0] : csv.getBytes(StandardCharsets.UTF_8), false, language);
    }

    private Response run(RegisterKind kind, byte[] content, boolean dryRun, Language language) {
        Map<String, String> t = PageTexts.of(language);
        if (content.length == 0) {
            return Response.status(400).entity(base(kind, language).data("error", t.get("import.noFile"))).build();
        }
        Principal clerk = clerks.principal(identity.getPrincipal().getName());
        List<JsonNode> rows;
        try {
            rows = imports.fromCsv(kind, content, language);
        } catch (ProblemException e) {
            return Response.status(e.type().status()).entity(base(kind, language).data("error", refusal(e, language)))
                    .build();
        }
        CaseImports.ImportAnswer answer = imports.run(kind, rows, clerk, dryRun, language);
        Map<String, String> titles = imports.titles(kind, language);
        Set<String> used = new LinkedHashSet<>();
        titles.keySet().forEach(f -> rows.forEach(r -> {
            if (r.has(f)) {
                used.add(f);
            }
        }));
        List<PreviewRow> out = new ArrayList<>();
        for (CaseImports.ImportRow result : answer.rows()) {
            JsonNode row = rows.get(result.row() - 1);
            Map<String, String> errors = new LinkedHashMap<>();
            List<String> other = new ArrayList<>();
            for (CaseImports.ImportRowError e : result.errors()) {
                if (e.field() != null && used.contains(e.field())) {
                    errors.merge(e.field(), e.detail(), (a, b) -> a + " " + b);
                } else {
                    other.add(e.field() == null ? e.detail()
                            : titles.getOrDefault(e.field(), e.field()) + ": " + e.detail());
                }
            }
            List<Cell> cells = used.stream().map(f -> new Cell(row.has(f) ? row.get(f).asText() : "",
                    errors.get(f))).toList();
            out.add(new PreviewRow(result.row(), result.status(), t.get("import.status." + result.status()),
                    result.id(), row.path("title").asText(""), cells, other));
        }
        TemplateInstance view = base(kind, language)
                .data("columns", used.stream().map(titles::get).toList())
                .data("counts", t.get(dryRun ? "import.previewCounts" : "import.doneCounts")
                        .replace("{0}", String.valueOf(answer.created()))
                        .replace("{1}", String.valueOf(answer.refused()))
                        .replace("{2}", String.valueOf(answer.duplicates())));
        if (dryRun) {
            view.data("preview", out).data("csv", new String(content, StandardCharsets.UTF_8))
                    .data("importable", answer.created() > 0);
        } else {
            view.data("summary", out);
        }
        return Response.ok(view).build();
    }

    private static String refusal(ProblemException e, Language language) {
        var p = ServiceMessages.problem(e, language);
        StringBuilder s = new StringBuilder(p.detail() == null ? p.title() : p.detail());
        if (e.errors() != null) {
            for (Object o : e.errors()) {
                if (o instanceof FieldError f) {
                    s.append(" ").append(f.field()).append(": ").append(f.message());
                }
            }
        }
        return s.toString();
    }

    private TemplateInstance base(RegisterKind kind, Language language) {
        return frame.page(page, language, "/clerk/cases/import?kind=" + kind.name()).data("kind", kind.name())
                .data("heading", PageTexts.of(language).get("import.heading." + kind.name()))
                .data("error", null).data("preview", null).data("summary", null).data("columns", List.of())
                .data("csv", "").data("counts", "").data("importable", false);
    }

    private static RegisterKind kindOf(String kind) {
        try {
            return kind == null || kind.isBlank() ? RegisterKind.PERMIT_CASES : RegisterKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return RegisterKind.PERMIT_CASES;
        }
    }
}
