package org.rightsarchive.index;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;
import org.rightsarchive.lang.ChineseScript;

/** Folds Traditional Chinese to Simplified character by character; offsets are unchanged. */
public final class TraditionalToSimplifiedCharFilter extends CharFilter {
    public TraditionalToSimplifiedCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = input.read(cbuf, off, len);
        for (int i = off; i < off + n; i++) {
            cbuf[i] = ChineseScript.toSimplified(cbuf[i]);
        }
        return n;
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }
}
