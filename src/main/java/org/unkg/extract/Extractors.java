package org.unkg.extract;

import java.util.ArrayList;
import java.util.List;

/** The default extractor line-up, in the order they run. */
public final class Extractors {
    private Extractors() {}

    public static List<Extractor> defaults() {
        List<Extractor> list = new ArrayList<>();
        // header and letter metadata first: later extractors read the letter date and language
        return list;
    }
}
