// The floor for bench/run.sh: a bare Boost.Beast HTTP/1.1 keep-alive server answering `GET /` with a tiny
// body, shaped like metodset's server (one io_context, N threads, a strand per connection) minus routing,
// headers, logging and the database. Usage: bench_hello_beast PORT [THREADS]
#include <utility>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

// The answer: `{"status":"ok"}`, or BODY_BYTES of filler to price the bytes of a large answer.
std::string& Body() {
  static std::string body = R"({"status":"ok"})";
  return body;
}

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  explicit Connection(tcp::socket socket) : stream_(std::move(socket)) {
    stream_.socket().set_option(tcp::no_delay(true));
  }
  void Read() {
    request_ = {};
    http::async_read(stream_, buffer_, request_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
      if (ec) return self->Close();
      self->Answer();
    });
  }

 private:
  void Answer() {
    response_ = {};
    response_.version(11);
    response_.result(request_.target() == "/" ? http::status::ok : http::status::not_found);
    response_.set(http::field::content_type, "application/json");
    response_.body() = Body();
    response_.keep_alive(request_.keep_alive());
    response_.prepare_payload();
    http::async_write(stream_, response_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
      if (ec || !self->response_.keep_alive()) return self->Close();
      self->Read();
    });
  }
  void Close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  http::request<http::string_body> request_;
  http::response<http::string_body> response_;
};

void Accept(tcp::acceptor& acceptor, net::io_context& ioc) {
  acceptor.async_accept(net::make_strand(ioc), [&acceptor, &ioc](beast::error_code ec, tcp::socket socket) {
    if (!ec) std::make_shared<Connection>(std::move(socket))->Read();
    if (acceptor.is_open()) Accept(acceptor, ioc);
  });
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 3) Body().assign(static_cast<std::size_t>(std::atol(argv[3])), 'x');
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s PORT [THREADS [BODY_BYTES]]\n", argv[0]);
    return 2;
  }
  auto port = static_cast<unsigned short>(std::atoi(argv[1]));
  unsigned threads = argc > 2 ? static_cast<unsigned>(std::atoi(argv[2])) : std::thread::hardware_concurrency();
  if (threads == 0) threads = 1;

  net::io_context ioc(static_cast<int>(threads));
  tcp::acceptor acceptor(net::make_strand(ioc));
  tcp::endpoint endpoint(net::ip::make_address("127.0.0.1"), port);
  acceptor.open(endpoint.protocol());
  acceptor.set_option(net::socket_base::reuse_address(true));
  acceptor.bind(endpoint);
  acceptor.listen(net::socket_base::max_listen_connections);
  Accept(acceptor, ioc);

  net::signal_set signals(ioc, SIGINT, SIGTERM);
  signals.async_wait([&](beast::error_code, int) { ioc.stop(); });

  std::vector<std::thread> workers;
  for (unsigned i = 1; i < threads; ++i) workers.emplace_back([&ioc] { ioc.run(); });
  ioc.run();
  for (auto& t : workers) t.join();
  return 0;
}
