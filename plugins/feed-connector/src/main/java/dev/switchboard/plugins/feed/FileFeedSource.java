package dev.switchboard.plugins.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;

/** Reads a feed from a file; an unchanged file (same size and modification time) is not read again. */
final class FileFeedSource implements FeedSource {

    private final FeedLocation location;
    private final long maxBytes;
    private volatile String rememberedSize;
    private volatile String rememberedModified;

    FileFeedSource(FeedLocation location, long maxBytes) {
        this.location = location;
        this.maxBytes = maxBytes;
    }

    @Override
    public Fetched fetch() throws FeedReadException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(location.file(), BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new FeedReadException("feed " + location.name() + ": " + location.file() + " is not a file");
            }
            String size = Long.toString(attributes.size());
            String modified = attributes.lastModifiedTime().toString();
            if (size.equals(rememberedSize) && modified.equals(rememberedModified)) {
                return Fetched.notModified();
            }
            try (InputStream in = Files.newInputStream(location.file())) {
                return new Fetched(BoundedRead.readAtMost(in, maxBytes, location.name()), null, size, modified);
            }
        } catch (NoSuchFileException e) {
            throw new FeedReadException("feed " + location.name() + ": file " + location.file() + " does not exist", e);
        } catch (IOException e) {
            throw new FeedReadException("feed " + location.name() + ": cannot read " + location.file() + ": " + e, e);
        }
    }

    @Override
    public void remember(Fetched fetched) {
        rememberedSize = fetched.validator1();
        rememberedModified = fetched.validator2();
    }
}
