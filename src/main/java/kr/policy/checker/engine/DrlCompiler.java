package kr.policy.checker.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/** Compiles one domain's DRL files into a KieBase, reporting errors by the operator's file and line. */
final class DrlCompiler {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final AtomicLong BUILDS = new AtomicLong();

    private DrlCompiler() {
    }

    /** The KieBase, or null with the errors added to {@code errors}. */
    static KieBase compile(String domain, List<RuleFile> drls, ClassLoader classLoader, List<RuleError> errors) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // every build gets its own id so that a reload never meets a cached module
        ReleaseId releaseId = ks.newReleaseId("kr.policy.checker.rules", domain, "1." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        Map<String, RuleFile> byResourcePath = new HashMap<>();
        for (RuleFile drl : drls) {
            // placing each file under its package's folder keeps Drools from warning about a mismatch
            String resource = packageOf(drl.text()).replace('.', '/') + "/" + drl.path().replace('/', '_');
            byResourcePath.put(resource, drl);
            kfs.write("src/main/resources/" + resource, drl.content());
        }
        KieBuilder builder = ks.newKieBuilder(kfs, classLoader).buildAll();
        List<Message> problems = builder.getResults().getMessages(Message.Level.ERROR);
        if (!problems.isEmpty()) {
            for (Message m : problems) {
                RuleFile file = byResourcePath.get(m.getPath());
                errors.add(new RuleError(file == null ? domain : file.path(), m.getLine() > 0 ? m.getLine() : null,
                        m.getText().strip()));
            }
            return null;
        }
        KieBase kieBase = ks.newKieContainer(releaseId, classLoader).getKieBase();
        // the container holds what it needs; the repository would otherwise keep every build ever made
        ks.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    private static String packageOf(String drl) {
        Matcher m = PACKAGE.matcher(drl);
        return m.find() ? m.group(1) : "rules";
    }
}
