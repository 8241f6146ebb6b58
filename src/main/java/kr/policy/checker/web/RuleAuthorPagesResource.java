package kr.policy.checker.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import kr.policy.checker.text.Language;
import kr.policy.checker.engine.RuleError;
import kr.policy.checker.ruleset.DecisionSheet;
import kr.policy.checker.engine.RuleFile;
import kr.policy.checker.engine.RuleSet;
import kr.policy.checker.ruleset.RuleSetDiff;
import kr.policy.checker.history.CandidateRequest;
import kr.policy.checker.history.Replay;
import kr.policy.checker.history.RuleSetHistory;
import kr.policy.checker.history.SimulationCsv;
import kr.policy.checker.history.Simulations;
import kr.policy.checker.problem.FieldError;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.problem.ServiceMessages;
import kr.policy.checker.register.UnreadableCases;
import kr.policy.checker.web.RuleAuthorRows.RuleErrorRow;
import kr.policy.checker.web.RuleAuthorRows.RuleChangeRow;
import kr.policy.checker.web.RuleAuthorRows.HolidayRow;
import kr.policy.checker.web.RuleAuthorRows.TransitionRow;
import kr.policy.checker.web.RuleAuthorRows.RuleFiringRow;
import kr.policy.checker.web.RuleAuthorRows.ChangeRow;
import kr.policy.checker.web.RuleAuthorRows.ItemRow;
import kr.policy.checker.web.RuleAuthorRows.SheetCell;
import kr.policy.checker.web.RuleAuthorRows.SheetRow;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The rule authors' pages (/admin/rules), for a signed-in account of role ADMIN: the versions archived and in
 * service, the difference of two, a simulation of a changed file over the stored cases and its result (transitions
 * drawn as bars, the changed items linked, a CSV), and a stored evaluation replayed.
 */
@Path("/admin/rules")
@Produces(MediaType.TEXT_HTML)
@RuleAuthorsOnly
public class RuleAuthorPagesResource {
    private static final int ITEMS_PER_PAGE = 50;
    /** The form name of a decision table's cell: cell.C12. */
    private static final String CELL = "cell.";

    @Inject @Location("rules-index.html") Template index;
    @Inject @Location("rules-diff.html") Template diffPage;
    @Inject @Location("rules-simulation.html") Template simulationPage;
    @Inject @Location("rules-evaluation.html") Template evaluationPage;

    @Inject PageFrame frame;
    @Inject LawPanel law;
    @Inject RuleSetHistory history;
    @Inject Simulations simulations;
    @Inject SimulationCsv csv;
    @Inject Replay replay;
    @Inject UnreadableCases unreadable;
    @Inject RuleAuthor author;

    @GET
    public Response home(@QueryParam("file") String file, @QueryParam("lang") String lang,
                         @HeaderParam("Accept-Language") String accept) {
        Language language = PageFrame.language(lang, accept);
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
        List<String> textFiles = current.files().stream().filter(f -> f.isText() || DecisionSheet.isTable(f))
                .map(RuleFile::path).toList();
        RuleFile chosen = file == null ? null
                : current.files().stream().filter(f -> f.path().equals(file)).findFirst().orElse(null);
        boolean table = chosen != null && DecisionSheet.isTable(chosen);
        String shown = text;
        if (shown == null && chosen != null && !table) {
            shown = chosen.text();
        }
        return frame.page(index, language, "/admin/rules")
                .data("versions", RuleAuthorRows.versions(history.versions(0, 50).items(), current.version()))
                .data("horizons", law.horizons(language)).data("sources", law.sources(current))
                .data("unreadable", unreadable.all())
                .data("inService", current.version()).data("files", textFiles).data("file", file)
                .data("text", shown).data("errors", errors)
                .data("sheet", table ? RuleAuthorRows.sheet(chosen, edited) : null)
                .data("sheetColumns", table ? RuleAuthorRows.columns(RuleAuthorRows.sheet(chosen, Map.of())) : List.of())
                .data("ruleErrors", ruleErrors.stream().map(e -> new RuleErrorRow(e.file(), e.line(), e.message())).toList()).data("notice", notice)
                .data("recent", RuleAuthorRows.recent(simulations.recent(10), language));
    }

    @POST
    @Path("simulations")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response simulate(@RestForm String file, @RestForm String text, @RestForm("upload") FileUpload upload,
                             @RestForm String examples, @RestForm String evaluationsFrom,
                             @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept)
            throws IOException {
        Language language = PageFrame.language(lang, accept);
        if (file == null || file.isBlank()) {
            return Response.status(400).entity(form(language, null, text, Map.of("file",
                    ServiceMessages.get(language, "field.required")), List.of(), null)).build();
        }
        byte[] content = upload != null && upload.size() > 0 ? Files.readAllBytes(upload.uploadedFile())
                : (text == null ? "" : text.replace("\r\n", "\n")).getBytes(StandardCharsets.UTF_8);
        return simulate(() -> CandidateRequest.oneFile(file, content, examples != null, evaluationsFrom, language),
                language, e -> refusedRun(e, language, file, text));
    }

    /** A decision table edited cell by cell on the page, simulated like any candidate file. */
    @POST
    @Path("simulations/table")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response simulateTable(MultivaluedMap<String, String> form, @QueryParam("lang") String lang,
                                  @HeaderParam("Accept-Language") String accept) throws IOException {
        Language language = PageFrame.language(lang, accept);
        String file = form.getFirst("file");
        RuleFile table = file == null ? null : history.current().files().stream()
                .filter(f -> f.path().equals(file) && DecisionSheet.isTable(f)).findFirst().orElse(null);
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
        for (SheetRow row : RuleAuthorRows.sheet(table, Map.of())) {
            for (SheetCell cell : row.cells()) {
                String now = edited.get(cell.ref());
                if (now != null && !now.strip().equals(cell.value())) {
                    changed.put(cell.ref(), now);
                }
            }
        }
        byte[] content = DecisionSheet.withCells(table.content(), changed);
        return simulate(() -> CandidateRequest.oneFile(file, content, form.getFirst("examples") != null,
                form.getFirst("evaluationsFrom"), language), language, e -> refusedRun(e, language, file, null, edited));
    }

    /** Starts the simulation and shows it; a refused request or candidate is shown on the form it came from. */
    private Response simulate(Supplier<CandidateRequest> request, Language language,
                              Function<ProblemException, TemplateInstance> refused) {
        try {
            Simulations.View view = simulations.start(request.get(), author.get());
            return Response.seeOther(URI.create("/admin/rules/simulations/" + view.id() + "?lang=" + language.tag()))
                    .build();
        } catch (ProblemException e) {
            return Response.status(e.type().status()).entity(refused.apply(e)).build();
        }
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
        Map<String, String> words = PageTexts.of(language);
        RuleSetDiff diff = history.diff(from, to);
        return Response.ok(frame.page(diffPage, language, "/admin/rules/diff?from=" + from + "&to=" + to + "&x=")
                .data("from", from).data("to", to).data("fromShort", RuleAuthorRows.abbreviate(from)).data("toShort", RuleAuthorRows.abbreviate(to))
                .data("files", RuleAuthorRows.files(diff, words))
                .data("rules", diff.rules().stream().map(r -> new RuleChangeRow(r.domain(), r.rule(),
                        words.get("rules.change." + r.change().name()), r.changed())).toList())
                .data("holidays", diff.holidays().stream().map(h -> new HolidayRow(h.date().toString(),
                        words.get("rules.change." + h.change().name()), h.name())).toList())).build();
    }

    @GET
    @Path("simulations/{id}")
    public Response simulation(@PathParam("id") UUID id, @QueryParam("page") Integer page,
                               @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        Language language = PageFrame.language(lang, accept);
        Map<String, String> words = PageTexts.of(language);
        Simulations.View view = simulations.get(id);
        int pageNo = page == null || page < 0 ? 0 : page;
        Simulations.ItemPage items = simulations.items(id, true, null, pageNo, ITEMS_PER_PAGE);
        List<ItemRow> rows = items.items().stream().map(i -> RuleAuthorRows.itemRow(i, words, language)).toList();
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
                .data("baseShort", RuleAuthorRows.abbreviate(view.base())).data("candidateShort", RuleAuthorRows.abbreviate(view.candidate())))
                .build();
    }

    @GET
    @Path("simulations/{id}/items.csv")
    @Produces("text/csv")
    public Response simulationCsv(@PathParam("id") UUID id) {
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
        try {
            simulations.cancel(id, author.get());
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
        Replay.Answer answer = replay.replay(id, author.get());
        Map<String, String> words = PageTexts.of(language);
        String replayed = answer.replay() == null ? words.get("rules.eval.unavailable") + ": " + answer.replayUnavailable()
                : answer.replay().identical() ? words.get("rules.eval.identical")
                : words.get("rules.eval.different") + " " + String.join(", ", answer.replay().differences());
        return Response.ok(frame.page(evaluationPage, language, "/admin/rules/evaluations/" + id)
                .data("id", id.toString()).data("recordedVersion", answer.recorded().ruleSetVersion())
                .data("recordedShort", RuleAuthorRows.abbreviate(answer.recorded().ruleSetVersion()))
                .data("recordedOutcome", TransitionChart.outcome(answer.recorded().outcome(), words))
                .data("identical", answer.replay() != null && answer.replay().identical()).data("replayed", replayed)
                .data("currentVersion", answer.current().ruleSetVersion())
                .data("currentShort", RuleAuthorRows.abbreviate(answer.current().ruleSetVersion()))
                .data("currentOutcome", answer.current().outcome() == null ? "" : TransitionChart.outcome(answer.current().outcome(), words))
                .data("changes", answer.current().changes().stream().map(c -> new ChangeRow(c.path(),
                        String.valueOf(c.recorded()), String.valueOf(c.current()))).toList())).build();
    }
}
