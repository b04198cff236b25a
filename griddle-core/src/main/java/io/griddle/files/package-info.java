/**
 * Files over HTTP: {@link io.griddle.files.FileResponse} (one file from a handler, as FastAPI's
 * {@code FileResponse}) and {@link io.griddle.files.StaticFiles} (a directory or class-path folder as a mountable
 * application, as Starlette's {@code StaticFiles}), with validators (ETag, Last-Modified), conditional requests
 * (304), byte ranges (206, {@code multipart/byteranges}, 416) and media types guessed from the name. Files on disk
 * are sent by the server itself ({@code sendfile} over plain TCP); see {@code docs/files.md}.
 *
 * <pre>{@code
 * app.mount("/static", StaticFiles.directory(Path.of("static")));
 * app.get("/report", Endpoint.blocking(request -> FileResponse.download(Path.of("report.pdf"), "report.pdf")));
 * }</pre>
 */
package io.griddle.files;
