package kr.policy.checker.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.policy.checker.engine.Language;
import kr.policy.checker.engine.RuleError;
import kr.policy.checker.engine.DecisionTable;
import kr.policy.checker.engine.RuleFile;
import kr.policy.checker.engine.RuleSet;
import kr.policy.checker.engine.RuleSetDiff;
import kr.policy.checker.history.Replay;
import kr.policy.checker.history.RuleSetHistory;
import kr.policy.checker.history.SimulationCsv;
import kr.policy.checker.history.Simulations;
import kr.policy.checker.problem.FieldError;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.problem.ServiceMessages;
import kr.policy.checker.security.ClerkUsers;
import kr.policy.checker.security.Principal;
import kr.policy.checker.security.Role;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The rule authors' pages (/admin/rules), for a signed-in account of role ADMIN: the versions archived and in
 * service, the difference of two, a simulation of a changed file over the stored cases and its result (transitions
 * drawn as bars, the changed items linked, a CSV), and a stored evaluation replayed.
 */
@Path("/admin/rules")
@Produces(MediaType.TEXT_HTML)
public class RuleAuthorPagesResource {
    private static final int ITEMS_PER_PAGE = 50;
    /** The form name of a decision table's cell: cell.C12. */
    private static final String CELL = "cell.";

    @Inject @Location("rules-index.html") Template index;
    @Inject @Location("rules-diff.html") Template diffPage;
    @Inject @Location("rules-simulation.html") Template simulationPage;
    @Inject @Location("rules-evaluation.html") Template evaluationPage;
    @Inject @Location("rules-forbidden.html") Template forbidden;

    @Inject PageFrame frame;
    @Inject LawPanel law;
    @Inject RuleSetHistory history;
    @Inject Simulations simulations;
    @Inject SimulationCsv csv;
    @Inject Replay replay;
    @Inject ClerkUsers clerks;
    @Inject SecurityIdentity identity;
    @Inject ObjectMapper json;

    @TemplateData
    record VersionRow(String version, String shortVersion, String firstInService, boolean inService, String loadedBy,
                      int files, boolean candidate) {
    }

    @TemplateData
    record DiffLine(String text, String kind) {
    }

    @TemplateData
    record FileDiff(String path, String change, List<DiffLine> lines, boolean binary, List<CellRow> cells) {
    }

    @TemplateData
    /** A decision table's row on the page: its number and its cells, each editable by its reference. */
    @TemplateData
    record SheetRow(int number, List<SheetCell> cells) {
    }

    @TemplateData
    record SheetCell(String ref, String value) {
        /** Input width: the value's, from 10 to 22 characters (a long text scrolls inside its cell). */
        public int width() {
            return Math.min(22, Math.max(10, value.length()));
        }
    }

    /** A changed cell of a decision table in a diff. */
    @TemplateData
    record CellRow(String cell, String before, String after) {
    }

    record RuleErrorRow(String file, Integer line, String message) {
    }

    @TemplateData
    record RecentRow(String id, String started, String status, List<String> files, int changed, int evaluated) {
    }

    @TemplateData
    record RuleChangeRow(String domain, String rule, String change, List<String> changed) {
    }

    @TemplateData
    record HolidayRow(String date, String change, String name) {
    }

    @TemplateData
    record TransitionRow(String domain, String from, String to, long count) {
    }

    @TemplateData
    record RuleFiringRow(String domain, String rule, long firedBase, long firedCandidate) {
    }

    @TemplateData
    record ChangeRow(String path, String recorded, String current) {
    }

    @TemplateData
    record ItemRow(String source, String sourceLabel, String ref, String link, String domain, String title,
                   String base, String candidate, List<String> changes) {
    }

    @GET
    public Response home(@QueryParam("file") String file, @QueryParam("lang") String lang,
                         @HeaderParam("Accept-Language") String accept) {
        Language language = PageFrame.language(lang, accept);
        if (admin() == null) {
            return refused(language);
        }
        RuleSet current = history.current();
        String chosen = file != null && current.files().stream().anyMatch(f -> f.path().equals(file)) ? file : null;
        return Response.ok(form(language, chosen, null, Map.of(), List.of(), null)).build();
    }

    /** The index page: versions, the diff form, the simulation form (with errors when a run was refused). */
    private TemplateInstance form(Language language, String file, String text, Map<String, String> errors,
                                  List<RuleError> ruleErrors, String notice) {
        return form(language, file, text, Map.of(), errors, ruleErrors, notice);
    }

    /** As above; {@code edited}: a decision table's cells as the author left them, by reference. */
    private TemplateInstance form(Language language, String file, String text, Map<String, String> edited,
                                  Map<String, String> errors, List<RuleError> ruleErrors, String notice) {
        RuleSet current = history.current();
        // text files open as text, decision tables as a grid of cells
        List<String> textFiles = current.files().stream().filter(f -> f.isText() || DecisionTable.isTable(f))
                .map(RuleFile::path).toList();
        RuleFile chosen = file == null ? null
                : current.files().stream().filter(f -> f.path().equals(file)).findFirst().orElse(null);
        boolean table = chosen != null && DecisionTable.isTable(chosen);
        String shown = text;
        if (shown == null && chosen != null && !table) {
            shown = chosen.text();
        }
        List<VersionRow> versions = history.versions(0, 50).items().stream().map(v -> new VersionRow(v.version,
                abbreviate(v.version), v.firstInServiceAt == null ? "" : v.firstInServiceAt.toLocalDate().toString(),
                v.version.equals(current.version()), v.loadedByOrganization == null ? "" : v.loadedByOrganization,
                v.fileCount, v.firstInServiceAt == null)).toList();
        return frame.page(index, language, "/admin/rules").data("versions", versions)
                .data("horizons", law.horizons(language)).data("sources", law.sources(current))
                .data("inService", current.version()).data("files", textFiles).data("file", file)
                .data("text", shown).data("errors", errors)
                .data("sheet", table ? sheet(chosen, edited) : null)
                .data("sheetColumns", table ? columns(sheet(chosen, Map.of())) : List.of())
                .data("ruleErrors", ruleErrors.stream().map(e -> new RuleErrorRow(e.file(), e.line(), e.message())).toList()).data("notice", notice)
                .data("recent", simulations.recent(10).stream().map(r -> new RecentRow(r.id().toString(),
                        r.createdAt().atZoneSameInstant(kr.policy.checker.app.ClockProducer.SEOUL).toLocalDateTime()
                                .toString().replace('T', ' ').substring(0, 16),
                        PageTexts.of(language).getOrDefault("rules.status." + r.status(), r.status()),
                        r.changedFiles(), r.changed(), r.evaluated())).toList());
    }

    @POST
    @Path("simulations")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response simulate(@RestForm String file, @RestForm String text, @RestForm("upload") FileUpload upload,
                             @RestForm String examples, @RestForm String evaluationsFrom,
                             @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept)
            throws IOException {
        Language language = PageFrame.language(lang, accept);
        Principal admin = admin();
        if (admin == null) {
            return refused(language);
        }
        ObjectNode body = json.createObjectNode();
        ObjectNode changes = body.putObject("changes");
        if (file == null || file.isBlank()) {
            return Response.status(400).entity(form(language, null, text, Map.of("file",
                    ServiceMessages.get(language, "field.required")), List.of(), null)).build();
        }
        if (upload != null && upload.size() > 0) {
            changes.putObject(file).put("base64", Base64.getEncoder().encodeToString(
                    Files.readAllBytes(upload.uploadedFile())));
        } else {
            changes.put(file, text == null ? "" : text.replace("\r\n", "\n"));
        }
        ObjectNode scope = body.putObject("scope");
        scope.put("examples", examples != null);
        if (evaluationsFrom != null && !evaluationsFrom.isBlank()) {
            scope.put("evaluationsFrom", evaluationsFrom);
        }
        try {
            Simulations.View view = simulations.start(body, admin, language);
            return Response.seeOther(URI.create("/admin/rules/simulations/" + view.id() + "?lang=" + language.tag()))
                    .build();
        } catch (ProblemException e) {
            return Response.status(e.type().status()).entity(refusedRun(e, language, file, text)).build();
        }
    }

    /** A decision table edited cell by cell on the page, simulated like any candidate file. */
    @POST
    @Path("simulations/table")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response simulateTable(MultivaluedMap<String, String> form, @QueryParam("lang") String lang,
                                  @HeaderParam("Accept-Language") String accept) throws IOException {
        Language language = PageFrame.language(lang, accept);
        Principal admin = admin();
        if (admin == null) {
            return refused(language);
        }
        String file = form.getFirst("file");
        RuleFile table = file == null ? null : history.current().files().stream()
                .filter(f -> f.path().equals(file) && DecisionTable.isTable(f)).findFirst().orElse(null);
        if (table == null) {
            return Response.status(400).entity(form(language, null, null, Map.of("file",
                    ServiceMessages.get(language, "field.required")), List.of(), null)).build();
        }
        Map<String, String> edited = new java.util.LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(CELL) && !values.isEmpty()) {
                edited.put(name.substring(CELL.length()), values.get(0));
            }
        });
        Map<String, String> changed = new java.util.LinkedHashMap<>();
        for (SheetRow row : sheet(table, Map.of())) {
            for (SheetCell cell : row.cells()) {
                String now = edited.get(cell.ref());
                if (now != null && !now.strip().equals(cell.value())) {
                    changed.put(cell.ref(), now);
                }
            }
        }
        ObjectNode body = json.createObjectNode();
        body.putObject("changes").putObject(file).put("base64",
                Base64.getEncoder().encodeToString(DecisionTable.withCells(table.content(), changed)));
        ObjectNode scope = body.putObject("scope");
        scope.put("examples", form.getFirst("examples") != null);
        String from = form.getFirst("evaluationsFrom");
        if (from != null && !from.isBlank()) {
            scope.put("evaluationsFrom", from);
        }
        try {
            Simulations.View view = simulations.start(body, admin, language);
            return Response.seeOther(URI.create("/admin/rules/simulations/" + view.id() + "?lang=" + language.tag()))
                    .build();
        } catch (ProblemException e) {
            return Response.status(e.type().status()).entity(refusedRun(e, language, file, null, edited)).build();
        }
    }

    /** The column letters of a sheet's grid (A, B, …). */
    private static List<String> columns(List<SheetRow> rows) {
        return rows.isEmpty() ? List.of() : rows.get(0).cells().stream().map(c -> c.ref().replaceAll("[0-9]", ""))
                .toList();
    }

    /** A decision table as rows of cells (as people see them), with the author's edits where given. */
    private static List<SheetRow> sheet(RuleFile table, Map<String, String> edited) {
        List<List<String>> cells = DecisionTable.cells(table);
        if (cells == null) {
            return List.of();
        }
        int width = cells.stream().mapToInt(List::size).max().orElse(0);
        List<SheetRow> rows = new ArrayList<>();
        for (int r = 0; r < cells.size(); r++) {
            List<SheetCell> row = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                String ref = DecisionTable.ref(r, c);
                String value = c < cells.get(r).size() ? cells.get(r).get(c) : "";
                row.add(new SheetCell(ref, edited.getOrDefault(ref, value)));
            }
            rows.add(new SheetRow(r + 1, row));
        }
        return rows;
    }

    private TemplateInstance refusedRun(ProblemException e, Language language, String file, String text) {
        return refusedRun(e, language, file, text, Map.of());
    }

    private TemplateInstance refusedRun(ProblemException e, Language language, String file, String text,
                                        Map<String, String> edited) {
        List<RuleError> ruleErrors = new ArrayList<>();
        java.util.Map<String, String> fieldErrors = new java.util.LinkedHashMap<>();
        for (Object error : e.errors()) {
            if (error instanceof RuleError r) {
                ruleErrors.add(r);
            } else if (error instanceof FieldError f) {
                fieldErrors.put(f.field(), f.message());
            }
        }
        String notice = ServiceMessages.problem(e, language).detail();
        return form(language, file, text, edited, fieldErrors, ruleErrors, notice);
    }

    @GET
    @Path("diff")
    public Response diff(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("lang") String lang,
                         @HeaderParam("Accept-Language") String accept) {
        Language language = PageFrame.language(lang, accept);
        if (admin() == null) {
            return refused(language);
        }
        Map<String, String> words = PageTexts.of(language);
        RuleSetDiff diff = history.diff(from, to);
        List<FileDiff> files = diff.files().stream().map(f -> new FileDiff(f.path(),
                words.get("rules.change." + f.change().name()),
                f.diff() == null ? List.of() : f.diff().lines().map(RuleAuthorPagesResource::line).toList(),
                f.diff() == null, f.cells().stream().map(c -> new CellRow(c.cell(), c.before(), c.after())).toList()))
                .toList();
        return Response.ok(frame.page(diffPage, language, "/admin/rules/diff?from=" + from + "&to=" + to + "&x=")
                .data("from", from).data("to", to).data("fromShort", abbreviate(from)).data("toShort", abbreviate(to))
                .data("files", files)
                .data("rules", diff.rules().stream().map(r -> new RuleChangeRow(r.domain(), r.rule(),
                        words.get("rules.change." + r.change().name()), r.changed())).toList())
                .data("holidays", diff.holidays().stream().map(h -> new HolidayRow(h.date().toString(),
                        words.get("rules.change." + h.change().name()), h.name())).toList())).build();
    }

    private static DiffLine line(String text) {
        String kind = text.startsWith("+++") || text.startsWith("---") ? "head"
                : text.startsWith("@@") ? "hunk" : text.startsWith("+") ? "add" : text.startsWith("-") ? "del" : "same";
        return new DiffLine(text, kind);
    }

    @GET
    @Path("simulations/{id}")
    public Response simulation(@PathParam("id") UUID id, @QueryParam("page") Integer page,
                               @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        Language language = PageFrame.language(lang, accept);
        if (admin() == null) {
            return refused(language);
        }
        Map<String, String> words = PageTexts.of(language);
        Simulations.View view = simulations.get(id);
        int pageNo = page == null || page < 0 ? 0 : page;
        Simulations.ItemPage items = simulations.items(id, true, null, pageNo, ITEMS_PER_PAGE);
        List<ItemRow> rows = items.items().stream().map(i -> itemRow(i, words, language)).toList();
        int percent = view.progress().total() == 0 ? 100 : view.progress().done() * 100 / view.progress().total();
        return Response.ok(frame.page(simulationPage, language, "/admin/rules/simulations/" + id)
                .data("id", id.toString()).data("base", view.base()).data("candidate", view.candidate())
                .data("running", view.status().equals("RUNNING")).data("percent", percent)
                .data("statusLabel", words.getOrDefault("rules.status." + view.status(), view.status()))
                .data("chart", TransitionChart.of(view.transitions(), words))
                .data("transitions", view.transitions().stream().map(tr -> new TransitionRow(
                        TransitionChart.domainLabel(tr.domain(), words), TransitionChart.outcome(tr.from(), words),
                        TransitionChart.outcome(tr.to(), words), tr.count())).toList())
                .data("firings", view.rules().stream().map(r -> new RuleFiringRow(
                        TransitionChart.domainLabel(r.domain(), words), r.rule(), r.firedBase(), r.firedCandidate()))
                        .toList())
                .data("changedFiles", view.changedFiles()).data("failure", view.failure())
                .data("progressText", view.progress().done() + " / " + view.progress().total())
                .data("changedText", view.changed() + " / " + view.evaluated())
                .data("rows", rows).data("total", items.total()).data("prevPage", pageNo - 1).data("nextPage", pageNo + 1)
                .data("hasNext", (long) (pageNo + 1) * ITEMS_PER_PAGE < items.total()).data("hasPrev", pageNo > 0)
                .data("baseShort", abbreviate(view.base())).data("candidateShort", abbreviate(view.candidate())))
                .build();
    }

    private static ItemRow itemRow(Simulations.ItemView i, Map<String, String> words, Language language) {
        String link = switch (i.source()) {
            case "PERMIT_CASE" -> "/clerk/cases/PERMIT_CASES/" + i.ref() + "?lang=" + language.tag();
            case "REGULATION_REVIEW" -> "/clerk/cases/REGULATION_REVIEWS/" + i.ref() + "?lang=" + language.tag();
            case "STORED_EVALUATION" -> "/admin/rules/evaluations/" + i.ref() + "?lang=" + language.tag();
            default -> null;
        };
        List<String> changes = i.changes().stream()
                .map(c -> c.path() + ": " + c.base() + " → " + c.candidate()).toList();
        return new ItemRow(i.source(), words.getOrDefault("rules.source." + i.source(), i.source()), i.ref(), link,
                TransitionChart.domainLabel(i.domain(), words), i.title() == null ? i.ref() : i.title(),
                TransitionChart.outcome(i.base().outcome(), words),
                TransitionChart.outcome(i.candidate().outcome(), words), changes);
    }

    @GET
    @Path("simulations/{id}/items.csv")
    @Produces("text/csv")
    public Response simulationCsv(@PathParam("id") UUID id) {
        if (admin() == null) {
            return Response.status(403).build();
        }
        simulations.get(id);
        StreamingOutput out = stream -> csv.write(id, true, null, stream);
        return Response.ok(out, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"simulation-" + id + ".csv\"").build();
    }

    @POST
    @Path("simulations/{id}/cancel")
    public Response cancel(@PathParam("id") UUID id, @QueryParam("lang") String lang,
                           @HeaderParam("Accept-Language") String accept) {
        Language language = PageFrame.language(lang, accept);
        Principal admin = admin();
        if (admin == null) {
            return refused(language);
        }
        try {
            simulations.cancel(id, admin);
        } catch (ProblemException e) {
            if (e.type() != ProblemType.CONFLICT) {
                throw e;
            }
        }
        return Response.seeOther(URI.create("/admin/rules/simulations/" + id + "?lang=" + language.tag())).build();
    }

    @GET
    @Path("evaluations/{id}")
    public Response evaluation(@PathParam("id") UUID id, @QueryParam("lang") String lang,
                               @HeaderParam("Accept-Language") String accept) {
        Language language = PageFrame.language(lang, accept);
        Principal admin = admin();
        if (admin == null) {
            return refused(language);
        }
        Replay.Answer answer = replay.replay(id, admin);
        Map<String, String> words = PageTexts.of(language);
        String replayed = answer.replay() == null ? words.get("rules.eval.unavailable") + ": " + answer.replayUnavailable()
                : answer.replay().identical() ? words.get("rules.eval.identical")
                : words.get("rules.eval.different") + " " + String.join(", ", answer.replay().differences());
        return Response.ok(frame.page(evaluationPage, language, "/admin/rules/evaluations/" + id)
                .data("id", id.toString()).data("recordedVersion", answer.recorded().ruleSetVersion())
                .data("recordedShort", abbreviate(answer.recorded().ruleSetVersion()))
                .data("recordedOutcome", TransitionChart.outcome(answer.recorded().outcome(), words))
                .data("identical", answer.replay() != null && answer.replay().identical()).data("replayed", replayed)
                .data("currentVersion", answer.current().ruleSetVersion())
                .data("currentShort", abbreviate(answer.current().ruleSetVersion()))
                .data("currentOutcome", answer.current().outcome() == null ? "" : TransitionChart.outcome(answer.current().outcome(), words))
                .data("changes", answer.current().changes().stream().map(c -> new ChangeRow(c.path(),
                        String.valueOf(c.recorded()), String.valueOf(c.current()))).toList())).build();
    }

    /** The signed-in account if it is a rule author (ADMIN); null otherwise. */
    private Principal admin() {
        Principal p = clerks.principal(identity.getPrincipal().getName());
        return p.role() == Role.ADMIN ? p : null;
    }

    private Response refused(Language language) {
        return Response.status(403).entity(frame.page(forbidden, language, "/admin/rules")).build();
    }

    /** sha256:3f1c2a4b… : enough to tell versions apart on a page; the full digest is in the title attribute. */
    static String abbreviate(String version) {
        return version == null ? "" : version.length() > 19 ? version.substring(0, 19) + "…" : version;
    }
}
