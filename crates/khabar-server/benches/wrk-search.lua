-- wrk script: GET /api/search over a fixed list of 40 Arabic news queries (one to three words,
-- common and rare, with and without the article/hamza), cycled per connection.
--
--   wrk -t2 -c50 -d30s --latency -s crates/khabar-server/benches/wrk-search.lua http://127.0.0.1:8080
--
-- Add `-- nocache` after the URL to defeat the server's result cache: every request then
-- carries a distinct `offset` (0..9), so each of the 400 combinations is computed at least once
-- and cached results are reused only across repeated combinations.
local queries = {
  "تونس", "الحكومة", "الانتخابات البلدية", "الإرهاب", "وزير الداخلية", "النفط", "كرة القدم",
  "الترجي", "سوسة", "صفاقس", "الرئيس", "البرلمان", "المهرجان", "الأمطار", "الطقس", "الصحة",
  "التعليم", "الفلاحة", "الاقتصاد", "البنك المركزي", "الدينار", "السياحة", "ترامب", "سوريا",
  "ليبيا", "الجزائر", "فرنسا", "المنتخب الوطني", "يوسف الشاهد", "السبسي", "حركة النهضة",
  "نداء تونس", "اتحاد الشغل", "الإضراب", "الأسعار", "الحرائق", "الهجرة غير الشرعية", "الشباب",
  "المرأة", "الجامعة",
}

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local encoded = {}
for i, q in ipairs(queries) do encoded[i] = urlencode(q) end

local n = 0
local vary = false

function init(args)
  vary = args[1] == "nocache"
end

function request()
  n = n + 1
  local path = "/api/search?q=" .. encoded[(n % #encoded) + 1]
  if vary then
    path = path .. "&offset=" .. (math.floor(n / #encoded) % 10)
  end
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, errors: connect %d read %d write %d status %d timeout %d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.status, summary.errors.timeout))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("p%s %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
