#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "platform/http/router.hpp"

namespace metodset::http {

/// Runs before routing; may answer itself (return a Response) or let the request go on (nullopt).
/// Used for authentication (fills request.principal) and CSRF checks.
using Middleware = std::function<std::optional<Response>(Request&, const Route*)>;

/// Listening and limits.
struct ServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;
  std::size_t threads = 0;                       // 0: std::thread::hardware_concurrency()
  std::size_t body_limit = 8 * 1024 * 1024;      // bytes; larger bodies get 413
  std::chrono::seconds read_timeout{30};
  std::chrono::seconds idle_timeout{60};         // keep-alive connections idle longer are closed
  std::filesystem::path static_root;             // built UI (web/dist); empty: no static serving
  bool access_log = true;
  bool behind_tls = false;                       // adds Strict-Transport-Security
};

/// Boost.Beast HTTP/1.1 server: keep-alive, a worker pool, the router, static files with SPA fallback,
/// security headers, an access log, and a graceful stop that lets in-flight requests finish.
class Server {
 public:
  Server(ServerOptions options, const Router& router, std::vector<Middleware> middleware);
  ~Server();
  /// Binds; throws std::runtime_error when the address is taken. Returns the bound port.
  unsigned short Listen();
  /// Serves until Stop() or SIGTERM/SIGINT (when handle_signals); returns after in-flight requests finish.
  void Run(bool handle_signals = true);
  /// Stops accepting and closes idle connections; thread-safe.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace metodset::http
