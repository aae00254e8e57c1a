#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct zip;

namespace metodset::office::detail {

/// One file to put into a ZIP package: its path inside the archive and its bytes.
struct ZipEntry {
  std::string path;
  std::string bytes;
};

/// Packs entries, in the given order, into an in-memory ZIP (deflate). Throws std::runtime_error only if
/// libzip itself fails (out of memory).
std::string PackZip(const std::vector<ZipEntry>& entries);

/// Why a ZIP entry could not be read.
enum class ZipFailure { kMissing, kTooLarge, kCorrupt };

/// A read-only view of an in-memory ZIP archive; the bytes must outlive it.
class ZipReader {
 public:
  /// Opens the archive; nullopt when the bytes are not a readable ZIP.
  static std::optional<ZipReader> Open(std::string_view bytes);
  ZipReader(ZipReader&& other) noexcept;
  ZipReader& operator=(ZipReader&& other) noexcept;
  ZipReader(const ZipReader&) = delete;
  ZipReader& operator=(const ZipReader&) = delete;
  ~ZipReader();

  /// True when the archive has an entry with this exact path.
  bool Contains(std::string_view path) const;
  /// The uncompressed bytes of an entry, refusing entries larger than `max_size` (zip bombs).
  std::pair<std::string, std::optional<ZipFailure>> Read(std::string_view path, std::uint64_t max_size) const;
  /// Paths of all entries in archive order.
  std::vector<std::string> Names() const;

 private:
  explicit ZipReader(struct zip* archive) : archive_(archive) {}
  struct zip* archive_ = nullptr;
};

}  // namespace metodset::office::detail
