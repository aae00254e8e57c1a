#include <gtest/gtest.h>

#include <thread>

#include "platform/storage/database.hpp"
#include "platform/testing/test_database.hpp"

namespace metodset::storage {

namespace {

DatabaseOptions SmallPool(std::size_t size) {
  DatabaseOptions options;
  options.pool_size = size;
  options.acquire_timeout = std::chrono::milliseconds(100);
  return options;
}

}  // namespace

TEST(Pool, TimesOutWhenEveryConnectionIsBorrowed) {
  testing::TestDatabase test("sqlite", false, SmallPool(2));
  auto a = test.db().Acquire();
  auto b = test.db().Acquire();
  auto started = std::chrono::steady_clock::now();
  EXPECT_THROW(test.db().Acquire(), StorageError);
  EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(90));
}

TEST(Pool, WaiterGetsTheConnectionAnotherThreadReturns) {
  DatabaseOptions options = SmallPool(1);
  options.acquire_timeout = std::chrono::milliseconds(5000);
  testing::TestDatabase test("sqlite", false, options);
  auto held = std::make_unique<PooledConnection>(test.db().Acquire());
  Connection* first = &**held;
  std::thread releaser([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    held.reset();
  });
  auto again = test.db().Acquire();
  releaser.join();
  EXPECT_EQ(&*again, first);  // the same connection came back, no second one was opened
}

TEST(Pool, ReturnedConnectionHasNoOpenTransaction) {
  testing::TestDatabase test("sqlite", false, SmallPool(1));
  {
    auto conn = test.db().Acquire();
    conn->Execute("CREATE TABLE t (x INTEGER)");
    conn->Begin();
    conn->Execute("INSERT INTO t VALUES (1)");
  }
  auto conn = test.db().Acquire();
  EXPECT_FALSE(conn->InTransaction());
  EXPECT_EQ(conn->Query("SELECT COUNT(*) FROM t").rows.at(0).Int(0), 0);
}

TEST(Pool, MoveAssignmentReturnsTheConnectionHeldBefore) {
  testing::TestDatabase test("sqlite", false, SmallPool(2));
  auto a = test.db().Acquire();
  auto b = test.db().Acquire();
  a = std::move(b);  // a's first connection goes back to the pool
  auto c = test.db().Acquire();
  EXPECT_NE(&*c, &*a);
}

TEST(Pool, MemoryDatabaseSharesOneConnection) {
  auto db = Database::Open("sqlite::memory:", SmallPool(4));
  db->Acquire()->Execute("CREATE TABLE t (x INTEGER)");
  db->InTransaction([](Connection& c) { c.Execute("INSERT INTO t VALUES (5)"); });
  EXPECT_EQ(db->Acquire()->Query("SELECT x FROM t").rows.at(0).Int(0), 5);
}

TEST(Pool, OpenFailsAtOnceForUnreachableFile) {
  EXPECT_THROW(Database::Open("sqlite:///nonexistent-dir-metodset/x.db"), StorageError);
}

}  // namespace metodset::storage
