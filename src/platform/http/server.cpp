// The only translation unit that includes Boost.Beast/Asio: everything else sees the Beast-free Request and
// Response, which keeps a 2-core build fast.
//
// Threading: N threads run one io_context; every connection lives on its own strand, so its handlers never
// run concurrently. Route handlers run synchronously on those worker threads; a handler that waits on the
// database holds one worker for that time, which is acceptable for short queries (a slow report should be
// made fast, not moved to another pool).
#include <utility>

#include "platform/http/server.hpp"

#include <spdlog/async.h>
#include <spdlog/async_logger.h>
#include <spdlog/spdlog.h>
#include <algorithm>
#include <array>
#include <atomic>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cctype>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <stdexcept>
#include <thread>
#include <unordered_map>

namespace metodset::http {
namespace {

namespace beast = boost::beast;
namespace bhttp = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using ErrorCode = boost::system::error_code;

constexpr std::size_t kHeaderLimit = 16 * 1024;
constexpr std::size_t kDrainLimit = 16 * 1024 * 1024;
constexpr std::chrono::seconds kDrainTimeout{2};
// Bodies above this size are written beside the header (gathered) rather than copied into its buffer.
constexpr std::size_t kGatherThreshold = 4096;

constexpr std::string_view kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'";

// Sent on every answer.
constexpr std::pair<std::string_view, std::string_view> kSecurityHeaderList[] = {
    {"Content-Security-Policy", kContentSecurityPolicy},
    {"X-Content-Type-Options", "nosniff"},
    {"X-Frame-Options", "DENY"},
    {"Referrer-Policy", "no-referrer"},
    {"Cross-Origin-Opener-Policy", "same-origin"},
    {"Permissions-Policy", "camera=(), microphone=(), geolocation=()"},
};
constexpr std::pair<std::string_view, std::string_view> kHsts = {"Strict-Transport-Security",
                                                                 "max-age=31536000; includeSubDomains"};

// The same headers as one block of text, formatted once.
const std::string& SecurityHeaderText(bool behind_tls) {
  static const std::string kPlain = [] {
    std::string text;
    for (const auto& [name, value] : kSecurityHeaderList) {
      text.append(name).append(": ").append(value).append("\r\n");
    }
    return text;
  }();
  static const std::string kTls = kPlain + std::string(kHsts.first) + ": " + std::string(kHsts.second) + "\r\n";
  return behind_tls ? kTls : kPlain;
}

std::optional<Method> FromVerb(bhttp::verb verb) {
  switch (verb) {
    case bhttp::verb::get:
      return Method::kGet;
    case bhttp::verb::head:
      return Method::kHead;
    case bhttp::verb::post:
      return Method::kPost;
    case bhttp::verb::put:
      return Method::kPut;
    case bhttp::verb::patch:
      return Method::kPatch;
    case bhttp::verb::delete_:
      return Method::kDelete;
    case bhttp::verb::options:
      return Method::kOptions;
    default:
      return std::nullopt;
  }
}

std::string_view ContentTypeFor(const std::filesystem::path& path) {
  static const std::unordered_map<std::string, std::string_view> kTypes = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".json", "application/json; charset=utf-8"},
      {".webmanifest", "application/manifest+json"},
      {".woff2", "font/woff2"},
      {".map", "application/json; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},
  };
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  auto it = kTypes.find(ext);
  return it == kTypes.end() ? std::string_view("application/octet-stream") : it->second;
}

// Unique within the process and very likely across restarts: a random prefix and a counter.
std::string NewRequestId() {
  static const std::uint32_t kPrefix = std::random_device{}();
  static std::atomic<std::uint64_t> counter{0};
  char buf[24];
  auto n = counter.fetch_add(1, std::memory_order_relaxed) + 1;
  std::snprintf(buf, sizeof buf, "%08x%012llx", kPrefix, static_cast<unsigned long long>(n & 0xFFFFFFFFFFFFull));
  return buf;
}

// The Date header changes once a second; each thread formats it once per second.
std::string_view HttpDate() {
  thread_local std::time_t cached_at = 0;
  thread_local char text[40] = {};
  std::time_t now = std::time(nullptr);
  if (now != cached_at) {
    std::tm tm{};
    gmtime_r(&now, &tm);
    std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S GMT", &tm);
    cached_at = now;
  }
  return text;
}

std::int64_t Now() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// How often connection deadlines are checked: timeouts are whole seconds, so a quarter second is precise enough.
constexpr std::chrono::milliseconds kSweepInterval{250};

bool ParseQuery(std::string_view query, std::multimap<std::string, std::string>& out) {
  while (!query.empty()) {
    auto amp = query.find('&');
    auto pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
    if (pair.empty()) continue;
    auto eq = pair.find('=');
    auto name = PercentDecode(pair.substr(0, eq), true);
    auto value =
        eq == std::string_view::npos ? std::optional<std::string>("") : PercentDecode(pair.substr(eq + 1), true);
    if (!name || !value) return false;
    out.emplace(std::move(*name), std::move(*value));
  }
  return true;
}

Response JsonError(int status, std::string_view code, std::string_view message) {
  nlohmann::json body;
  body["error"] = {{"code", code}, {"message", message}, {"field", ""}};
  return JsonText(body.dump(), status);
}

std::string_view Sv(beast::string_view text) { return {text.data(), text.size()}; }
beast::string_view Bv(std::string_view text) { return {text.data(), text.size()}; }

bool IsApiPath(std::string_view path) { return path == "/api" || path.starts_with("/api/"); }

bool HasHeader(const Response& response, std::string_view name) {
  return std::any_of(response.headers.begin(), response.headers.end(),
                     [name](const auto& h) { return beast::iequals(h.first, Bv(name)); });
}

// Handler-supplied header values must not split the response.
std::string HeaderSafe(std::string value) {
  std::replace_if(
      value.begin(), value.end(), [](char c) { return c == '\r' || c == '\n'; }, ' ');
  return value;
}

}  // namespace

struct Server::Impl {
  class Session;

  Impl(ServerOptions opts, const Router& r, std::vector<Middleware> mw)
      : options(std::move(opts)),
        router(r),
        middleware(std::move(mw)),
        threads(options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency())),
        ioc(static_cast<int>(threads)),
        acceptor(net::make_strand(ioc)),
        signals(acceptor.get_executor()),
        retry_timer(acceptor.get_executor()),
        sweep_timer(acceptor.get_executor()) {
    if (!options.static_root.empty()) {
      std::error_code ec;
      static_root = std::filesystem::canonical(options.static_root, ec);
      if (ec) spdlog::warn("static root {} is not available: {}", options.static_root.string(), ec.message());
    }
    access_log = spdlog::get("access");
    if (!access_log && options.access_log) {
      // Writing a line per request on the worker threads halves throughput (a locked, flushed write each);
      // a private asynchronous logger feeding the default logger's sinks keeps the workers out of it.
      // A full queue drops the oldest lines rather than stalling requests.
      access_pool = std::make_shared<spdlog::details::thread_pool>(8192, 1);
      const auto& sinks = spdlog::default_logger()->sinks();
      access_log = std::make_shared<spdlog::async_logger>("access", sinks.begin(), sinks.end(), access_pool,
                                                          spdlog::async_overflow_policy::overrun_oldest);
      access_log->set_level(spdlog::default_logger()->level());
    }
  }

  unsigned short Listen();
  void Accept();
  void Sweep();
  void EndSweep();
  void BeginStop();
  bool Register(const std::shared_ptr<Session>& session);
  void Unregister(Session* session);
  Response Dispatch(Request& request);
  Response ServeStatic(const Request& request) const;

  // Declared before the io_context: pending handlers destroyed with it still unregister their sessions.
  ServerOptions options;
  const Router& router;
  std::vector<Middleware> middleware;
  std::filesystem::path static_root;                          // canonical; empty: no static files
  std::shared_ptr<spdlog::details::thread_pool> access_pool;  // set when the server made its own logger
  std::shared_ptr<spdlog::logger> access_log;                 // null when access_log is off
  std::size_t threads;
  std::mutex sessions_mutex;
  std::unordered_map<Session*, std::weak_ptr<Session>> sessions;
  bool stopping = false;  // guarded by sessions_mutex
  std::atomic<bool> stopping_flag{false};
  bool running = false;  // guarded by sessions_mutex: Run() is serving, so posting to the io_context is safe

  net::io_context ioc;
  tcp::acceptor acceptor;
  net::signal_set signals;
  net::steady_timer retry_timer;
  net::steady_timer sweep_timer;
};

class Server::Impl::Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, Impl& server) : socket_(std::move(socket)), server_(server) {
    ErrorCode ec;
    auto endpoint = socket_.remote_endpoint(ec);
    remote_ = ec ? "-" : endpoint.address().to_string();
    socket_.set_option(tcp::no_delay(true), ec);
  }
  ~Session() { server_.Unregister(this); }

  void Start() { ReadHeader(); }
  net::any_io_executor Executor() { return socket_.get_executor(); }

  /// True when the current read or write has run past its deadline (checked by the server's sweep).
  bool Expired(std::int64_t now) const {
    auto deadline = deadline_.load(std::memory_order_relaxed);
    return deadline != 0 && now >= deadline;
  }

  // Runs on the strand; the deadline may have moved since the sweep saw it.
  void OnDeadline() {
    if (Expired(Now())) Close();
  }

  // Runs on the session's strand once a stop began: a connection waiting for its next request is closed,
  // one in the middle of a request finishes it first (OnWrite sees the stop and closes).
  void OnStop() {
    if (waiting_idle_) Close();
  }

 private:
  struct Exchange {
    std::string_view method = "-";
    std::string path = "-";
    std::string request_id;
    int status = 0;
    std::uint64_t bytes = 0;
    bool head = false;
    bool api = true;
    bool keep_alive = false;
    bool http10 = false;
    bool linger = false;  // unread request bytes may follow: drain before closing
  };

  void ReadHeader() {
    if (server_.stopping_flag.load()) return Close();
    parser_.emplace();
    parser_->header_limit(kHeaderLimit);
    parser_->body_limit(server_.options.body_limit);
    waiting_idle_ = true;
    ExpireIn(first_request_ ? server_.options.read_timeout : server_.options.idle_timeout);
    bhttp::async_read_header(socket_, buffer_, *parser_,
                             [self = shared_from_this()](ErrorCode ec, std::size_t) { self->OnHeader(ec); });
  }

  void OnHeader(ErrorCode ec) {
    waiting_idle_ = false;
    first_request_ = false;
    started_ = std::chrono::steady_clock::now();
    if (ec) return OnReadError(ec);
    auto& header = parser_->get();
    if (!parser_->is_done() && beast::iequals(header[bhttp::field::expect], "100-continue")) {
      auto reply = std::make_shared<bhttp::response<bhttp::empty_body>>(bhttp::status::continue_, 11);
      bhttp::async_write(socket_, *reply, [self = shared_from_this(), reply](ErrorCode wec, std::size_t) {
        if (wec) return self->Close();
        self->ReadBody();
      });
      return;
    }
    ReadBody();
  }

  void ReadBody() {
    if (parser_->is_done()) return Handle();
    ExpireIn(server_.options.read_timeout);
    bhttp::async_read(socket_, buffer_, *parser_, [self = shared_from_this()](ErrorCode ec, std::size_t) {
      if (ec) return self->OnReadError(ec);
      self->Handle();
    });
  }

  void OnReadError(ErrorCode ec) {
    Exchange x;
    x.request_id = NewRequestId();
    x.linger = true;
    if (parser_ && parser_->is_header_done()) {
      const auto& header = parser_->get();
      x.method = header.method() == bhttp::verb::unknown ? "-" : Sv(header.method_string());
      auto target = Sv(header.target());
      x.path = std::string(target.substr(0, target.find('?')));
    }
    if (ec == bhttp::error::body_limit) {
      return Send(
          ErrorResponse({core::ErrorKind::kPayloadTooLarge, "payload_too_large", "Тело запроса слишком велико", {}}),
          std::move(x));
    }
    if (ec == bhttp::error::header_limit) {
      return Send(JsonError(431, "headers_too_large", "Заголовки запроса слишком велики"), std::move(x));
    }
    if (ec.category() == ErrorCode(bhttp::error::end_of_stream).category() && ec != bhttp::error::end_of_stream &&
        ec != bhttp::error::partial_message) {
      return Send(JsonError(400, "bad_request", "Некорректный HTTP-запрос"), std::move(x));
    }
    // Timeouts, resets, a client that left, or a stop: nothing to answer.
    Close();
  }

  void Handle() {
    deadline_.store(0, std::memory_order_relaxed);  // a slow handler is not the client's fault
    auto& message = parser_->get();
    Exchange x;
    x.request_id = NewRequestId();
    x.keep_alive = message.keep_alive();
    x.http10 = message.version() == 10;
    auto target = Sv(message.target());
    x.path = std::string(target.substr(0, target.find('?')));
    x.method = Sv(message.method_string());

    auto method = FromVerb(message.method());
    if (!method) {
      x.keep_alive = false;
      return Send(JsonError(501, "not_implemented", "Метод не поддерживается"), std::move(x));
    }
    x.head = *method == Method::kHead;

    Request request;
    request.method = *method;
    request.target = std::string(target);
    auto query_at = target.find('?');
    auto path = PercentDecode(target.substr(0, query_at));
    bool query_ok = query_at == std::string_view::npos || ParseQuery(target.substr(query_at + 1), request.query);
    if (target.empty() || target.front() != '/' || !path || !query_ok || path->find('\0') != std::string::npos) {
      x.keep_alive = false;
      return Send(JsonError(400, "bad_request", "Некорректный адрес запроса"), std::move(x));
    }
    request.path = std::move(*path);
    x.api = IsApiPath(request.path);
    for (const auto& field : message) {
      std::string name(field.name_string());
      std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
      auto [it, inserted] = request.headers.emplace(std::move(name), std::string(field.value()));
      if (!inserted) {
        it->second += it->first == "cookie" ? "; " : ", ";
        it->second += Sv(field.value());
      }
    }
    request.body = std::move(message.body());
    request.remote_address = remote_;
    request.request_id = x.request_id;

    Response response = server_.Dispatch(request);
    Send(std::move(response), std::move(x));
  }

  template <typename Body>
  void Decorate(bhttp::response<Body>& msg, Response& response, const Exchange& x) {
    msg.result(static_cast<unsigned>(response.status));
    msg.version(11);
    if (!response.content_type.empty()) msg.set(bhttp::field::content_type, response.content_type);
    for (auto& [name, value] : response.headers) msg.insert(name, HeaderSafe(std::move(value)));
    msg.set(bhttp::field::date, Bv(HttpDate()));
    for (const auto& [name, value] : kSecurityHeaderList) msg.set(Bv(name), Bv(value));
    if (server_.options.behind_tls) msg.set(Bv(kHsts.first), Bv(kHsts.second));
    if (x.api && !HasHeader(response, "Cache-Control")) msg.set(bhttp::field::cache_control, "no-store");
    msg.set("X-Request-Id", x.request_id);
    msg.keep_alive(x.keep_alive);
  }

  void Send(Response response, Exchange x) {
    if (server_.stopping_flag.load()) x.keep_alive = false;
    if (!x.keep_alive) x.linger = x.linger || !parser_ || !parser_->is_done();
    x.status = response.status;
    if (!response.file_path.empty()) {
      bhttp::file_body::value_type file;
      ErrorCode ec;
      file.open(response.file_path.c_str(), beast::file_mode::scan, ec);
      if (!ec) {
        x.bytes = file.size();
        if (x.head) return WriteText(HeaderText(response, x, x.bytes), 0, std::move(x));
        bhttp::response<bhttp::file_body> msg;
        Decorate(msg, response, x);
        msg.body() = std::move(file);
        msg.prepare_payload();
        return Write(std::move(msg), std::move(x));
      }
      spdlog::error("request {}: cannot open {}: {}", x.request_id, response.file_path, ec.message());
      response = ErrorResponse(core::NotFound("Файл не найден"));
      x.status = response.status;
    }
    if (response.status == 204 || response.status == 304 || response.status < 200) {
      response.body.clear();
      response.shared_body.reset();
      response.content_type.clear();
    }
    const std::string& body = response.shared_body ? *response.shared_body : response.body;
    // HEAD answers carry the Content-Length of the GET answer and no body.
    std::string text = HeaderText(response, x, body.size());
    std::uint64_t bytes = x.head ? 0 : body.size();
    // A large body goes out beside the header in one gathered write instead of being copied behind it.
    if (!x.head && body.size() > kGatherThreshold) {
      auto shared = response.shared_body ? std::move(response.shared_body)
                                         : std::make_shared<const std::string>(std::move(response.body));
      return WriteText(std::move(text), bytes, std::move(x), std::move(shared));
    }
    if (!x.head) text += body;
    WriteText(std::move(text), bytes, std::move(x));
  }

  // The whole answer in one buffer: Beast's field container allocates per header, and the fixed security
  // headers are the bulk of every answer, so text is cheaper on the hot path (see docs/PERFORMANCE.md).
  std::string HeaderText(Response& response, const Exchange& x, std::uint64_t content_length) {
    bool cache_set = HasHeader(response, "Cache-Control");
    std::string text;
    text.reserve(640 + (content_length > kGatherThreshold ? 0 : content_length));
    char status_line[16];
    std::snprintf(status_line, sizeof status_line, "HTTP/1.1 %03d ", response.status);
    text += status_line;
    text += Sv(bhttp::obsolete_reason(bhttp::int_to_status(static_cast<unsigned>(response.status))));
    text += "\r\n";
    if (!response.content_type.empty()) {
      text += "Content-Type: ";
      text += HeaderSafe(std::move(response.content_type));
      text += "\r\n";
    }
    for (auto& [name, value] : response.headers) {
      text += HeaderSafe(std::move(name));
      text += ": ";
      text += HeaderSafe(std::move(value));
      text += "\r\n";
    }
    if (response.status != 204 && response.status != 304 && response.status >= 200) {
      char length[40];
      std::snprintf(length, sizeof length, "Content-Length: %llu\r\n", static_cast<unsigned long long>(content_length));
      text += length;
    }
    text += "Date: ";
    text += HttpDate();
    text += "\r\n";
    text += SecurityHeaderText(server_.options.behind_tls);
    if (x.api && !cache_set) text += "Cache-Control: no-store\r\n";
    text += "X-Request-Id: ";
    text += x.request_id;
    text += "\r\n";
    if (!x.keep_alive) {
      text += "Connection: close\r\n";
    } else if (x.http10) {
      text += "Connection: keep-alive\r\n";
    }
    text += "\r\n";
    return text;
  }

  void WriteText(std::string text, std::uint64_t body_bytes, Exchange x, std::shared_ptr<const std::string> body = {}) {
    x.bytes = body_bytes;
    struct Reply {
      std::string head;
      std::shared_ptr<const std::string> body;
    };
    auto reply = std::make_shared<Reply>(Reply{std::move(text), std::move(body)});
    ExpireIn(server_.options.read_timeout);
    std::array<net::const_buffer, 2> buffers{net::buffer(reply->head),
                                             reply->body ? net::buffer(*reply->body) : net::const_buffer()};
    net::async_write(socket_, buffers,
                     [self = shared_from_this(), reply, x = std::move(x)](ErrorCode ec, std::size_t) mutable {
                       self->OnWrite(ec, std::move(x));
                     });
  }

  template <typename Message>
  void Write(Message&& msg, Exchange x) {
    auto reply = std::make_shared<std::decay_t<Message>>(std::forward<Message>(msg));
    ExpireIn(server_.options.read_timeout);
    bhttp::async_write(socket_, *reply,
                       [self = shared_from_this(), reply, x = std::move(x)](ErrorCode ec, std::size_t) mutable {
                         self->OnWrite(ec, std::move(x));
                       });
  }

  void OnWrite(ErrorCode ec, Exchange x) {
    if (server_.access_log && server_.options.access_log && server_.access_log->should_log(spdlog::level::info)) {
      auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_).count();
      server_.access_log->info("{} {} {} {} {:.1f}ms {} {}", x.method, x.path, x.status, x.bytes, ms, remote_,
                               x.request_id);
    }
    if (ec) return Close();
    if (!x.keep_alive || server_.stopping_flag.load()) return x.linger ? Linger() : Close();
    ReadHeader();
  }

  // Closing a socket with unread request bytes makes the kernel send a reset that can destroy the answer we
  // just wrote (a 413 to a large upload); so half-close and drain for a bounded time first.
  void Linger() {
    ErrorCode ec;
    socket_.shutdown(tcp::socket::shutdown_send, ec);
    if (ec) return Close();
    ExpireIn(kDrainTimeout);
    Drain();
  }

  void Drain() {
    buffer_.consume(buffer_.size());
    socket_.async_read_some(buffer_.prepare(64 * 1024), [self = shared_from_this()](ErrorCode ec, std::size_t n) {
      self->drained_ += n;
      if (ec || self->drained_ > kDrainLimit) return self->Close();
      self->Drain();
    });
  }

  void Close() {
    ErrorCode ec;
    deadline_.store(0, std::memory_order_relaxed);
    socket_.shutdown(tcp::socket::shutdown_both, ec);
    socket_.close(ec);
  }

  void ExpireIn(std::chrono::nanoseconds timeout) {
    deadline_.store(Now() + timeout.count(), std::memory_order_relaxed);
  }

  tcp::socket socket_;
  std::atomic<std::int64_t> deadline_{0};  // steady-clock nanoseconds; 0: no deadline (handler running)
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  Impl& server_;
  std::string remote_;
  std::chrono::steady_clock::time_point started_{};
  std::size_t drained_ = 0;
  bool waiting_idle_ = false;
  bool first_request_ = true;
};

unsigned short Server::Impl::Listen() {
  try {
    tcp::resolver resolver(ioc);
    auto results = resolver.resolve(options.host, std::to_string(options.port),
                                    tcp::resolver::passive | tcp::resolver::numeric_service);
    tcp::endpoint endpoint = results.begin()->endpoint();
    acceptor.open(endpoint.protocol());
    acceptor.set_option(net::socket_base::reuse_address(true));
    acceptor.bind(endpoint);
    acceptor.listen(net::socket_base::max_listen_connections);
    return acceptor.local_endpoint().port();
  } catch (const boost::system::system_error& e) {
    ErrorCode ignored;
    acceptor.close(ignored);
    throw std::runtime_error("cannot listen on " + options.host + ":" + std::to_string(options.port) + ": " +
                             e.code().message());
  }
}

void Server::Impl::Accept() {
  acceptor.async_accept(net::make_strand(ioc), [this](ErrorCode ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted || !acceptor.is_open()) return;
    if (ec) {
      // Out of descriptors and similar: wait a little instead of spinning on the error.
      spdlog::warn("accept failed: {}", ec.message());
      retry_timer.expires_after(std::chrono::milliseconds(50));
      retry_timer.async_wait([this](ErrorCode timer_ec) {
        if (!timer_ec && acceptor.is_open()) Accept();
      });
      return;
    }
    auto session = std::make_shared<Session>(std::move(socket), *this);
    if (Register(session)) net::dispatch(session->Executor(), [session] { session->Start(); });
    Accept();
  });
}

// Timeouts are deadlines that one periodic sweep enforces: arming a timer per read and write (tcp_stream's
// expires_after) costs timer-queue locking on every request, which showed up in the benchmark.
void Server::Impl::Sweep() {
  sweep_timer.expires_after(kSweepInterval);
  sweep_timer.async_wait([this](ErrorCode ec) {
    if (ec) return;
    std::vector<std::shared_ptr<Session>> expired;
    bool finished = false;
    {
      std::lock_guard lock(sessions_mutex);
      auto now = Now();
      for (auto& [ptr, weak] : sessions) {
        if (auto s = weak.lock(); s && s->Expired(now)) expired.push_back(std::move(s));
      }
      finished = stopping && sessions.empty();
    }
    for (auto& s : expired) net::post(s->Executor(), [s] { s->OnDeadline(); });
    // After a stop the sweep goes on until the last connection is gone, so that Run() can return.
    if (!finished) Sweep();
  });
}

bool Server::Impl::Register(const std::shared_ptr<Session>& session) {
  std::lock_guard lock(sessions_mutex);
  if (stopping) return false;
  sessions.emplace(session.get(), session);
  return true;
}

void Server::Impl::Unregister(Session* session) {
  std::lock_guard lock(sessions_mutex);
  sessions.erase(session);
  if (stopping && sessions.empty() && running) EndSweep();
}

// The last connection after a stop is gone: end the sweep now rather than at its next tick.
void Server::Impl::EndSweep() {
  net::post(acceptor.get_executor(), [this] { sweep_timer.cancel(); });
}

void Server::Impl::BeginStop() {
  std::vector<std::shared_ptr<Session>> live;
  {
    std::lock_guard lock(sessions_mutex);
    if (stopping) return;
    stopping = true;
    stopping_flag = true;
    for (auto& [ptr, weak] : sessions) {
      if (auto s = weak.lock()) live.push_back(std::move(s));
    }
    if (sessions.empty() && running) EndSweep();
  }
  net::post(acceptor.get_executor(), [this] {
    ErrorCode ec;
    acceptor.close(ec);
    signals.cancel(ec);
    retry_timer.cancel();
  });
  for (auto& s : live) net::post(s->Executor(), [s] { s->OnStop(); });
}

Response Server::Impl::Dispatch(Request& request) {
  try {
    RouteMatch match = router.Match(request);
    if (match.route) {
      for (const auto& step : middleware) {
        if (auto early = step(request, match.route)) return std::move(*early);
      }
      return match.route->handler(request);
    }
    if (match.path_known) {
      Response response = JsonError(405, "method_not_allowed", "Метод не поддерживается для этого адреса");
      std::string allow;
      for (Method m : match.allowed) {
        if (!allow.empty()) allow += ", ";
        allow += MethodName(m);
      }
      response.SetHeader("Allow", std::move(allow));
      return response;
    }
    bool read = request.method == Method::kGet || request.method == Method::kHead;
    if (!IsApiPath(request.path) && !static_root.empty() && read) return ServeStatic(request);
    return ErrorResponse(core::NotFound("Адрес не найден"));
  } catch (const std::exception& e) {
    spdlog::error("request {} {} {} failed: {}", request.request_id, MethodName(request.method), request.path,
                  e.what());
  } catch (...) {
    spdlog::error("request {} {} {} failed with a non-standard exception", request.request_id,
                  MethodName(request.method), request.path);
  }
  return ErrorResponse({core::ErrorKind::kInternal, "internal", "Внутренняя ошибка сервера", {}});
}

Response Server::Impl::ServeStatic(const Request& request) const {
  const Response not_found = ErrorResponse(core::NotFound("Адрес не найден"));
  std::string_view path = request.path;
  if (path.find('\\') != std::string_view::npos || path.find('\0') != std::string_view::npos) return not_found;
  std::string relative(
      path.substr(path.find_first_not_of('/') == std::string_view::npos ? path.size() : path.find_first_not_of('/')));
  // Any dot segment is refused outright; the prefix check below also catches symlinks leading outside.
  for (std::string_view rest = relative; !rest.empty();) {
    auto slash = rest.find('/');
    auto segment = rest.substr(0, slash);
    if (segment == ".." || segment == ".") return not_found;
    rest = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash + 1);
  }
  auto within_root = [this](const std::filesystem::path& candidate) -> std::optional<std::filesystem::path> {
    std::error_code ec;
    auto resolved = std::filesystem::weakly_canonical(candidate, ec);
    if (ec) return std::nullopt;
    auto [root_end, ignored] = std::mismatch(static_root.begin(), static_root.end(), resolved.begin(), resolved.end());
    if (root_end != static_root.end()) return std::nullopt;
    return resolved;
  };

  std::string_view last = relative;
  if (auto slash = last.rfind('/'); slash != std::string_view::npos) last = last.substr(slash + 1);
  auto file = within_root(static_root / relative);
  if (!file) return not_found;
  std::error_code ec;
  bool serve_index = relative.empty() || relative.back() == '/' || !std::filesystem::is_regular_file(*file, ec);
  if (serve_index) {
    bool has_extension = last.find('.') != std::string_view::npos;
    // SPA fallback: client-side routes have no extension; a missing asset stays a 404.
    if (has_extension && !relative.empty() && relative.back() != '/') return not_found;
    file = static_root / "index.html";
    if (!std::filesystem::is_regular_file(*file, ec)) return not_found;
  }
  Response response;
  response.file_path = file->string();
  response.content_type = std::string(ContentTypeFor(*file));
  bool immutable = !serve_index && relative.starts_with("assets/");
  response.SetHeader("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  return response;
}

Server::Server(ServerOptions options, const Router& router, std::vector<Middleware> middleware)
    : impl_(std::make_unique<Impl>(std::move(options), router, std::move(middleware))) {}

Server::~Server() = default;

unsigned short Server::Listen() { return impl_->Listen(); }

void Server::Run(bool handle_signals) {
  Impl& impl = *impl_;
  if (!impl.acceptor.is_open()) Listen();
  if (handle_signals) {
    impl.signals.add(SIGINT);
    impl.signals.add(SIGTERM);
    impl.signals.async_wait([&impl](ErrorCode ec, int signal_number) {
      if (ec) return;
      spdlog::info("signal {}: stopping, letting in-flight requests finish", signal_number);
      impl.BeginStop();
    });
  }
  if (!impl.stopping_flag.load()) net::post(impl.acceptor.get_executor(), [&impl] { impl.Accept(); });
  net::post(impl.acceptor.get_executor(), [&impl] { impl.Sweep(); });
  auto work = [&impl] {
    // An exception escaping a completion handler must not take the worker thread down with it.
    while (true) {
      try {
        impl.ioc.run();
        return;
      } catch (const std::exception& e) {
        spdlog::error("HTTP worker: {}", e.what());
      }
    }
  };
  {
    std::lock_guard lock(impl.sessions_mutex);
    impl.running = true;
  }
  std::vector<std::thread> workers;
  for (std::size_t i = 1; i < impl.threads; ++i) workers.emplace_back(work);
  work();
  for (auto& t : workers) t.join();
  std::lock_guard lock(impl.sessions_mutex);
  impl.running = false;
}

void Server::Stop() { impl_->BeginStop(); }

}  // namespace metodset::http
