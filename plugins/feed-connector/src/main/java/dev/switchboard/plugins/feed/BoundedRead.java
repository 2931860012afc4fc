package dev.switchboard.plugins.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream into memory, refusing more than a limit so that a runaway feed cannot exhaust the heap. */
final class BoundedRead {

    private BoundedRead() {
    }

    static byte[] readAtMost(InputStream in, long maxBytes, String feedName) throws IOException, FeedReadException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > maxBytes) {
                throw new FeedReadException("feed " + feedName + " is larger than maxFeedSize (" + maxBytes
                        + " bytes); raise maxFeedSize if it is expected");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
