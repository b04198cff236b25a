package io.griddle.files;

import io.griddle.http.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Files under a directory on disk, sent by the server from the file. Without {@code followSymlinks} a name is
 * resolved to its real path, which must stay under the directory's real path: a link inside the directory to
 * another file inside it is served, a link out of it is missing (Starlette's rule). With {@code followSymlinks}
 * links are followed wherever they lead; {@code ..} is still refused ({@link SafePaths}).
 */
final class DirectorySource implements FileSource {

    private final Path root;
    private final boolean followSymlinks;
    private volatile Path realRoot;

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
            if (!followSymlinks) {
                Path real = path.toRealPath();
                Path base = realRoot();
                if (base == null || !real.startsWith(base)) {
                    return Missing.INSTANCE;
                }
                path = real;
            }
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                return Directory.INSTANCE;
            }
            if (!attributes.isRegularFile()) {
                return Missing.INSTANCE; // a device, a FIFO, a socket: never served
            }
            return new DiskFile(
                    path,
                    attributes.size(),
                    Validators.of(
                            attributes.size(), attributes.lastModifiedTime().toInstant()));
        } catch (IOException | SecurityException missing) {
            return Missing.INSTANCE;
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

    /** A regular file found on disk. */
    private record DiskFile(Path path, long size, Validators validators) implements Found {
        @Override
        public Response response(int status, String mediaType) {
            return FileResponse.fileResponse(path, size, validators, mediaType).status(status);
        }
    }
}
