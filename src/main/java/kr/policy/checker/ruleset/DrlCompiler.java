package kr.policy.checker.ruleset;

import kr.policy.checker.engine.RuleFile;
import kr.policy.checker.engine.RuleError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles one domain's DRL files into a KieBase, reporting errors by the operator's file and line. The rule base is
 * the executable model's, taken from the compiled-rule cache when the same files were compiled before. Files not
 * compiled before are read by the {@link RuleCodePolicy} first (refused code is never compiled), then go through
 * the classic compiler, as the check that names file and line; its rule base serves only if the executable model
 * cannot be built.
 */
final class DrlCompiler {
    private static final System.Logger LOG = System.getLogger(DrlCompiler.class.getName());
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final AtomicLong COMPILATIONS = new AtomicLong();

    private DrlCompiler() {
    }

    /**
     * The KieBase, or null with the errors added to {@code errors}. Files compiled before load from the cache; new
     * ones are checked by the classic compiler first (it names file and line, and it refuses DRL that the
     * executable model's parser lets through, such as {@code x > > 1}), then built as an executable model, cached,
     * and loaded the way a later start will load them.
     */
    static KieBase compile(String domain, List<RuleFile> drls, ClassLoader classLoader, Set<Class<?>> factTypes,
                           List<RuleError> errors,
                           CompiledRuleCache cache) {
        String key = cache.key(domain, drls);
        byte[] cached = cache.read(key).orElse(null);
        if (cached != null) {
            try {
                return ExecutableModel.load(cached, classLoader);
            } catch (RuntimeException | LinkageError e) {
                LOG.log(System.Logger.Level.WARNING, "compiled rules of " + domain + " do not load; compiling: " + e);
                cache.discard(key);
            }
        }
        // refused code is never compiled, so it never runs (contract §14)
        int before = errors.size();
        RuleCodePolicy.check(drls, classLoader, factTypes, errors);
        if (errors.size() > before) {
            return null;
        }
        COMPILATIONS.incrementAndGet();
        Map<String, RuleFile> byResourcePath = resources(drls);
        KieServices ks = KieServices.get();
        ReleaseId classicId = releaseId(domain);
        KieBuilder classic = ks.newKieBuilder(fileSystem(byResourcePath, classicId), classLoader).buildAll();
        try {
            List<Message> problems = classic.getResults().getMessages(Message.Level.ERROR);
            if (!problems.isEmpty()) {
                for (Message m : problems) {
                    RuleFile file = byResourcePath.get(m.getPath());
                    if (file != null && !file.path().endsWith(".drl")) {
                        // generated from a decision table: the row's cell, not a line of DRL nobody wrote
                        errors.add(new RuleError(file.path(), null,
                                tableCell(file, m.getLine()) + ": " + m.getText().strip()));
                        continue;
                    }
                    errors.add(new RuleError(file == null ? domain : file.path(),
                            m.getLine() > 0 ? m.getLine() : null, m.getText().strip()));
                }
                return null;
            }
            ReleaseId modelId = releaseId(domain);
            byte[] jar = ExecutableModel.build(domain, fileSystem(byResourcePath, modelId), modelId, classLoader);
            if (jar == null) {
                LOG.log(System.Logger.Level.WARNING, domain + ": served by the classic compiler, not cached");
                return ks.newKieContainer(classicId, classLoader).getKieBase();
            }
            cache.write(key, jar);
            return ExecutableModel.load(jar, classLoader);
        } finally {
            // a container holds what it needs; the repository would otherwise keep every build ever made
            ks.getRepository().removeKieModule(classicId);
        }
    }

    /** The cell of the table row whose generated rule holds {@code line} (or the file, before the first rule). */
    static String tableCell(RuleFile generated, int line) {
        String cell = generated.fileName();
        String[] lines = generated.text().split("\n", -1);
        for (int i = 0; i < Math.min(Math.max(line, 1), lines.length); i++) {
            java.util.regex.Matcher m = CompiledTables.RULE_CELL.matcher(lines[i]);
            if (m.find()) {
                cell = generated.fileName() + "!" + m.group(1);
            }
        }
        return cell;
    }

    /** How many domains this JVM has compiled (not loaded from the cache): for tests of the cache. */
    static long compilations() {
        return COMPILATIONS.get();
    }

    private static KieFileSystem fileSystem(Map<String, RuleFile> byResourcePath, ReleaseId releaseId) {
        KieFileSystem kfs = KieServices.get().newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        byResourcePath.forEach((resource, drl) -> kfs.write("src/main/resources/" + resource, drl.content()));
        return kfs;
    }

    /** Each file under its package's folder, which keeps Drools from warning about a mismatch. */
    private static Map<String, RuleFile> resources(List<RuleFile> drls) {
        Map<String, RuleFile> byResourcePath = new LinkedHashMap<>();
        for (RuleFile drl : drls) {
            // a decision table's generated DRL keeps the spreadsheet's path; as a resource it is DRL
            String name = drl.path().replace('/', '_') + (drl.path().endsWith(".drl") ? "" : ".drl");
            byResourcePath.put(packageOf(drl.text()).replace('.', '/') + "/" + name, drl);
        }
        return byResourcePath;
    }

    /** Every build gets its own id, so that a reload never meets a module of an earlier build. */
    private static ReleaseId releaseId(String domain) {
        return KieServices.get().newReleaseId("kr.policy.checker.rules", domain, "1." + BUILDS.incrementAndGet());
    }

    private static String packageOf(String drl) {
        Matcher m = PACKAGE.matcher(drl);
        return m.find() ? m.group(1) : "rules";
    }
}
