package io.griddle.files;

import io.griddle.http.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Files under a directory on disk, sent by the server from the file. Without {@code followSymlinks} each name
 * below the directory is checked with {@code lstat}; when one is a symbolic link the path is resolved to its real
 * path, which must stay under the directory's real path: a link inside the directory to another file inside it is
 * served, a link out of it is missing (Starlette's rule). With {@code followSymlinks} links are followed wherever
 * they lead; {@code ..} is still refused ({@link SafePaths}). The validators of recently served files are kept,
 * keyed by path and checked against each request's size and modification time; so are the bytes of files of at
 * most {@value #KEEP_LIMIT} bytes (up to {@value #KEEP_TOTAL} in all), which are then sent from memory.
 */
final class DirectorySource implements FileSource {

    private final Path root;
    private final boolean followSymlinks;
    private final java.util.Map<Path, DiskFile> recent = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Path realRoot;

    /** How many files' validators are kept. */
    static final int RECENT_LIMIT = 4096;
    /** The largest file kept in memory: served from there while its size and time stay the same. */
    static final int KEEP_LIMIT = 16 * 1024;
    /** The most bytes kept in memory for all small files together. */
    static final long KEEP_TOTAL = 8L * 1024 * 1024;

    private final java.util.concurrent.atomic.AtomicLong keptBytes = new java.util.concurrent.atomic.AtomicLong();

    DirectorySource(Path directory, boolean followSymlinks) {
        this.root = directory.toAbsolutePath().normalize();
        this.followSymlinks = followSymlinks;
    }

    @Override
    public Entry find(List<String> names) {
        Path path = root;
        for (String name : names) {
            path = path.resolve(name);
        }
        if (!path.normalize().startsWith(root)) {
            return Missing.INSTANCE; // cannot happen with SafePaths' names; kept as the invariant's check
        }
        try {
            BasicFileAttributes attributes =
                    followSymlinks ? Files.readAttributes(path, BasicFileAttributes.class) : null;
            if (attributes == null) {
                attributes = withoutLinks(names);
            }
            if (attributes == null) { // a link on the way: its real path must stay under the root's
                Path real = path.toRealPath();
                Path base = realRoot();
                if (base == null || !real.startsWith(base)) {
                    return Missing.INSTANCE;
                }
                path = real;
                attributes = Files.readAttributes(path, BasicFileAttributes.class);
            }
            if (attributes.isDirectory()) {
                return Directory.INSTANCE;
            }
            if (!attributes.isRegularFile()) {
                return Missing.INSTANCE; // a device, a FIFO, a socket: never served
            }
            return known(path, attributes);
        } catch (IOException | SecurityException missing) {
            return Missing.INSTANCE;
        }
    }

    // The common case, cheaply: one lstat per name below the root (the root itself is trusted as configured). The
    // last name's attributes when no name is a symbolic link; null when one is (then the real path decides).
    private BasicFileAttributes withoutLinks(List<String> names) throws IOException {
        Path path = root;
        BasicFileAttributes attributes = null;
        for (String name : names) {
            path = path.resolve(name);
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                return null;
            }
        }
        return attributes != null ? attributes : Files.readAttributes(root, BasicFileAttributes.class);
    }

    // The file as served before when its size and time are the same: its validators are not formatted again, and a
    // small file's bytes are not read again (the lstat above already looked at it; a file rewritten with the same
    // size and time would also keep its ETag, so a cache would keep it too).
    private Found known(Path path, BasicFileAttributes attributes) {
        long size = attributes.size();
        java.time.Instant modified = attributes.lastModifiedTime().toInstant();
        DiskFile cached = recent.get(path);
        if (cached != null && cached.size() == size && cached.modified().equals(modified)) {
            return cached;
        }
        DiskFile file = new DiskFile(path, size, modified, Validators.of(size, modified), smallBytes(path, size));
        if (recent.size() >= RECENT_LIMIT) {
            recent.clear(); // a crude bound: a site with more files than this formats their dates again
            keptBytes.set(0);
        }
        DiskFile replaced = recent.put(path, file);
        if (replaced != null && replaced.bytes() != null) {
            keptBytes.addAndGet(-replaced.bytes().length);
        }
        return file;
    }

    // A file of at most KEEP_LIMIT bytes, read whole while KEEP_TOTAL allows; null when it is larger, the total is
    // reached, or the file changed size while read (then it is sent from disk, as a large one).
    private byte[] smallBytes(Path path, long size) {
        if (size > KEEP_LIMIT || keptBytes.get() + size > KEEP_TOTAL) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(path);
            if (bytes.length != size) {
                return null;
            }
            keptBytes.addAndGet(bytes.length);
            return bytes;
        } catch (IOException | OutOfMemoryError unreadable) {
            return null;
        }
    }

    // The root's real path, learned once it exists (it may be created after the app starts).
    private Path realRoot() {
        Path real = realRoot;
        if (real == null) {
            try {
                real = root.toRealPath();
                realRoot = real;
            } catch (IOException missing) {
                return null;
            }
        }
        return real;
    }

    @Override
    public boolean rootExists() {
        return Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(root);
    }

    @Override
    public String describe() {
        return "directory '" + root + "'";
    }

    /** A regular file found on disk; a small one with its bytes. */
    private record DiskFile(Path path, long size, java.time.Instant modified, Validators validators, byte[] bytes)
            implements Found {
        @Override
        public Response response(int status, String mediaType) {
            if (bytes != null) {
                return Response.bytes(bytes, mediaType)
                        .status(status)
                        .header("content-length", Integer.toString(bytes.length))
                        .header("last-modified", validators.lastModified())
                        .header("etag", validators.etag())
                        .header("accept-ranges", "bytes");
            }
            return FileResponse.fileResponse(path, size, validators, mediaType).status(status);
        }
    }
}
