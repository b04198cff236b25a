#!/usr/bin/env python3
"""The request-parsing findings of docs/security.md, sent as raw bytes to a running server on 127.0.0.1.

Usage: benchmarks/load/parsing-probe.py PORT
Each case goes on a fresh connection; the line shows the statuses answered, a Location if any, and whether the
server closed the connection. Start a server first, e.g.
  java -cp benchmarks/target/benchmarks.jar io.griddle.benchmarks.BindingApp --no-access-log --port 8000
(its routes: GET /quick, GET /items/{id}, POST /items; /burgers/3 stands for a request smuggled behind another).
The regression tests asserting these answers are griddle-server's RequestParsingTest.
"""
import socket, sys, re
port = int(sys.argv[1])
SM = b"GET /burgers/3 HTTP/1.1\r\nHost: x\r\n\r\n"
cases = [
 ("1 two CL on HTTP/1.0", b"GET /quick HTTP/1.0\r\nConnection: keep-alive\r\nContent-Length: 0\r\nContent-Length: 36\r\n\r\n" + SM),
 ("1 two CL on HTTP/0.9", b"GET /quick HTTP/0.9\r\nContent-Length: 0\r\nContent-Length: 36\r\n\r\n" + SM),
 ("1 version http/1.1", b"GET /quick http/1.1\r\nHost: x\r\n\r\n"),
 ("1 version HTTP/2.0", b"GET /quick HTTP/2.0\r\nHost: x\r\n\r\n"),
 ("2 chunk helloXX", b"GET /quick HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX\r\n0\r\n\r\n"),
 ("2 chunk size 0x5", b"GET /quick HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n0\r\n\r\n"),
 ("2 chunk size FFFFFFFFFFFFFFFF", b"GET /quick HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFF\r\nhello\r\n0\r\n\r\n"),
 ("3 VT before version", b"GET /quick\x0b HTTP/1.1\r\nHost: x\r\n\r\n"),
 ("3 VT separators", b"GET\x0b/quick\x0bHTTP/1.1\r\nHost: x\r\n\r\n"),
 ("3 leading space", b" GET /quick HTTP/1.1\r\nHost: x\r\n\r\n"),
 ("4 ESC in target", b"GET /x\x1b[2J\x1b[31mFAKE\x1b[0m HTTP/1.1\r\nHost: x\r\n\r\n"),
 ("4 NUL in target", b"GET /x\x00 HTTP/1.1\r\nHost: x\r\n\r\n"),
 ("4 invalid UTF-8 in target", b"GET /x\xff\xfe HTTP/1.1\r\nHost: x\r\n\r\n"),
 ("5 Host evil.example/x?", b"GET /items/ HTTP/1.1\r\nHost: evil.example/x?\r\n\r\n"),
 ("5 Host good.example@evil.example", b"GET /items/ HTTP/1.1\r\nHost: good.example@evil.example\r\n\r\n"),
 ("5 no Host on HTTP/1.1", b"GET /quick HTTP/1.1\r\n\r\n"),
 ("5 two Host", b"GET /quick HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"),
]
for name, raw in cases:
    s = socket.create_connection(("127.0.0.1", port)); s.settimeout(1.5); s.sendall(raw)
    data = b""; closed = False
    try:
        while True:
            d = s.recv(65536)
            if not d: closed = True; break
            data += d
    except socket.timeout: pass
    except ConnectionResetError: closed = True
    s.close()
    text = data.decode("latin-1")
    answers = re.findall(r"HTTP/1\.1 (\d{3})", text)
    loc = re.findall(r"location: ([^\r\n]*)", text)
    print(f"{name:36s} answers={'+'.join(answers) or 'none'}{' location='+loc[0] if loc else ''} {'closed' if closed else 'kept open'}")
