#include "platform/storage/sqlite/sqlite_connection.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

namespace metodset::storage::sqlite {

namespace {

class TempFile {
 public:
  TempFile() : path_("/tmp/metodset_sqlite_test_" + std::to_string(::getpid()) + ".db") { Remove(); }
  ~TempFile() { Remove(); }
  const std::string& path() const { return path_; }

 private:
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  std::string path_;
};

}  // namespace

TEST(SqliteConnection, OpensInWalModeWithForeignKeysOn) {
  TempFile file;
  SqliteConnection conn(file.path(), std::chrono::milliseconds(100));
  EXPECT_EQ(conn.Query("PRAGMA journal_mode").rows.at(0).Text(0), "wal");
  EXPECT_EQ(conn.Query("PRAGMA foreign_keys").rows.at(0).Int(0), 1);
  EXPECT_EQ(conn.Query("PRAGMA synchronous").rows.at(0).Int(0), 1);  // NORMAL
}

TEST(SqliteConnection, QueryEachReadsRowsInPlaceLikeQuery) {
  SqliteConnection conn(":memory:", std::chrono::milliseconds(100));
  conn.Execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL, note TEXT)");
  conn.Execute("INSERT INTO t (name, score, note) VALUES ('Школа', 2.0, NULL), ('b', 2.5, 'x')");
  std::vector<std::string> seen;
  conn.QueryEach("SELECT id, name, score, note FROM t ORDER BY id", {}, [&](const RowView& r) {
    ASSERT_EQ(r.size(), 4u);
    seen.push_back(std::to_string(r.Int(0)) + "|" + r.String(1) + "|" + r.String(2) + "|" +
                   r.OptString(3).value_or("null"));
    EXPECT_EQ(r.Text(0), std::to_string(r.Int(0)));  // an integer read as text, as Row::Text does
    EXPECT_THROW(r.Int(1), StorageError);
  });
  auto rows = conn.Query("SELECT id, name, score, note FROM t ORDER BY id").rows;
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0], "1|Школа|" + rows[0].Text(2) + "|null");
  EXPECT_EQ(seen[1], "2|b|" + rows[1].Text(2) + "|x");
  conn.QueryEach("SELECT note FROM t WHERE id = 1", {}, [&](const RowView& r) {
    EXPECT_TRUE(r.IsNull(0));
    EXPECT_THROW(r.Text(0), StorageError);
  });
}

TEST(SqliteConnection, ReusesCachedStatementsWithFreshParameters) {
  SqliteConnection conn(":memory:", std::chrono::milliseconds(100));
  conn.Execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
  for (int i = 0; i < 3; ++i) conn.Execute("INSERT INTO t (name) VALUES (?)", {Of("n" + std::to_string(i))});
  EXPECT_EQ(conn.Query("SELECT name FROM t WHERE id = ?", {Of(2)}).rows.at(0).Text(0), "n1");
  EXPECT_EQ(conn.Query("SELECT name FROM t WHERE id = ?", {Of(3)}).rows.at(0).Text(0), "n2");
  EXPECT_EQ(conn.Execute("UPDATE t SET name = 'x' WHERE id > ?", {Of(1)}), 2);
}

TEST(SqliteConnection, RefusesWrongParameterCountAndSeveralStatements) {
  SqliteConnection conn(":memory:", std::chrono::milliseconds(100));
  EXPECT_THROW(conn.Query("SELECT ?", {}), StorageError);
  EXPECT_THROW(conn.Query("SELECT 1; SELECT 2"), StorageError);
  EXPECT_THROW(conn.Query("SELEKT 1"), StorageError);
  EXPECT_EQ(conn.Query("SELECT 1;").rows.at(0).Int(0), 1);
}

TEST(SqliteConnection, WriterWaitingPastBusyTimeoutGetsStorageError) {
  TempFile file;
  SqliteConnection holder(file.path(), std::chrono::milliseconds(100));
  SqliteConnection waiter(file.path(), std::chrono::milliseconds(50));
  holder.Execute("CREATE TABLE t (x INTEGER)");
  holder.Begin();
  holder.Execute("INSERT INTO t VALUES (1)");
  auto started = std::chrono::steady_clock::now();
  EXPECT_THROW(waiter.Begin(), StorageError);
  EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(40));
  EXPECT_FALSE(waiter.InTransaction());
  // Readers are not blocked by the writer in WAL mode and see the last committed state.
  EXPECT_EQ(waiter.Query("SELECT COUNT(*) FROM t").rows.at(0).Int(0), 0);
  holder.Commit();
  waiter.Begin();
  EXPECT_TRUE(waiter.InTransaction());
  waiter.Rollback();
}

}  // namespace metodset::storage::sqlite
