#include "platform/http/server.hpp"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <future>
#include <map>
#include <stdexcept>
#include <thread>

namespace metodset::http {
namespace {

namespace fs = std::filesystem;

struct Reply {
  int status = 0;
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;
  std::string Header(const std::string& name) const {
    auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
  }
};

// A blocking HTTP/1.1 client over a plain socket, enough to read Content-Length framed answers.
class Client {
 public:
  explicit Client(unsigned short port) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    timeval tv{5, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) throw std::runtime_error("connect");
  }
  ~Client() { ::close(fd_); }

  void Write(const std::string& data) {
    std::size_t sent = 0;
    while (sent < data.size()) {
      auto n = ::send(fd_, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) return;  // the server may close early (413); the answer is still readable
      sent += static_cast<std::size_t>(n);
    }
  }

  // Reads one response; `head` when the request was HEAD (no body despite Content-Length).
  Reply Read(bool head = false) {
    Reply reply;
    std::size_t end;
    while ((end = buffer_.find("\r\n\r\n")) == std::string::npos) {
      if (!Fill()) throw std::runtime_error("connection closed before headers: " + buffer_);
    }
    std::string head_text = buffer_.substr(0, end);
    buffer_.erase(0, end + 4);
    auto line_end = head_text.find("\r\n");
    reply.status = std::stoi(head_text.substr(9, 3));
    std::size_t pos = line_end == std::string::npos ? head_text.size() : line_end + 2;
    while (pos < head_text.size()) {
      auto next = head_text.find("\r\n", pos);
      if (next == std::string::npos) next = head_text.size();
      auto line = head_text.substr(pos, next - pos);
      auto colon = line.find(':');
      std::string name = line.substr(0, colon);
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      reply.headers[name] = line.substr(line.find_first_not_of(' ', colon + 1));
      pos = next + 2;
    }
    std::size_t length = reply.headers.count("content-length") ? std::stoul(reply.headers["content-length"]) : 0;
    if (head) length = 0;
    while (buffer_.size() < length) {
      if (!Fill()) throw std::runtime_error("connection closed inside the body");
    }
    reply.body = buffer_.substr(0, length);
    buffer_.erase(0, length);
    return reply;
  }

  Reply Get(const std::string& target, const std::string& extra = "") {
    Write("GET " + target + " HTTP/1.1\r\nHost: test\r\n" + extra + "\r\n");
    return Read();
  }

  // True when the server closed the connection (orderly) within the receive timeout.
  bool Closed() {
    char c;
    auto n = ::recv(fd_, &c, 1, 0);
    return n == 0;
  }

 private:
  bool Fill() {
    char chunk[16384];
    auto n = ::recv(fd_, chunk, sizeof chunk, 0);
    if (n <= 0) return false;
    buffer_.append(chunk, static_cast<std::size_t>(n));
    return true;
  }
  int fd_ = -1;
  std::string buffer_;
};

void WriteFile(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("metodset_http_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    WriteFile(dir_ / "secret.txt", "top secret");
    WriteFile(dir_ / "www" / "index.html", "<html>app</html>");
    WriteFile(dir_ / "www" / "assets" / "app.js", "console.log(1)");
    WriteFile(dir_ / "www" / "favicon.ico", "ico");
    WriteFile(dir_ / "download.bin", std::string(100000, 'z'));

    router_.Add(Method::kGet, "/healthz", {.access = Access::kPublic},
                [](Request&) { return JsonText(R"({"status":"ok"})"); });
    router_.Add(Method::kGet, "/api/v1/echo/{name}", {}, [](Request& r) {
      return JsonText(r.Param("name") + "|" + r.QueryParam("q").value_or("-") + "|" + r.request_id + "|" +
                      r.Cookie("s").value_or("-"));
    });
    router_.Add(Method::kPost, "/api/v1/echo", {}, [](Request& r) { return JsonText(r.body, 201); });
    router_.Add(Method::kGet, "/api/v1/private", {}, [](Request&) { return JsonText(R"({"secret":1})"); });
    router_.Add(Method::kGet, "/api/v1/boom", {}, [](Request&) -> Response {
      throw std::runtime_error("database password is hunter2");
    });
    router_.Add(Method::kGet, "/api/v1/cached", {}, [](Request&) {
      return JsonText("{}").SetHeader("Cache-Control", "private, max-age=60");
    });
    router_.Add(Method::kGet, "/api/v1/file", {}, [this](Request&) {
      Response r;
      r.content_type = "application/octet-stream";
      r.file_path = (dir_ / "download.bin").string();
      return r;
    });
    router_.Add(Method::kGet, "/api/v1/slow", {}, [this](Request&) {
      slow_started_ = true;
      std::this_thread::sleep_for(std::chrono::milliseconds(400));
      return JsonText(std::string(50000, 'x'));
    });
    middleware_.push_back([this](Request& r, const Route* route) -> std::optional<Response> {
      ++middleware_calls_;
      if (route->pattern == "/api/v1/private" && !r.Cookie("s")) {
        return ErrorResponse(core::Unauthenticated());
      }
      return std::nullopt;
    });
  }

  void Start(ServerOptions options = {}) {
    options.port = 0;
    options.threads = 2;
    options.body_limit = 1024;
    options.access_log = false;
    if (options.static_root.empty()) options.static_root = dir_ / "www";
    server_ = std::make_unique<Server>(options, router_, middleware_);
    port_ = server_->Listen();
    runner_ = std::async(std::launch::async, [this] { server_->Run(false); });
  }

  void TearDown() override {
    if (server_) {
      server_->Stop();
      EXPECT_EQ(runner_.wait_for(std::chrono::seconds(10)), std::future_status::ready);
    }
    fs::remove_all(dir_);
  }

  fs::path dir_;
  Router router_;
  std::vector<Middleware> middleware_;
  std::unique_ptr<Server> server_;
  std::future<void> runner_;
  unsigned short port_ = 0;
  std::atomic<int> middleware_calls_{0};
  std::atomic<bool> slow_started_{false};
};

TEST_F(ServerTest, ServesSeveralRequestsOnOneConnection) {
  Start();
  EXPECT_NE(port_, 0);
  Client client(port_);
  for (int i = 0; i < 3; ++i) {
    auto reply = client.Get("/api/v1/echo/%D0%BC%D0%B8%D1%80?q=a+b%26c&i=" + std::to_string(i), "Cookie: s=42\r\n");
    ASSERT_EQ(reply.status, 200);
    auto rid = reply.Header("x-request-id");
    EXPECT_FALSE(rid.empty());
    EXPECT_EQ(reply.body, "мир|a b&c|" + rid + "|42");
  }
  auto post = [&] {
    std::string body = "{\"a\":\"бв\"}";
    client.Write("POST /api/v1/echo HTTP/1.1\r\nHost: t\r\nContent-Length: " + std::to_string(body.size()) +
                 "\r\n\r\n" + body);
    return client.Read();
  }();
  EXPECT_EQ(post.status, 201);
  EXPECT_EQ(post.body, "{\"a\":\"бв\"}");
}

TEST_F(ServerTest, AnswersPipelinedRequestsInOrder) {
  Start();
  Client client(port_);
  client.Write("GET /api/v1/echo/a HTTP/1.1\r\nHost: t\r\n\r\nGET /api/v1/echo/b HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(client.Read().body.substr(0, 2), "a|");
  EXPECT_EQ(client.Read().body.substr(0, 2), "b|");
}

TEST_F(ServerTest, KeepsHttp10ConnectionOnlyWhenAsked) {
  Start();
  Client keep(port_);
  keep.Write("GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
  auto reply = keep.Read();
  EXPECT_EQ(reply.Header("connection"), "keep-alive");
  EXPECT_EQ(keep.Get("/healthz").status, 200);

  Client once(port_);
  once.Write("GET /healthz HTTP/1.0\r\n\r\n");
  EXPECT_EQ(once.Read().Header("connection"), "close");
  EXPECT_TRUE(once.Closed());
}

TEST_F(ServerTest, RequestIdsDiffer) {
  Start();
  Client client(port_);
  auto a = client.Get("/healthz").Header("x-request-id");
  auto b = client.Get("/healthz").Header("x-request-id");
  EXPECT_NE(a, b);
}

TEST_F(ServerTest, RefusesLargeBodyWith413) {
  Start();
  Client client(port_);
  client.Write("POST /api/v1/echo HTTP/1.1\r\nHost: t\r\nContent-Length: 65536\r\n\r\n" + std::string(65536, 'a'));
  auto reply = client.Read();
  EXPECT_EQ(reply.status, 413);
  EXPECT_NE(reply.body.find("\"code\":\"payload_too_large\""), std::string::npos);
}

TEST_F(ServerTest, RefusesLargeChunkedBodyWith413) {
  Start();
  Client client(port_);
  std::string chunk(2000, 'b');
  client.Write("POST /api/v1/echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n7d0\r\n" + chunk +
               "\r\n0\r\n\r\n");
  EXPECT_EQ(client.Read().status, 413);
}

TEST_F(ServerTest, AnswersContinueBeforeBody) {
  Start();
  Client client(port_);
  client.Write("POST /api/v1/echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
  EXPECT_EQ(client.Read().status, 100);
  client.Write("{}");
  auto reply = client.Read();
  EXPECT_EQ(reply.status, 201);
  EXPECT_EQ(reply.body, "{}");
}

TEST_F(ServerTest, UnknownApiPathIsJson404) {
  Start();
  Client client(port_);
  auto reply = client.Get("/api/v1/nothing-here");
  EXPECT_EQ(reply.status, 404);
  EXPECT_EQ(reply.Header("content-type"), "application/json; charset=utf-8");
  EXPECT_EQ(reply.body, R"({"error":{"code":"not_found","field":"","message":"Адрес не найден"}})");
  EXPECT_EQ(middleware_calls_, 0);
}

TEST_F(ServerTest, WrongMethodIs405WithAllow) {
  Start();
  Client client(port_);
  client.Write("DELETE /api/v1/echo HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n\r\n");
  auto reply = client.Read();
  EXPECT_EQ(reply.status, 405);
  EXPECT_EQ(reply.Header("allow"), "POST");
  EXPECT_NE(reply.body.find("method_not_allowed"), std::string::npos);
}

TEST_F(ServerTest, HeadGetsHeadersWithoutBody) {
  Start();
  Client client(port_);
  client.Write("HEAD /healthz HTTP/1.1\r\nHost: t\r\n\r\n");
  auto reply = client.Read(true);
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.Header("content-length"), "15");
  // The next answer on the same connection must start right away: no stray body bytes.
  EXPECT_EQ(client.Get("/healthz").body, R"({"status":"ok"})");
}

TEST_F(ServerTest, ServesStaticFilesWithSpaFallback) {
  Start();
  Client client(port_);
  auto index = client.Get("/");
  EXPECT_EQ(index.status, 200);
  EXPECT_EQ(index.body, "<html>app</html>");
  EXPECT_EQ(index.Header("content-type"), "text/html; charset=utf-8");
  EXPECT_EQ(index.Header("cache-control"), "no-cache");

  auto route = client.Get("/organisations/15/edit");
  EXPECT_EQ(route.status, 200);
  EXPECT_EQ(route.body, "<html>app</html>");
  EXPECT_EQ(route.Header("cache-control"), "no-cache");

  auto asset = client.Get("/assets/app.js");
  EXPECT_EQ(asset.status, 200);
  EXPECT_EQ(asset.body, "console.log(1)");
  EXPECT_EQ(asset.Header("content-type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(asset.Header("cache-control"), "public, max-age=31536000, immutable");

  EXPECT_EQ(client.Get("/favicon.ico").Header("content-type"), "image/x-icon");
  EXPECT_EQ(client.Get("/assets/missing.js").status, 404);
}

TEST_F(ServerTest, NeverServesFilesOutsideTheRoot) {
  fs::create_directory_symlink(dir_, dir_ / "www" / "link");
  Start();
  for (const char* target : {"/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt",
                             "/assets/%2E%2E/%2E%2E/secret.txt", "/link/secret.txt", "/..%5csecret.txt"}) {
    Client client(port_);
    auto reply = client.Get(target);
    EXPECT_EQ(reply.body.find("top secret"), std::string::npos) << target;
    EXPECT_NE(reply.status, 200) << target;
  }
}

TEST_F(ServerTest, AddsSecurityHeadersEverywhere) {
  ServerOptions options;
  options.behind_tls = true;
  Start(options);
  Client client(port_);
  for (const char* target : {"/healthz", "/api/v1/nothing", "/", "/assets/app.js"}) {
    auto reply = client.Get(target);
    EXPECT_EQ(reply.Header("content-security-policy").rfind("default-src 'self'; script-src 'self';", 0), 0u)
        << target;
    EXPECT_NE(reply.Header("content-security-policy").find("frame-ancestors 'none'"), std::string::npos);
    EXPECT_EQ(reply.Header("x-content-type-options"), "nosniff") << target;
    EXPECT_EQ(reply.Header("x-frame-options"), "DENY") << target;
    EXPECT_EQ(reply.Header("referrer-policy"), "no-referrer") << target;
    EXPECT_EQ(reply.Header("cross-origin-opener-policy"), "same-origin") << target;
    EXPECT_EQ(reply.Header("permissions-policy"), "camera=(), microphone=(), geolocation=()") << target;
    EXPECT_EQ(reply.Header("strict-transport-security"), "max-age=31536000; includeSubDomains") << target;
    EXPECT_FALSE(reply.Header("date").empty()) << target;
  }
  EXPECT_EQ(client.Get("/api/v1/nothing").Header("cache-control"), "no-store");
  EXPECT_EQ(client.Get("/api/v1/cached").Header("cache-control"), "private, max-age=60");
}

TEST_F(ServerTest, NoHstsWithoutTls) {
  Start();
  Client client(port_);
  EXPECT_EQ(client.Get("/healthz").Header("strict-transport-security"), "");
}

TEST_F(ServerTest, MiddlewareCanAnswerFirst) {
  Start();
  Client client(port_);
  auto refused = client.Get("/api/v1/private");
  EXPECT_EQ(refused.status, 401);
  EXPECT_NE(refused.body.find("unauthenticated"), std::string::npos);
  auto allowed = client.Get("/api/v1/private", "Cookie: s=1\r\n");
  EXPECT_EQ(allowed.status, 200);
  EXPECT_EQ(allowed.body, R"({"secret":1})");
  EXPECT_EQ(middleware_calls_, 2);
}

TEST_F(ServerTest, HandlerExceptionBecomes500WithoutDetails) {
  Start();
  Client client(port_);
  auto reply = client.Get("/api/v1/boom");
  EXPECT_EQ(reply.status, 500);
  EXPECT_EQ(reply.body.find("hunter2"), std::string::npos);
  EXPECT_EQ(reply.body, R"({"error":{"code":"internal","field":"","message":"Внутренняя ошибка сервера"}})");
  EXPECT_EQ(client.Get("/healthz").status, 200);
}

TEST_F(ServerTest, MalformedRequestGets400AndClose) {
  Start();
  Client client(port_);
  client.Write("GARBAGE\r\n\r\n");
  auto reply = client.Read();
  EXPECT_EQ(reply.status, 400);
  EXPECT_TRUE(client.Closed());
}

TEST_F(ServerTest, BadEscapeInTargetIs400) {
  Start();
  Client client(port_);
  EXPECT_EQ(client.Get("/api/v1/echo/%zz").status, 400);
}

TEST_F(ServerTest, StreamsFiles) {
  Start();
  Client client(port_);
  auto reply = client.Get("/api/v1/file");
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body, std::string(100000, 'z'));
  EXPECT_EQ(reply.Header("content-type"), "application/octet-stream");
}

TEST_F(ServerTest, ClosesIdleConnectionsAfterTimeout) {
  ServerOptions options;
  options.idle_timeout = std::chrono::seconds(1);
  Start(options);
  Client client(port_);
  EXPECT_EQ(client.Get("/healthz").status, 200);
  auto before = std::chrono::steady_clock::now();
  EXPECT_TRUE(client.Closed());
  EXPECT_LT(std::chrono::steady_clock::now() - before, std::chrono::seconds(4));
}

TEST_F(ServerTest, StopLetsInFlightRequestFinishAndClosesIdleConnections) {
  Start();
  Client idle(port_);
  EXPECT_EQ(idle.Get("/healthz").status, 200);
  Client busy(port_);
  busy.Write("GET /api/v1/slow HTTP/1.1\r\nHost: t\r\n\r\n");
  while (!slow_started_) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  server_->Stop();
  auto reply = busy.Read();
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body, std::string(50000, 'x'));
  EXPECT_EQ(reply.Header("connection"), "close");
  EXPECT_TRUE(idle.Closed());
  EXPECT_EQ(runner_.wait_for(std::chrono::seconds(5)), std::future_status::ready);
  EXPECT_THROW(Client{port_}, std::runtime_error);
}

TEST(ServerListen, RefusesTakenPort) {
  Router router;
  ServerOptions options;
  options.port = 0;
  Server first(options, router, {});
  options.port = first.Listen();
  Server second(options, router, {});
  EXPECT_THROW(second.Listen(), std::runtime_error);
}

}  // namespace
}  // namespace metodset::http
