package org.labjudge.app.editor;

import org.labjudge.app.language.Languages;
import org.labjudge.node.language.LanguageTable;

/** The editor's languages as a node of this build describes them (its own table), for tests without a node. */
public final class TestLanguages {
    public static final Languages ALL = Languages.of(
            LanguageTable.defaults().all().stream().map(l -> l.info("test")).toList());
    public static final Language PYTHON = get("python");
    public static final Language JAVA = get("java");
    public static final Language C = get("c");
    public static final Language CPP = get("cpp");
    public static final Language JAVASCRIPT = get("javascript");
    public static final Language GO = get("go");
    public static final Language RUST = get("rust");
    public static final Language BASH = get("bash");

    private TestLanguages() {
    }

    public static Language get(String id) {
        return Language.of(ALL.byId(id).orElseThrow());
    }
}
