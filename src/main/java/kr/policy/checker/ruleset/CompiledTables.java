package kr.policy.checker.ruleset;

import kr.policy.checker.engine.RuleFile;
import kr.policy.checker.engine.RuleError;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The DRL of a decision table, taken from the compiled-rule cache when the same spreadsheet was compiled before, so
 * that a warm start reads no spreadsheet (no POI, no spreadsheet compiler). A table compiled anew is checked cell by
 * cell first ({@link DecisionTable}); only DRL whose cells passed is cached. Kept apart from {@link DecisionTable}
 * so that the loader's path through the cache does not load the spreadsheet classes.
 */
final class CompiledTables {
    /** The generated rule's header comment: "rule values at A9, header at A4". */
    static final Pattern RULE_CELL = Pattern.compile("^\\s*// rule values at ([A-Z]+[0-9]+)");

    private CompiledTables() {
    }

    /** The table's DRL as a rule file under the spreadsheet's path, or null with its errors added. */
    static RuleFile drl(String domain, RuleFile xlsx, ClassLoader loader, List<RuleError> errors,
                        CompiledRuleCache cache) {
        String key = cache.tableKey(domain, xlsx);
        byte[] cached = cache.readTable(key).orElse(null);
        if (cached != null) {
            return new RuleFile(xlsx.path(), cached);
        }
        DecisionTable.Compiled table = DecisionTable.compile(xlsx, loader, errors);
        if (table == null) {
            return null;
        }
        cache.writeTable(key, table.drl().content());
        return table.drl();
    }
}
