package kr.policy.checker.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * DRL compiled to Drools' executable model: Java classes for every constraint and consequence, packed as a jar.
 * Building needs the DRL parser and a Java compiler; loading needs neither — the jar's classes are defined from
 * memory and the rule base is built from their models directly, so a start from cached jars never loads the
 * compiler, MVEL's compiler or the DRL parser.
 */
final class ExecutableModel {
    /** Lists the model classes of a compiled jar (one per DRL package). */
    private static final String MODEL_LIST = "/drools-model";

    private ExecutableModel() {
    }

    /** The jar of one domain's DRL (already accepted by the classic compiler), or null when it cannot be built. */
    static byte[] build(String domain, KieFileSystem files, ReleaseId releaseId, ClassLoader classLoader) {
        KieServices ks = KieServices.get();
        try {
            KieBuilder builder = ks.newKieBuilder(files, classLoader).buildAll(ExecutableModelProject.class);
            if (builder.getResults().hasMessages(Message.Level.ERROR)) {
                System.getLogger(ExecutableModel.class.getName()).log(System.Logger.Level.WARNING,
                        "the executable model of " + domain + " cannot be built: " + builder.getResults());
                return null;
            }
            return ((InternalKieModule) builder.getKieModule()).getBytes();
        } catch (RuntimeException e) {
            // e.g. a metadata value the executable model cannot represent; the classic build decides
            System.getLogger(ExecutableModel.class.getName()).log(System.Logger.Level.WARNING,
                    "the executable model of " + domain + " cannot be built: " + e);
            return null;
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /** The rule base of a jar {@link #build} made, its classes defined in a loader of their own under {@code parent}. */
    static KieBase load(byte[] jar, ClassLoader parent) {
        Map<String, byte[]> entries = unzip(jar);
        JarClassLoader classes = new JarClassLoader(entries, parent);
        List<Model> models = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (!e.getKey().endsWith(MODEL_LIST)) {
                continue;
            }
            for (String line : new String(e.getValue(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) {
                    models.add(instantiate(classes, name));
                }
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("no rule model in the compiled jar");
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    private static Model instantiate(ClassLoader classes, String name) {
        try {
            return (Model) classes.loadClass(name).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the compiled jar's model " + name + " cannot be created", e);
        }
    }

    private static Map<String, byte[]> unzip(byte[] jar) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the compiled jar cannot be read", e);
        }
        return entries;
    }

    /** Defines the jar's classes from memory; everything else comes from the application. */
    private static final class JarClassLoader extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> entries;

        JarClassLoader(Map<String, byte[]> entries, ClassLoader parent) {
            super("compiled-rules", parent);
            this.entries = entries;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = entries.get(name.replace('.', '/') + ".class");
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
