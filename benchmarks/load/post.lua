-- wrk script: every request is a POST of a JSON body, read once from a file.
--   wrk -s benchmarks/load/post.lua http://127.0.0.1:8000/items
-- The body file is POST_BODY_FILE, or benchmarks/load/new-item.json (relative to the working directory).
local path = os.getenv("POST_BODY_FILE") or "benchmarks/load/new-item.json"
local file = assert(io.open(path, "rb"), "run-load: cannot read the POST body " .. path)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = file:read("*a")
file:close()
