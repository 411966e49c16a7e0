-- A wrk script for bench/bench_pages.py: every connection walks through the paths of a file,
-- sends the path's If-None-Match when the file gives one (a calendar client that already has
-- the feed), waits DELAY_MS between its requests (a paced load, not a flood), and counts the
-- answers by status. One connection per thread, so each thread's requests are sequential.
--
--   wrk -t C -c C -d 60s --timeout 30s -s bench/wrk_rotate.lua http://127.0.0.1:PORT -- PATHS DELAY_MS C
--
-- PATHS: one request a line, "path<TAB>etag" (the etag may be empty). The threads start at
-- evenly spaced lines, so they do not poll the same feed at the same time.

local threads = {}
local created = 0

function setup(thread)
  thread:set("id", created)
  created = created + 1
  table.insert(threads, thread)
end

function init(args)
  paths, etags = {}, {}
  for line in io.lines(args[1]) do
    local path, etag = line:match("^([^\t]+)\t?(.*)$")
    if path then
      table.insert(paths, path)
      table.insert(etags, etag or "")
    end
  end
  pause = tonumber(args[2]) or 0
  local nthreads = tonumber(args[3]) or 1
  position = math.floor(id * #paths / nthreads)
  ok, not_modified, other, bytes = 0, 0, 0, 0
  first_other = ""
end

function delay()
  return pause
end

function request()
  local k = position % #paths + 1
  position = position + 1
  local headers = {}
  for name, value in pairs(wrk.headers) do
    headers[name] = value
  end
  headers["Accept-Encoding"] = "gzip"
  if etags[k] ~= "" then
    headers["If-None-Match"] = etags[k]
  end
  return wrk.format("GET", paths[k], headers)
end

function response(status, headers, body)
  if status == 200 then
    ok = ok + 1
    bytes = bytes + #body
  elseif status == 304 then
    not_modified = not_modified + 1
  else
    other = other + 1
    if first_other == "" then
      first_other = tostring(status)
    end
  end
end

function done(summary, latency, requests)
  local total = { ok = 0, not_modified = 0, other = 0, bytes = 0 }
  local statuses = ""
  for _, thread in ipairs(threads) do
    for name, _ in pairs(total) do
      total[name] = total[name] + thread:get(name)
    end
    local seen = thread:get("first_other")
    if seen ~= "" then
      statuses = statuses .. seen .. ","
    end
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d ok=%d not_modified=%d other=%d bytes=%d connect=%d read=%d write=%d status=%d timeout=%d "
      .. "p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%.0f other_statuses=%s\n",
    summary.requests, summary.duration, total.ok, total.not_modified, total.other, total.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
    statuses == "" and "-" or statuses
  ))
end
